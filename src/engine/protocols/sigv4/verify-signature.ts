import { hash, timingSafeEqual } from 'node:crypto';
import type { WireRequest } from '../wire-protocol';
import { canonicalPath, canonicalQuery } from './canonical-request-parts';
import type { SigV4Authorization } from './parse-authorization';
import { hmacSha256, signingKey } from './signing-key';

const AMZ_DATE = /^\d{8}T\d{6}Z$/;

export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: 'missing-date' | 'missing-signed-header' | 'mismatch' };

function sha256Hex(data: string): string {
  return hash('sha256', data, 'hex');
}

function isSorted(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1] > names[i]) return false;
  return true;
}

const NEEDS_CANONICALIZING = /[\r\n\t]| {2}|^ | $/;

/** A header value as SigV4 canonicalizes it: line breaks and runs of blanks become one space, ends trimmed. */
function canonicalHeaderValue(value: string): string {
  if (!NEEDS_CANONICALIZING.test(value)) return value;
  return value.replace(/[\r\n]/g, ' ').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Computes the AWS4-HMAC-SHA256 signature the client must have sent, with the sandbox's secret,
 * and compares it in constant time. Only the headers the client listed as signed take part. This is
 * the canonicalization `@smithy/signature-v4` and botocore sign with (a property test checks it
 * against the former), written out directly because it runs on every request: three hashes and no
 * allocation-heavy signer objects.
 */
export function verifySignature(request: WireRequest, auth: SigV4Authorization, secretAccessKey: string): SignatureCheck {
  const amzDate = request.headers['x-amz-date'];
  if (amzDate === undefined || !AMZ_DATE.test(amzDate) || !amzDate.startsWith(auth.date)) return { ok: false, reason: 'missing-date' };

  // Signers list them sorted already, as SigV4 asks: then there is nothing to copy and sort.
  const signedNames = isSorted(auth.signedHeaders) ? auth.signedHeaders : [...auth.signedHeaders].sort();
  let canonicalHeaders = '';
  for (const name of signedNames) {
    const value = request.headers[name];
    if (value === undefined) return { ok: false, reason: 'missing-signed-header' };
    canonicalHeaders += `${name}:${canonicalHeaderValue(value)}\n`;
  }

  // A declared payload hash is part of what was signed, but the body must really have it.
  const bodyHash = sha256Hex(request.body);
  const declaredHash = request.headers['x-amz-content-sha256'];
  if (declaredHash !== undefined && declaredHash !== bodyHash) return { ok: false, reason: 'mismatch' };

  const canonicalRequest = `${request.method}\n${canonicalPath(request.path)}\n${canonicalQuery(request.query)}\n${canonicalHeaders}\n${signedNames.join(';')}\n${bodyHash}`;
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
  const expected = hmacSha256(signingKey(secretAccessKey, auth.date, auth.region, auth.service), stringToSign);
  const provided = Buffer.from(auth.signature, 'hex');
  const ok = provided.length === expected.length && timingSafeEqual(expected, provided);
  return ok ? { ok: true } : { ok: false, reason: 'mismatch' };
}
