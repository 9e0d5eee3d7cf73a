import { invalidParameter, validationError } from './secretsmanager-errors';

/** A secret value from a request: a string, or bytes kept as base64. */
export interface SecretValueInput {
  readonly secretString: string | null;
  readonly secretBinary: string | null;
}

interface ValueMembers {
  readonly SecretString?: string | undefined;
  readonly SecretBinary?: Uint8Array | string | undefined;
}

const MAX_SECRET_STRING = 65536;

/**
 * The value a request carries, or null if it carries none. A request may not carry both
 * (API reference: "Either SecretString or SecretBinary must have a value, but not both").
 * A blob arrives as bytes from the wire, or as base64 text from callers that pass it through.
 */
export function secretValueOf(input: ValueMembers): SecretValueInput | null {
  const { SecretString: text, SecretBinary: binary } = input;
  if (text !== undefined && binary !== undefined) {
    throw invalidParameter("You can't specify both a binary secret value and a string secret value in the same secret.");
  }
  if (text !== undefined) {
    if (text.length > MAX_SECRET_STRING) {
      throw validationError('***', 'secretString', `Member must have length less than or equal to ${MAX_SECRET_STRING}`);
    }
    return { secretString: text, secretBinary: null };
  }
  if (binary !== undefined) {
    return { secretString: null, secretBinary: typeof binary === 'string' ? binary : Buffer.from(binary).toString('base64') };
  }
  return null;
}

/** `ClientRequestToken`: 32–64 characters (API reference); it becomes the new version's id. */
export function checkClientRequestToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.length < 32) throw validationError(token, 'clientRequestToken', 'Member must have length greater than or equal to 32');
  if (token.length > 64) throw validationError(token, 'clientRequestToken', 'Member must have length less than or equal to 64');
  return token;
}
