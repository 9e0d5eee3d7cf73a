import type { ServiceModel } from '../../model/service-model';
import { shapePlan } from '../../model/shape-plan';
import type { WireProtocol } from '../wire-protocol';
import { jsonErrorType } from './json-error-type';
import { readJsonCall } from './read-json-call';
import { structureJson } from './write-json-value';

type JsonVersion = '1.0' | '1.1';

function headers(version: JsonVersion, requestId: string): Record<string, string> {
  return { 'content-type': `application/x-amz-json-${version}`, 'x-amzn-requestid': requestId };
}

/**
 * The awsJson protocols (KMS, Secrets Manager, PI in 1.1; CloudWatch's JSON in 1.0): `POST /` with
 * `X-Amz-Target: <prefix>.<Operation>` and the input as a JSON object; results as the output's JSON
 * object; errors as `{"__type": "<Shape>", "message": "..."}` with the error's status. For a
 * query-compatible service (CloudWatch) the error also carries `x-amzn-query-error: <Code>;<Type>`,
 * from which the SDK takes the Query error code and so the exception class.
 */
function awsJsonProtocol(version: JsonVersion): WireProtocol {
  return {
    decode(model, request) {
      return readJsonCall(model, request);
    },

    encodeResult(model: ServiceModel, operation, output, requestId) {
      const op = model.operations.get(operation);
      if (!op) throw new Error(`${model.name} has no operation ${operation}`);
      const plan = shapePlan(op.output);
      const body = plan.kind === 'structure' ? structureJson(plan, output, '') : {};
      return { status: 200, headers: headers(version, requestId), body: JSON.stringify(body) };
    },

    encodeError(model, error, requestId) {
      const out = headers(version, requestId);
      if (model.queryCompatibleJson) out['x-amzn-query-error'] = `${error.code};${error.type}`;
      const body = JSON.stringify({ __type: jsonErrorType(model, error), message: error.message });
      return { status: error.status, headers: out, body };
    },
  };
}

export const awsJson1_0Protocol = awsJsonProtocol('1.0');
export const awsJson1_1Protocol = awsJsonProtocol('1.1');
