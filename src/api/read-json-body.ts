import { ApiError } from './api-error';

const MAX_JSON_BYTES = 256 * 1024;

/** Reads a JSON object body (empty body = `{}`), refusing anything else with a 400 that says why. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw new ApiError(413, 'BodyTooLarge', `The request body must be at most ${MAX_JSON_BYTES} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new ApiError(413, 'BodyTooLarge', `The request body must be at most ${MAX_JSON_BYTES} bytes.`);
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'InvalidJson', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(400, 'InvalidJson', 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

export function optionalString(body: Record<string, unknown>, key: string, maxLength = 200): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError(400, 'InvalidParameter', `"${key}" must be a string.`);
  if (value.length > maxLength) throw new ApiError(400, 'InvalidParameter', `"${key}" must be at most ${maxLength} characters.`);
  return value;
}

export function requiredString(body: Record<string, unknown>, key: string, maxLength = 200): string {
  const value = optionalString(body, key, maxLength);
  if (value === undefined) throw new ApiError(400, 'MissingParameter', `"${key}" is required.`);
  return value;
}
