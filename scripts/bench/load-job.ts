/** A request prepared (and signed) before the timed run. */
export interface PreparedRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** What the load worker (load-worker.mjs, plain JS so a worker thread can run it) is asked to do. */
export interface LoadJob {
  readonly port: number;
  readonly concurrency: number;
  readonly durationMs: number;
  /** Used round-robin; each at most once when `once` is set (e.g. creates with unique ids). */
  readonly requests: readonly PreparedRequest[];
  readonly once: boolean;
  readonly expectStatus: number;
}

export interface LoadResult {
  readonly completed: number;
  readonly failed: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly firstFailure?: string;
}
