import type { SandboxAction } from '../engine/sandbox/sandbox-action';

interface PendingAppend {
  readonly sandboxId: string;
  action: SandboxAction;
  readonly lazy: boolean;
  readonly done: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

export type AppendBatch = (entries: ReadonlyArray<{ sandboxId: string; action: SandboxAction }>) => Promise<void>;

export interface AppendOptions {
  /**
   * Nobody waits for this row (a read logged write-behind): it may wait up to the writer's linger
   * time for company, so that a polling client's repeated reads coalesce into one row instead of
   * keeping the database busy with a row per poll. Any urgent append flushes it at once, in order.
   */
  readonly lazy?: boolean;
}

/**
 * Group commit for the action log: appends made while a write is in flight go out together in the
 * next one. Writes run one at a time, so an action is never durable before the actions logged
 * ahead of it; each `append` resolves only once its row is in the database.
 */
export class ActionLogWriter {
  private queue: PendingAppend[] = [];
  /** Each sandbox's newest append that is still queued (not yet in a write). */
  private readonly newestQueued = new Map<string, PendingAppend>();
  /** Queued appends someone is waiting for: while there are any, writes follow each other. */
  private urgentQueued = 0;
  /** How many appends at the head of the queue are due now, lazy ones included (linger over, or a flush). */
  private due = 0;
  private writing = false;
  private lingering: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: AppendBatch,
    /** Called with the sandboxes whose appends failed: their in-memory state is ahead of the log. */
    private readonly onFailure: (sandboxIds: ReadonlySet<string>) => void,
    private readonly maxBatch = 500,
    /** How long a lazy append may wait for company (ms). */
    private readonly lingerMs = 25,
  ) {}

  append(sandboxId: string, action: SandboxAction, options: AppendOptions = {}): Promise<void> {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const lazy = options.lazy === true && this.lingerMs > 0;
    const entry: PendingAppend = { sandboxId, action, lazy, done, resolve, reject };
    this.queue.push(entry);
    this.newestQueued.set(sandboxId, entry);
    if (!lazy) this.urgentQueued++;
    if (!this.writing) void this.drain();
    return done;
  }

  /**
   * When the sandbox's newest queued action satisfies `fold` (which returns its replacement, or
   * undefined to decline), replaces it in place — e.g. a repeated identical read becomes one row
   * with a count — and returns the promise of that row; otherwise returns undefined.
   */
  coalesce(sandboxId: string, fold: (queued: SandboxAction) => SandboxAction | undefined): Promise<void> | undefined {
    const entry = this.newestQueued.get(sandboxId);
    if (!entry) return undefined;
    const replacement = fold(entry.action);
    if (!replacement) return undefined;
    entry.action = replacement;
    return entry.done;
  }

  /** Writes everything queued now, and resolves once it is in the database (shutdown). */
  async flush(): Promise<void> {
    const pending = this.queue.map((entry) => entry.done.catch(() => undefined));
    this.due = this.queue.length;
    if (!this.writing) void this.drain();
    await Promise.all(pending);
  }

  private lingerThenDrain(): void {
    this.lingering ??= setTimeout(() => {
      this.lingering = undefined;
      this.due = this.queue.length;
      if (!this.writing) void this.drain();
    }, this.lingerMs);
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        if (this.urgentQueued === 0 && this.due === 0) {
          this.lingerThenDrain();
          return;
        }
        const batch = this.queue.splice(0, this.maxBatch);
        this.due = Math.max(0, this.due - batch.length);
        for (const entry of batch) {
          if (this.newestQueued.get(entry.sandboxId) === entry) this.newestQueued.delete(entry.sandboxId);
          if (!entry.lazy) this.urgentQueued--;
        }
        try {
          await this.write(batch);
          for (const entry of batch) entry.resolve();
        } catch (error) {
          // Later appends of the same sandboxes build on the failed ones: fail them too.
          const failed = new Set(batch.map((e) => e.sandboxId));
          const dependent = this.queue.filter((e) => failed.has(e.sandboxId));
          this.queue = this.queue.filter((e) => !failed.has(e.sandboxId));
          for (const entry of dependent) if (!entry.lazy) this.urgentQueued--;
          for (const id of failed) this.newestQueued.delete(id);
          this.onFailure(failed);
          for (const entry of [...batch, ...dependent]) entry.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
