/** Who AWS blames for an error: the caller (`Sender`, 4xx) or the service (`Receiver`, 5xx). */
export type AwsErrorType = 'Sender' | 'Receiver';

/**
 * An error as AWS sends it: a wire code (e.g. `DBClusterAlreadyExistsFault`, `DBInstanceNotFound`),
 * a human message and an HTTP status. Services throw it; each protocol renders it in its own form
 * (Query `ErrorResponse` XML, EC2 `Response/Errors` XML, JSON `__type`), and the CLI emulator prints it
 * as `An error occurred (CODE) when calling the Op operation: MESSAGE`.
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    readonly type: AwsErrorType = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
    this.name = 'AwsError';
  }
}
