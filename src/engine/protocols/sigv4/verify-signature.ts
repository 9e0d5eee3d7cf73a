import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { WireRequest } from '../wire-protocol';
import { NodeSha256 } from './node-sha256';
import type { SigV4Authorization } from './parse-authorization';

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function parseAmzDate(value: string | undefined): Date | undefined {
  const m = value ? AMZ_DATE.exec(value) : null;
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

// Signers cache their derived signing keys (four HMACs per key, date, region and service): keep one
// per credential scope instead of deriving the key again for every request.
const signers = new Map<string, SignatureV4>();
const MAX_SIGNERS = 10_000;

function signerFor(auth: SigV4Authorization, secretAccessKey: string): SignatureV4 {
  const key = `${auth.accessKeyId}\n${secretAccessKey}\n${auth.region}\n${auth.service}`;
  let signer = signers.get(key);
  if (!signer) {
    if (signers.size >= MAX_SIGNERS) signers.clear();
    signer = new SignatureV4({
      credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
      region: auth.region,
      service: auth.service,
      sha256: NodeSha256,
      uriEscapePath: true,
      applyChecksum: false,
    });
    signers.set(key, signer);
  }
  return signer;
}

export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: 'missing-date' | 'missing-signed-header' | 'mismatch' };

/**
 * Re-signs the request as the client must have, with the sandbox's secret, and compares the
 * signatures in constant time. Only the headers the client listed as signed take part.
 */
export async function verifySignature(request: WireRequest, auth: SigV4Authorization, secretAccessKey: string): Promise<SignatureCheck> {
  const signingDate = parseAmzDate(request.headers['x-amz-date']);
  if (!signingDate || !request.headers['x-amz-date'].startsWith(auth.date)) return { ok: false, reason: 'missing-date' };
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) return { ok: false, reason: 'missing-signed-header' };
    headers[name] = value;
  }
  // The signer takes a declared payload hash on trust; the body must really have it.
  const declaredHash = request.headers['x-amz-content-sha256'];
  if (declaredHash !== undefined && declaredHash !== createHash('sha256').update(request.body).digest('hex')) {
    return { ok: false, reason: 'mismatch' };
  }
  const [hostname, port] = (request.headers.host ?? '').split(':');
  const signed = await signerFor(auth, secretAccessKey).sign(
    new HttpRequest({
      method: request.method,
      protocol: 'http:',
      hostname,
      port: port ? Number(port) : undefined,
      path: request.path,
      query: parseQuery(request.query),
      headers,
      body: request.body,
    }),
    { signingDate, signableHeaders: new Set(auth.signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? signed.headers.Authorization))?.[1] ?? '';
  const ok = expected.length === 64 && timingSafeEqual(Buffer.from(expected), Buffer.from(auth.signature));
  return ok ? { ok: true } : { ok: false, reason: 'mismatch' };
}
