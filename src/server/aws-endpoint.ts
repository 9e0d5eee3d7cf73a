import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsError } from '../engine/aws-error';
import { serviceModel, type ServiceModel } from '../engine/model/service-model';
import { parseAuthorization } from '../engine/protocols/sigv4/parse-authorization';
import { verifySignature } from '../engine/protocols/sigv4/verify-signature';
import type { WireRequest } from '../engine/protocols/wire-protocol';
import { wireProtocolFor } from '../engine/protocols/wire-protocol-for';
import { isReadOperation } from '../engine/sandbox/is-read-operation';
import { isServiceName, SERVICE_NAMES } from '../engine/service-name';
import { SandboxNotFoundError } from '../sandboxes/sandbox-errors';
import type { SandboxService } from '../sandboxes/sandbox-service';
import { BodyTooLargeError, readBody } from './read-body';
import { ResponseWriteBatch } from './response-write-batch';

/** AWS caps Query request bodies well below this; anything bigger is not a real client's request. */
export const MAX_AWS_BODY_BYTES = 1024 * 1024;

export interface AwsEndpointDeps {
  readonly sandboxes: SandboxService;
}

/**
 * The sandbox's AWS endpoint: a plain Node handler (no framework on the hot path). Authenticates the
 * SigV4 signature against the sandbox that owns the access key, routes by the signature's service
 * name, decodes with that service's protocol, runs the call and answers in the same protocol.
 */
export function createAwsEndpoint(deps: AwsEndpointDeps) {
  const answers = new ResponseWriteBatch();
  return async function handleAwsRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    // Until the signature names a service, errors are rendered as RDS (awsQuery) would.
    let model: ServiceModel = serviceModel('rds');
    let wire: WireRequest | undefined;
    // A change's answer is released by the log's group commit, already together with others: it
    // goes out at once. Anything else waits for the rest of this event-loop turn (ResponseWriteBatch).
    let isChange = false;
    try {
      const target = req.url ?? '/';
      const queryStart = target.indexOf('?');
      const headers: Record<string, string> = {};
      for (const name in req.headers) {
        const value = req.headers[name];
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
      }
      const body = await readBody(req, MAX_AWS_BODY_BYTES);
      wire = {
        method: req.method ?? 'GET',
        path: queryStart < 0 ? target : target.slice(0, queryStart),
        query: queryStart < 0 ? '' : target.slice(queryStart + 1),
        headers,
        body,
      };

      const header = headers.authorization;
      if (!header) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
      const auth = parseAuthorization(header);
      if (!auth) {
        throw new AwsError('IncompleteSignature', `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters of an AWS4-HMAC-SHA256 signature.`, 403);
      }
      if (!isServiceName(auth.service)) {
        throw new AwsError('UnknownService', `This sandbox does not offer the service '${auth.service}'. It answers: ${SERVICE_NAMES.join(', ')}.`, 400);
      }
      model = serviceModel(auth.service);

      const sandbox = deps.sandboxes.knownByAccessKey(auth.accessKeyId) ?? (await deps.sandboxes.findByAccessKey(auth.accessKeyId));
      if (!sandbox) throw new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
      if (sandbox.expiresAt.getTime() <= Date.now()) throw new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
      const check = verifySignature(wire, auth, sandbox.secretAccessKey);
      if (!check.ok) {
        throw new AwsError(
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
          403,
        );
      }

      const protocol = wireProtocolFor(model, wire);
      const call = protocol.decode(model, wire);
      isChange = !isReadOperation(call.operation);
      const output = await deps.sandboxes.execute(sandbox.id, { service: model.name, region: auth.region, ...call }, 'wire');
      answers.send(res, protocol.encodeResult(model, call.operation, output, requestId), isChange ? 'now' : 'with-batch');
    } catch (error) {
      answers.send(res, wireProtocolFor(model, wire).encodeError(model, toAwsError(error), requestId), isChange ? 'now' : 'with-batch');
    }
  };
}

function toAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  if (error instanceof BodyTooLargeError) return new AwsError('RequestEntityTooLarge', `Request body must be at most ${error.limit} bytes.`, 413);
  if (error instanceof SandboxNotFoundError) return new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  console.error('aws endpoint: internal error', error);
  return new AwsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500);
}
