import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError } from '@/engine/aws-error';
import type { ServiceModel } from '@/engine/model/service-model';
import type { DecodedCall, WireProtocol, WireRequest } from '@/engine/protocols/wire-protocol';

/** What the test server does with a decoded call: return an output or throw an `AwsError`. */
export type CallHandler = (call: DecodedCall) => Record<string, unknown>;

export interface QueryTestServer {
  readonly endpoint: string;
  /** Every call decoded so far, in order. */
  readonly calls: DecodedCall[];
  /** Raw requests as received. */
  readonly requests: WireRequest[];
  handler: CallHandler;
  close(): Promise<void>;
}

function lowerCaseHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * A tiny `node:http` endpoint speaking one wire protocol: decode, hand the call to `handler`,
 * encode the output or the `AwsError`. Real SDK clients and the AWS CLI are pointed at it.
 */
export async function startQueryTestServer(model: ServiceModel, protocol: WireProtocol, handler: CallHandler): Promise<QueryTestServer> {
  let counter = 0;
  const state = {
    calls: [] as DecodedCall[],
    requests: [] as WireRequest[],
    handler,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const request: WireRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search.replace(/^\?/, ''),
        headers: lowerCaseHeaders(req.headers),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      state.requests.push(request);
      const requestId = `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
      let response;
      try {
        const call = protocol.decode(model, request);
        state.calls.push(call);
        response = protocol.encodeResult(model, call.operation, state.handler(call), requestId);
      } catch (error) {
        const awsError = error instanceof AwsError ? error : new AwsError('InternalFailure', String(error), 500);
        response = protocol.encodeError(model, awsError, requestId);
      }
      res.writeHead(response.status, response.headers);
      res.end(response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls: state.calls,
    requests: state.requests,
    get handler() {
      return state.handler;
    },
    set handler(next: CallHandler) {
      state.handler = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
