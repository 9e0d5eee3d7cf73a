import type { ServiceModel } from '../../model/service-model';
import { shapePlan } from '../../model/shape-plan';
import type { DecodedCall, WireRequest } from '../wire-protocol';
import { decodeJsonStructure } from './decode-json-value';
import { malformedJsonError, unknownOperationError } from './json-request-errors';

/**
 * The operation and typed input of a JSON-RPC request: `X-Amz-Target: <prefix>.<Operation>` names
 * the operation (`UnknownOperationException` when absent, for another service or unknown), the body
 * is a JSON object of the input's members (an empty body is `{}`; anything that is not JSON is a
 * `SerializationException`).
 */
export function readJsonCall(model: ServiceModel, request: WireRequest): DecodedCall {
  const target = request.headers['x-amz-target'] ?? '';
  const dot = target.lastIndexOf('.');
  if (dot === -1 || target.slice(0, dot) !== model.jsonTargetPrefix) throw unknownOperationError();
  const operation = model.operations.get(target.slice(dot + 1));
  if (!operation) throw unknownOperationError();
  let body: unknown = {};
  if (request.body.trim() !== '') {
    try {
      body = JSON.parse(request.body);
    } catch {
      throw malformedJsonError();
    }
  }
  const plan = shapePlan(operation.input);
  if (plan.kind !== 'structure') return { operation: operation.name, input: {} };
  return { operation: operation.name, input: decodeJsonStructure(plan, body) };
}
