import type { ServiceName } from '../../engine/service-name';
import { SDK_MODULES } from './sdk-modules';

/** A paginated operation: the request token, the response token (a dotted path), the page-size member. */
export interface PaginatorConfig {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly limitKey: string | undefined;
}

type SdkPaginator = (config: { client: unknown; pageSize?: number; startingToken?: unknown }, input: Record<string, unknown>) => AsyncIterable<unknown>;

const PROBE_TOKEN = '\u0000probe-token';
const PROBE_PAGE_SIZE = 7_654_321;
const cache = new Map<string, Promise<PaginatorConfig | undefined>>();

/**
 * Reads an operation's pagination from the SDK's own `paginate<Op>` (its token names are only held
 * in a closure): run it once against a stand-in client and see which input members it sets and
 * which response path it reads the next token from.
 */
export function paginatorConfig(service: ServiceName, operation: string): Promise<PaginatorConfig | undefined> {
  const key = `${service}:${operation}`;
  let cached = cache.get(key);
  if (!cached) {
    cached = probe(service, operation);
    cache.set(key, cached);
  }
  return cached;
}

export function isPaginated(service: ServiceName, operation: string): boolean {
  return typeof SDK_MODULES[service][`paginate${operation}`] === 'function';
}

async function probe(service: ServiceName, operation: string): Promise<PaginatorConfig | undefined> {
  const sdk = SDK_MODULES[service];
  const paginate = sdk[`paginate${operation}`] as SdkPaginator | undefined;
  const clientClass = Object.entries(sdk).find(([name, value]) => /^[A-Za-z0-9]+Client$/.test(name) && name !== '__Client' && typeof value === 'function')?.[1] as
    | { prototype: object }
    | undefined;
  if (!paginate || !clientClass) return undefined;
  let input: Record<string, unknown> | undefined;
  const readPaths: string[][] = [];
  const recordingPage = (path: string[]): object =>
    new Proxy(
      {},
      {
        get(_target, property) {
          if (typeof property === 'symbol' || property === 'then') return undefined;
          const next = [...path, property];
          readPaths.push(next);
          return recordingPage(next);
        },
      },
    );
  const client = Object.create(clientClass.prototype) as { send: (command: { input: Record<string, unknown> }) => Promise<object> };
  let calls = 0;
  client.send = async (command) => {
    calls++;
    if (calls > 1) throw new ProbeDone();
    input = { ...command.input };
    return recordingPage([]);
  };
  try {
    for await (const page of paginate({ client, pageSize: PROBE_PAGE_SIZE, startingToken: PROBE_TOKEN }, {})) void page;
  } catch (error) {
    if (!(error instanceof ProbeDone)) throw error;
  }
  if (!input) return undefined;
  const inputToken = Object.keys(input).find((k) => input?.[k] === PROBE_TOKEN);
  const limitKey = Object.keys(input).find((k) => input?.[k] === PROBE_PAGE_SIZE);
  const longest = readPaths.reduce<string[]>((best, p) => (p.length > best.length ? p : best), []);
  if (!inputToken || longest.length === 0) return undefined;
  return { inputToken, outputToken: longest.join('.'), limitKey };
}

class ProbeDone extends Error {}
