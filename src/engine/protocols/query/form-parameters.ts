import type { WireRequest } from '../wire-protocol';
import { invalidParameterValueError, malformedQueryStringError } from './query-request-errors';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

type FormCharset = 'utf-8' | 'latin1';

/** `charset=` of a form content type; clients send `utf-8` (the AWS CLI says so explicitly). */
function formCharset(contentType: string): FormCharset {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  if (!match) return 'utf-8';
  const charset = match[1].toLowerCase();
  if (charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii' || charset === 'ascii') return 'utf-8';
  if (charset === 'iso-8859-1' || charset === 'latin1') return 'latin1';
  throw malformedQueryStringError(`unsupported charset ${charset}; send UTF-8.`);
}

function decodeComponent(text: string, charset: FormCharset): string {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  if (charset === 'latin1') {
    if (/%(?![0-9a-fA-F]{2})/.test(spaced)) throw malformedQueryStringError(`bad percent-escape in "${spaced.slice(0, 100)}".`);
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw malformedQueryStringError(`bad percent-escape or invalid UTF-8 in "${spaced.slice(0, 100)}".`);
  }
}

function addPairs(into: Map<string, string>, encoded: string, charset: FormCharset): void {
  if (encoded === '') return;
  for (const pair of encoded.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq), charset);
    const value = eq === -1 ? '' : decodeComponent(pair.slice(eq + 1), charset);
    if (into.has(key)) throw invalidParameterValueError(key, value, 'The parameter is given more than once.');
    into.set(key, value);
  }
}

function isFormBody(request: WireRequest): boolean {
  const contentType = request.headers['content-type'];
  // curl and hand-written clients sometimes omit the header; a Query body is a form either way.
  return contentType === undefined || contentType.toLowerCase().startsWith(FORM_CONTENT_TYPE);
}

/**
 * Every parameter of a Query request, in the order sent: the query string's (AWS takes a GET's
 * parameters from there) then a form body's. `+` is a space; a parameter given twice is refused.
 */
export function readFormParameters(request: WireRequest): Map<string, string> {
  const parameters = new Map<string, string>();
  addPairs(parameters, request.query, 'utf-8');
  if (request.body !== '' && isFormBody(request)) {
    addPairs(parameters, request.body, formCharset(request.headers['content-type'] ?? ''));
  }
  return parameters;
}
