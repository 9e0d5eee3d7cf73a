import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorization } from '@/engine/protocols/sigv4/parse-authorization';
import { verifySignature } from '@/engine/protocols/sigv4/verify-signature';
import type { WireRequest } from '@/engine/protocols/wire-protocol';

const credentials = { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 'secret/with+chars=0123456789abcdefghij' };
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '_', '.', '~', ' ', '/', '%', '+', '=', '&', '*', "'", '(', 'é', '中', '!'), maxLength: 12 });
const segment = fc.string({ unit: fc.constantFrom('a', 'b', '0', '-', '.', '~', '%20', 'é'), minLength: 1, maxLength: 6 });

const requestArbitrary = fc.record({
  method: fc.constantFrom('POST', 'GET'),
  path: fc.array(fc.oneof(segment, fc.constantFrom('.', '..')), { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
  trailingSlash: fc.boolean(),
  query: fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('a', 'B', '1', '-', '_'), minLength: 1, maxLength: 4 }), text), { maxLength: 4 }),
  headers: fc.dictionary(fc.constantFrom('x-amz-target', 'x-custom', 'content-type', 'x-amz-meta-a'), fc.string({ unit: fc.constantFrom('v', ' ', '\t', ',', ';', 'Q'), maxLength: 10 })),
  body: text,
  region: fc.constantFrom('us-east-1', 'eu-west-3'),
  service: fc.constantFrom('rds', 'ec2', 'kms', 'monitoring'),
  declareHash: fc.boolean(),
});

type RequestInput = typeof requestArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Signs like the SDK does, then turns the signed request into what the endpoint receives. */
async function signedWireRequest(input: RequestInput): Promise<WireRequest> {
  const path = input.path + (input.trailingSlash && input.path !== '/' ? '/' : '');
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of input.query) {
    const previous = query[name];
    query[name] = previous === undefined ? value : [...[previous].flat(), value];
  }
  const signer = new SignatureV4({ credentials, region: input.region, service: input.service, sha256: Sha256, applyChecksum: input.declareHash });
  const signed = await signer.sign(
    new HttpRequest({ method: input.method, protocol: 'http:', hostname: 'localhost', port: 3000, path, query, headers: { host: 'localhost:3000', ...input.headers }, body: input.body }),
    { signingDate: new Date('2026-11-27T12:34:56Z') },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  const search = new URLSearchParams();
  for (const [name, value] of input.query) search.append(name, value);
  return { method: input.method, path, query: search.toString(), headers, body: input.body };
}

function check(request: WireRequest, secret = credentials.secretAccessKey) {
  const auth = parseAuthorization(request.headers.authorization);
  if (!auth) throw new Error('unparseable authorization');
  return verifySignature(request, auth, secret);
}

describe('SigV4 verification (property: agrees with @smithy/signature-v4)', () => {
  it('accepts every request the SDK signer signs', async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (input) => {
        expect(check(await signedWireRequest(input))).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the same request with its body, a signed header, the query or the secret changed', async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary, fc.constantFrom('body', 'header', 'query', 'secret', 'date'), async (input, tamper) => {
        const request = await signedWireRequest(input);
        const changed: WireRequest =
          tamper === 'body'
            ? { ...request, body: `${request.body}x` }
            : tamper === 'header'
              ? { ...request, headers: { ...request.headers, host: 'localhost:3001' } }
              : tamper === 'query'
                ? { ...request, query: request.query ? `${request.query}&z=1` : 'z=1' }
                : tamper === 'date'
                  ? { ...request, headers: { ...request.headers, 'x-amz-date': '20261127T123457Z' } }
                  : request;
        expect(check(changed, tamper === 'secret' ? 'another-secret' : undefined).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a missing date, a missing signed header and a declared hash the body does not have', async () => {
    const request = await signedWireRequest({ method: 'POST', path: '/aws', trailingSlash: true, query: [], headers: {}, body: 'Action=X', region: 'us-east-1', service: 'rds', declareHash: true });
    expect(check(request)).toEqual({ ok: true });
    const { 'x-amz-date': _date, ...withoutDate } = request.headers;
    expect(check({ ...request, headers: withoutDate })).toEqual({ ok: false, reason: 'missing-date' });
    const { host: _host, ...withoutHost } = request.headers;
    expect(check({ ...request, headers: withoutHost })).toEqual({ ok: false, reason: 'missing-signed-header' });
    expect(check({ ...request, headers: { ...request.headers, 'x-amz-content-sha256': '0'.repeat(64) } })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('takes the signed header names in any order, as the canonical request sorts them', async () => {
    const request = await signedWireRequest({ method: 'POST', path: '/aws', trailingSlash: true, query: [], headers: { 'x-custom': 'v' }, body: 'Action=X', region: 'us-east-1', service: 'rds', declareHash: false });
    const authorization = request.headers.authorization.replace(/SignedHeaders=([^,]+)/, (_, names: string) => `SignedHeaders=${names.split(';').reverse().join(';')}`);
    expect(authorization).not.toBe(request.headers.authorization);
    expect(check({ ...request, headers: { ...request.headers, authorization } })).toEqual({ ok: true });
  });
});
