import type { SandboxAction } from '../engine/sandbox/sandbox-action';

interface PendingAppend {
  readonly sandboxId: string;
  action: SandboxAction;
  readonly done: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

export type AppendBatch = (entries: ReadonlyArray<{ sandboxId: string; action: SandboxAction }>) => Promise<void>;

/**
 * Group commit for the action log: appends made while a write is in flight go out together in the
 * next one. Writes run one at a time, so an action is never durable before the actions logged
 * ahead of it; each `append` resolves only once its row is in the database.
 */
export class ActionLogWriter {
  private queue: PendingAppend[] = [];
  /** Each sandbox's newest append that is still queued (not yet in a write). */
  private readonly newestQueued = new Map<string, PendingAppend>();
  private writing = false;

  constructor(
    private readonly write: AppendBatch,
    /** Called with the sandboxes whose appends failed: their in-memory state is ahead of the log. */
    private readonly onFailure: (sandboxIds: ReadonlySet<string>) => void,
    private readonly maxBatch = 500,
  ) {}

  append(sandboxId: string, action: SandboxAction): Promise<void> {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const entry: PendingAppend = { sandboxId, action, done, resolve, reject };
    this.queue.push(entry);
    this.newestQueued.set(sandboxId, entry);
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

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        for (const entry of batch) if (this.newestQueued.get(entry.sandboxId) === entry) this.newestQueued.delete(entry.sandboxId);
        try {
          await this.write(batch);
          for (const entry of batch) entry.resolve();
        } catch (error) {
          // Later appends of the same sandboxes build on the failed ones: fail them too.
          const failed = new Set(batch.map((e) => e.sandboxId));
          const dependent = this.queue.filter((e) => failed.has(e.sandboxId));
          this.queue = this.queue.filter((e) => !failed.has(e.sandboxId));
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
