import { AwsError } from '../../engine/aws-error';
import type { OperationModel } from '../../engine/model/service-model';
import type { ServiceName } from '../../engine/service-name';
import type { CliHost } from '../cli-host';
import { cliShape, type CliShape } from '../model/cli-shape';
import type { PaginatorConfig } from '../model/paginator-config';
import { pyJsonDumps, pyJsonLoads } from '../python/py-json';
import { isPyDict, type PyDict, type PyValue } from '../python/py-value';
import { BotocoreValidationError, ClientError, GeneralError, PassThroughError } from './cli-errors';
import { afterCall } from './customizations/iam-policy-documents';
import { injectPresignedUrl } from './customizations/rds-presigned-url';
import { fromHostOutput, toHostInput } from './host-values';
import { cliErrorCode } from './service-error-code';
import { validateParameters } from './param-validation';

/** What the CLI needs to call one operation against the sandbox. */
export interface InvokeContext {
  readonly host: CliHost;
  readonly service: ServiceName;
  readonly operation: OperationModel;
  readonly region: string;
  /** botocore's `before-parameter-build` handlers (CLI customizations that fill in defaults). */
  readonly beforeParameterBuild?: (params: PyDict) => void;
}

/** Error codes botocore's standard retry mode retries (it then says "reached max retries: 2"). */
const RETRYABLE_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** A service failure as a waiter sees it (botocore hands waiters the parsed error response). */
export class ServiceFailure {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly status: number,
    readonly clientError: ClientError,
  ) {}
}

/** Validates like botocore, then calls the host; the output is shaped like botocore's parsed response. */
export async function invokeOnce(ctx: InvokeContext, givenParams: PyDict): Promise<PyDict | ServiceFailure> {
  const params: PyDict = { ...givenParams };
  ctx.beforeParameterBuild?.(params);
  const inputShape = cliShape(ctx.service, ctx.operation.input);
  // botocore's generate_idempotent_uuid: an omitted idempotency token gets a fresh UUID.
  for (const [name, member] of inputShape.members) {
    if (member.isIdempotencyToken && !(name in params)) params[name] = crypto.randomUUID();
  }
  const errors = validateParameters(params, inputShape);
  if (errors.length > 0) throw new BotocoreValidationError(errors.join('\n'));
  injectPresignedUrl(ctx.service, ctx.operation.name, ctx.region, params);
  let output: Record<string, unknown>;
  try {
    output = await ctx.host.invoke({
      service: ctx.service,
      operation: ctx.operation.name,
      region: ctx.region,
      input: toHostInput(params, inputShape) as Record<string, unknown>,
    });
  } catch (error) {
    if (error instanceof AwsError) {
      const code = cliErrorCode(ctx.service, error);
      const retried = error.status >= 500 || RETRYABLE_CODES.has(code) ? ' (reached max retries: 2)' : '';
      return new ServiceFailure(code, error.message, error.status, new ClientError(code, ctx.operation.name, error.message, retried));
    }
    if (error instanceof PassThroughError) throw error;
    throw new GeneralError(error instanceof Error ? error.message : String(error));
  }
  const outputShape = cliShape(ctx.service, ctx.operation.output);
  const shaped = fromHostOutput(output ?? {}, outputShape);
  afterCall(ctx.service, shaped, outputShape);
  return isPyDict(shaped) ? shaped : {};
}

export async function invokeOrThrow(ctx: InvokeContext, params: PyDict): Promise<PyDict> {
  const result = await invokeOnce(ctx, params);
  if (result instanceof ServiceFailure) throw result.clientError;
  return result;
}

// ---- pagination (botocore/paginate.py PageIterator) ----

export interface PaginationOptions {
  readonly maxItems?: number;
  readonly pageSize?: number;
  readonly startingToken?: string;
}

export interface PaginatedResult {
  readonly pages: PyDict[];
  readonly resultKeys: readonly string[];
  readonly resumeToken: string | undefined;
}

/**
 * Paginators whose botocore result keys the SDK's members cannot give: CloudWatch's DescribeAlarms
 * lists `[MetricAlarms, CompositeAlarms]` in botocore's paginators-1.json, while the SDK's output
 * orders its members `CompositeAlarms, MetricAlarms` and adds `LogAlarms`, which botocore's model
 * (and so the real CLI) does not have.
 */
const RESULT_KEYS_BY_OUTPUT_SHAPE: Readonly<Record<string, readonly string[]>> = {
  DescribeAlarmsOutput: ['MetricAlarms', 'CompositeAlarms'],
};

/**
 * The result keys botocore's paginator config names: the list members beside the output token
 * (`DBClusters`, `EngineDefaults.Parameters`), or string members when there is no list
 * (`LogFileData`).
 */
export function resultKeys(outputShape: CliShape, outputToken: string): string[] {
  const listed = RESULT_KEYS_BY_OUTPUT_SHAPE[outputShape.name];
  if (listed) return [...listed];
  const tokenPath = outputToken.split('.');
  let container = outputShape;
  const prefix: string[] = [];
  for (const part of tokenPath.slice(0, -1)) {
    const next = container.members.get(part);
    if (!next) break;
    container = next;
    prefix.push(part);
  }
  const tokenName = tokenPath[tokenPath.length - 1];
  const members = [...container.members].filter(([name]) => name !== tokenName);
  let keys = members.filter(([, shape]) => shape.typeName === 'list').map(([name]) => name);
  if (keys.length === 0) keys = members.filter(([, shape]) => shape.typeName === 'string').map(([name]) => name);
  return keys.map((key) => [...prefix, key].join('.'));
}

export function searchPath(data: PyValue, path: string): PyValue | undefined {
  let current: PyValue | undefined = data;
  for (const part of path.split('.')) {
    if (!isPyDict(current)) return undefined;
    current = current[part];
  }
  return current;
}

export function setPath(target: PyDict, path: string, value: PyValue): void {
  const parts = path.split('.');
  let current = target;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (!isPyDict(next)) current[part] = {};
    current = current[part] as PyDict;
  }
  current[parts[parts.length - 1]] = value;
}

/** botocore's TokenEncoder: base64 of `json.dumps(token)`. */
function encodeToken(token: PyDict): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(pyJsonDumps(token))) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decodeToken(token: string): PyDict | undefined {
  try {
    const bytes = Uint8Array.from(atob(token), (c) => c.charCodeAt(0));
    const decoded = pyJsonLoads(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return isPyDict(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

export async function paginate(
  ctx: InvokeContext,
  params: PyDict,
  config: PaginatorConfig,
  options: PaginationOptions,
): Promise<PaginatedResult> {
  const outputShape = cliShape(ctx.service, ctx.operation.output);
  const keys = resultKeys(outputShape, config.outputToken);
  const primary = keys[0];
  const current: PyDict = { ...params };
  let startingTruncation = 0;
  if (options.startingToken !== undefined) {
    const decoded = decodeToken(options.startingToken);
    let token: PyValue | undefined;
    if (decoded && Object.keys(decoded).every((k) => k === config.inputToken || k === 'boto_truncate_amount')) {
      token = decoded[config.inputToken];
      startingTruncation = typeof decoded.boto_truncate_amount === 'number' ? decoded.boto_truncate_amount : 0;
    } else {
      // botocore's deprecated "token___index" format.
      const parts = options.startingToken.split('___');
      token = parts[0];
      if (parts.length === 2 && /^\d+$/.test(parts[1])) startingTruncation = Number(parts[1]);
    }
    if (token !== null && token !== undefined && token !== 'None') current[config.inputToken] = token;
  }
  if (options.pageSize !== undefined && config.limitKey) current[config.limitKey] = options.pageSize;
  const pages: PyDict[] = [];
  let totalItems = 0;
  let resumeToken: string | undefined;
  let previousToken: PyValue | undefined;
  for (let first = true; ; first = false) {
    const page = await invokeOrThrow(ctx, current);
    for (const key of keys) {
      if (searchPath(page, key) === undefined && outputShape && isListKey(outputShape, key)) setPath(page, key, []);
    }
    if (first && startingTruncation > 0 && primary) {
      const all = searchPath(page, primary);
      if (Array.isArray(all)) setPath(page, primary, all.slice(startingTruncation));
      if (typeof all === 'string') setPath(page, primary, all.slice(startingTruncation));
    } else if (!first) startingTruncation = 0;
    const primaryValue = primary ? searchPath(page, primary) : undefined;
    const count = Array.isArray(primaryValue) || typeof primaryValue === 'string' ? primaryValue.length : 0;
    const nextToken = searchPath(page, config.outputToken);
    const truncateAmount = options.maxItems !== undefined ? totalItems + count - options.maxItems : 0;
    if (truncateAmount > 0 && primary) {
      const keep = count - truncateAmount;
      if (Array.isArray(primaryValue)) setPath(page, primary, primaryValue.slice(0, keep));
      const token: PyDict = { [config.inputToken]: current[config.inputToken] ?? null, boto_truncate_amount: keep + startingTruncation };
      resumeToken = encodeToken(token);
      pages.push(page);
      break;
    }
    pages.push(page);
    totalItems += count;
    if (!nextToken) break;
    if (options.maxItems !== undefined && totalItems === options.maxItems) {
      resumeToken = encodeToken({ [config.inputToken]: nextToken });
      break;
    }
    if (previousToken !== undefined && previousToken === nextToken) {
      throw new GeneralError(`The same next token was received twice: {'${config.inputToken}': '${String(nextToken)}'}`);
    }
    current[config.inputToken] = nextToken;
    previousToken = nextToken;
  }
  return { pages, resultKeys: keys, resumeToken };
}

function isListKey(shape: CliShape, path: string): boolean {
  let current: CliShape | undefined = shape;
  for (const part of path.split('.')) current = current?.members.get(part);
  return current?.typeName === 'list';
}

/** botocore's `build_full_result`: result keys concatenated across pages, plus `NextToken`. */
export function buildFullResult(result: PaginatedResult): PyDict {
  const complete: PyDict = {};
  for (const page of result.pages) {
    for (const key of result.resultKeys) {
      const value = searchPath(page, key);
      if (value === undefined || value === null) continue;
      const existing = searchPath(complete, key);
      if (existing === undefined || existing === null) setPath(complete, key, Array.isArray(value) ? [...value] : value);
      else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
      else if (typeof existing === 'string' && typeof value === 'string') setPath(complete, key, existing + value);
      else if (typeof existing === 'number' && typeof value === 'number') setPath(complete, key, existing + value);
    }
  }
  if (result.resumeToken !== undefined) complete.NextToken = result.resumeToken;
  return complete;
}

/** The per-page dicts the text formatter prints (only the result keys of each page). */
export function textPages(result: PaginatedResult): PyDict[] {
  const out: PyDict[] = result.pages.map((page) => {
    const current: PyDict = {};
    for (const key of result.resultKeys) setPath(current, key, searchPath(page, key) ?? null);
    return current;
  });
  if (result.resumeToken !== undefined) out.push({ NextToken: { NextToken: result.resumeToken } });
  return out;
}
