import type { SandboxAction } from '../engine/sandbox/sandbox-action';

interface PendingAppend {
  readonly sandboxId: string;
  readonly action: SandboxAction;
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
  private writing = false;

  constructor(
    private readonly write: AppendBatch,
    /** Called with the sandboxes whose appends failed: their in-memory state is ahead of the log. */
    private readonly onFailure: (sandboxIds: ReadonlySet<string>) => void,
    private readonly maxBatch = 500,
  ) {}

  append(sandboxId: string, action: SandboxAction): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ sandboxId, action, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.write(batch);
          for (const entry of batch) entry.resolve();
        } catch (error) {
          // Later appends of the same sandboxes build on the failed ones: fail them too.
          const failed = new Set(batch.map((e) => e.sandboxId));
          const dependent = this.queue.filter((e) => failed.has(e.sandboxId));
          this.queue = this.queue.filter((e) => !failed.has(e.sandboxId));
          this.onFailure(failed);
          for (const entry of [...batch, ...dependent]) entry.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
