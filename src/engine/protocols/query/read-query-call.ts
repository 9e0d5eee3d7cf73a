import type { ServiceModel, WireProtocolName } from '../../model/service-model';
import { memberParameterName } from '../../model/query-parameter-names';
import { shapePlan, type StructurePlan } from '../../model/shape-plan';
import type { DecodedCall, WireRequest } from '../wire-protocol';
import { decodeQueryInput } from './decode-query-input';
import { readFormParameters } from './form-parameters';
import { buildParameterTree } from './parameter-tree';
import { invalidActionError, missingActionError, missingParameterError, noSuchVersionError } from './query-request-errors';

/**
 * Authentication parameters a presigned (query-string signed) request carries beside the
 * operation's own: SigV4's `X-Amz-*` and SigV2's. Verifying them is the endpoint's job; here they
 * are set aside unless the operation happens to have a member of that name.
 */
const AUTH_PARAMETERS = new Set([
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'AWSAccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SecurityToken',
  'Timestamp',
  'Expires',
]);

/** The input of an operation modelled with no input at all (Smithy `Unit`). */
const NO_MEMBERS: StructurePlan = { kind: 'structure', shapeName: 'Unit', members: [], memberByName: new Map() };

/**
 * The operation and typed input of a Query request (both dialects). Checks, in order: `Action`
 * present (`MissingAction`), `Version` present (`MissingParameter`) and the one this model serves
 * (`NoSuchVersion`), the action known (`InvalidAction`), then every parameter against the model.
 */
export function readQueryCall(model: ServiceModel, request: WireRequest, protocol: WireProtocolName): DecodedCall {
  const parameters = readFormParameters(request);
  const action = parameters.get('Action');
  if (action === undefined || action === '') throw missingActionError();
  const version = parameters.get('Version');
  if (version === undefined || version === '') throw missingParameterError('Version');
  if (version !== model.apiVersion) throw noSuchVersionError(version, model.apiVersion);
  const operation = model.operations.get(action);
  if (!operation) throw invalidActionError(action);
  parameters.delete('Action');
  parameters.delete('Version');
  const compiled = shapePlan(operation.input);
  const plan = compiled.kind === 'structure' ? compiled : NO_MEMBERS;
  const tree = buildParameterTree(parameters);
  for (const name of AUTH_PARAMETERS) {
    if (tree.children.has(name) && !plan.members.some((m) => memberParameterName(m, protocol) === name)) {
      tree.children.delete(name);
    }
  }
  return { operation: operation.name, input: decodeQueryInput(plan, tree, protocol) };
}
