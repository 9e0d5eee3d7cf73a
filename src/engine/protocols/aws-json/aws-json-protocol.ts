import { AwsError } from '../../aws-error';
import type { WireProtocol } from '../wire-protocol';

// Placeholder until the awsJson protocols land (issue 4): answers every call with an AWS-shaped error.
function notYet(version: string): WireProtocol {
  const refuse = (): never => {
    throw new AwsError('InternalFailure', `awsJson${version} is not implemented yet.`, 500);
  };
  return {
    decode: refuse,
    encodeResult: refuse,
    encodeError: (_model, error, requestId) => ({
      status: error.status,
      headers: { 'content-type': `application/x-amz-json-${version}`, 'x-amzn-requestid': requestId },
      body: JSON.stringify({ __type: error.code, message: error.message }),
    }),
  };
}

export const awsJson1_0Protocol = notYet('1.0');
export const awsJson1_1Protocol = notYet('1.1');
