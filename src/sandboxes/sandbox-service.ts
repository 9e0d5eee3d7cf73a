import { ActionLogWriter } from '../db/action-log-writer';
import type { Database } from '../db/open-database';
import type { SandboxRecord } from '../db/sandbox-record';
import { SandboxRepository } from '../db/sandbox-repository';
import { AwsError } from '../engine/aws-error';
import { isReadOperation } from '../engine/sandbox/is-read-operation';
import { applyAction, replayActions } from '../engine/sandbox/replay-actions';
import type { ActionSource, RequestAction, SandboxAction } from '../engine/sandbox/sandbox-action';
import type { SandboxIdentity } from '../engine/sandbox/sandbox-identity';
import type { ServiceName } from '../engine/service-name';
import type { LiveSandbox } from './live-sandbox';
import { newSandboxIdentity, type NewSandboxIdentity } from './sandbox-credentials';
import { SandboxNotFoundError } from './sandbox-errors';
import { virtualNow } from './virtual-clock';

export interface SandboxCall {
  readonly service: ServiceName;
  readonly operation: string;
  readonly region: string;
  readonly input: Record<string, unknown>;
}

export interface SandboxServiceOptions {
  /** How long a new sandbox lives. */
  readonly lifetimeMs?: number;
  /** Virtual ms per real ms. */
  readonly clockSpeed?: number;
  /** Most sandboxes kept in memory; the least recently used are dropped (and replayed when needed). */
  readonly cacheSize?: number;
  /** Real time source (tests). */
  readonly realNow?: () => number;
  /** Where new sandboxes' ids, account, keys and seed come from (tests that need two identical sandboxes). */
  readonly newIdentity?: () => NewSandboxIdentity;
}

export const DEFAULT_SANDBOX_LIFETIME_MS = 30 * 86_400_000;

const MAX_CONFLICT_RETRIES = 5;

/** `queued` counted once more, when `next` repeats it exactly (same call, same answer); else undefined. */
function repeatOf(queued: SandboxAction, next: RequestAction): SandboxAction | undefined {
  if (queued.kind !== 'request') return undefined;
  const same =
    queued.service === next.service &&
    queued.operation === next.operation &&
    queued.region === next.region &&
    queued.source === next.source &&
    queued.outcome === next.outcome &&
    sameInput(queued.input, next.input);
  return same ? { ...queued, repeat: (queued.repeat ?? 1) + 1 } : undefined;
}

/** Plain JSON is enough to compare: both inputs were decoded against the same schema. */
function sameInput(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  if (a === b) return true;
  let aEmpty = true;
  for (const _ in a) {
    aEmpty = false;
    break;
  }
  if (aEmpty) {
    for (const _ in b) return false;
    return true;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A unique-key violation on the log: another writer took this sequence number. */
function isLogConflict(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code ?? '')} ${String(error.cause ?? '')}` : '';
  return /23505|P2002|P2010|duplicate key|Unique ?constraint ?violation/i.test(text);
}

function identityOf(record: SandboxRecord): SandboxIdentity {
  return {
    sandboxId: record.id,
    accountId: record.accountId,
    accessKeyId: record.accessKeyId,
    defaultRegion: record.region,
    seed: record.seed,
  };
}

/**
 * Sandboxes as the rest of the app sees them: create, call, fast-forward, reset, read. Every change
 * is an action appended to the log (durably, before the caller gets an answer) and folded into an
 * in-memory engine, which is only a cache of the log.
 */
export class SandboxService {
  private readonly repository: SandboxRepository;
  private readonly writer: ActionLogWriter;
  private readonly cache = new Map<string, LiveSandbox>();
  private readonly loading = new Map<string, Promise<LiveSandbox>>();
  private readonly byAccessKey = new Map<string, SandboxRecord>();
  /** The id last moved to the end of `cache` (so a run of calls to one sandbox does not re-insert it each time). */
  private mostRecentlyUsed: string | undefined;
  private readonly realNow: () => number;

  constructor(
    private readonly db: Database,
    private readonly options: SandboxServiceOptions = {},
  ) {
    this.repository = new SandboxRepository(db.prisma, db.sql);
    this.writer = new ActionLogWriter(
      (entries) => this.repository.appendMany(entries),
      (ids) => ids.forEach((id) => this.cache.delete(id)),
    );
    this.realNow = options.realNow ?? Date.now;
  }

  async create(learnerId: string, labSlug: string | null): Promise<SandboxRecord> {
    const now = this.realNow();
    for (let attempt = 0; ; attempt++) {
      const identity = (this.options.newIdentity ?? newSandboxIdentity)();
      try {
        const record = await this.repository.create({
          ...identity,
          learnerId,
          labSlug,
          region: 'us-east-1',
          realStartedAt: new Date(now),
          virtualStartMs: now,
          clockSpeed: this.options.clockSpeed ?? 1,
          expiresAt: new Date(now + (this.options.lifetimeMs ?? DEFAULT_SANDBOX_LIFETIME_MS)),
        });
        this.remember({ record, engine: replayActions(identityOf(record), now, []), lastSeq: 0 });
        return record;
      } catch (error) {
        // A 12-digit account id or key collision: astronomically rare, so just draw again.
        if (attempt >= 3) throw error;
      }
    }
  }

  /** The sandbox if it exists, is unexpired and (when `learnerId` is given) belongs to that learner. */
  async find(id: string, learnerId?: string): Promise<SandboxRecord> {
    const record = this.cache.get(id)?.record ?? (await this.repository.findById(id));
    if (!record || record.expiresAt.getTime() <= this.realNow() || (learnerId !== undefined && record.learnerId !== learnerId)) {
      throw new SandboxNotFoundError(id);
    }
    return record;
  }

  /** The sandbox of an access key, when it is in memory (the endpoint's hot path, without an async hop). */
  knownByAccessKey(accessKeyId: string): SandboxRecord | undefined {
    return this.byAccessKey.get(accessKeyId);
  }

  async findByAccessKey(accessKeyId: string): Promise<SandboxRecord | undefined> {
    const cached = this.knownByAccessKey(accessKeyId);
    if (cached) return cached;
    const record = await this.repository.findByAccessKey(accessKeyId);
    if (record) this.byAccessKey.set(accessKeyId, record);
    return record;
  }

  async findLatestForLab(learnerId: string, labSlug: string): Promise<SandboxRecord | undefined> {
    return this.repository.findLatestForLab(learnerId, labSlug, new Date(this.realNow()));
  }

  /** The sandbox's current virtual time. */
  async now(id: string): Promise<number> {
    const live = await this.live(id);
    return this.clock(live);
  }

  /** Runs one AWS call, logs it, and returns its output (or throws its `AwsError`, also logged). */
  async execute(id: string, call: SandboxCall, source: ActionSource): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.executeOnce(id, call, source);
      } catch (error) {
        // Another instance sharing the database appended the same sequence number first: our copy
        // was stale. It has been dropped; run the call again on the state rebuilt from the log.
        if (!isLogConflict(error) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  private async executeOnce(id: string, call: SandboxCall, source: ActionSource): Promise<Record<string, unknown>> {
    const live = this.liveInMemory(id) ?? (await this.live(id));
    const at = this.clock(live);
    let output: Record<string, unknown> | undefined;
    let failure: AwsError | undefined;
    try {
      output = live.engine.execute({ service: call.service, operation: call.operation, region: call.region, input: call.input, at });
    } catch (error) {
      if (!(error instanceof AwsError)) {
        // A bug, not a refusal: the engine may be half-changed, so rebuild it from the log next time.
        this.cache.delete(id);
        throw error;
      }
      failure = error;
    }
    // Field by field rather than spread: only the call's own members are logged, whatever else the caller's object holds.
    const action: RequestAction = {
      kind: 'request',
      seq: 0,
      at,
      source,
      service: call.service,
      operation: call.operation,
      region: call.region,
      input: call.input,
      outcome: failure ? failure.code : 'ok',
    };
    // A read changes nothing, so the state never depends on its record: with the embedded database
    // (one writer) it is logged write-behind, still in order, instead of holding the answer for a
    // round trip. With a shared PostgreSQL every append is awaited, so another instance's catch-up
    // always sees it.
    const read = isReadOperation(call.operation);
    const writeBehind = read && this.db.mode === 'embedded';
    // The same read again while the previous one still waits for its write (a waiter, a polling
    // dashboard): one row with a count instead of a row per poll.
    const coalesced = read ? this.writer.coalesce(id, (queued) => repeatOf(queued, action)) : undefined;
    const logged = coalesced ?? this.append(live, action, writeBehind);
    if (!writeBehind) await logged;
    // Nobody awaits a write-behind row: its failure is handled by the writer (the sandbox is reloaded).
    else if (!coalesced) logged.catch(() => undefined);
    if (failure) throw failure;
    return output ?? {};
  }

  /** Reads through the API without logging (graders, resource panel). Never changes resources. */
  async read(id: string, call: SandboxCall): Promise<Record<string, unknown>> {
    const live = await this.live(id);
    return live.engine.execute({ ...call, at: this.clock(live) });
  }

  async advanceClock(id: string, ms: number, source: ActionSource): Promise<number> {
    const live = await this.live(id);
    const at = this.clock(live);
    await this.appendAndApply(live, { kind: 'clock', seq: 0, at, source, advanceMs: ms });
    return this.clock(live);
  }

  /** Back to an empty sandbox (the caller then replays the lab's setup). The log keeps the history. */
  async reset(id: string, source: ActionSource): Promise<void> {
    const live = await this.live(id);
    await this.appendAndApply(live, { kind: 'reset', seq: 0, at: this.clock(live), source });
  }

  async actions(id: string): Promise<SandboxAction[]> {
    // Reads logged write-behind may still be queued: the history must show them.
    await this.writer.flush();
    return this.repository.actions(id);
  }

  private clock(live: LiveSandbox): number {
    const { record, engine } = live;
    return virtualNow(
      { realStartedAt: record.realStartedAt, virtualStartMs: record.virtualStartMs, speed: record.clockSpeed },
      engine.state.clockOffsetMs,
      engine.state.now,
      this.realNow(),
    );
  }

  private async appendAndApply(live: LiveSandbox, action: SandboxAction): Promise<void> {
    const logged = { ...action, seq: live.lastSeq + 1 };
    applyAction(live.engine, logged, (fresh) => (live.engine = fresh));
    await this.append(live, action);
  }

  private async append(live: LiveSandbox, action: SandboxAction, lazy = false): Promise<void> {
    live.lastSeq += 1;
    await this.writer.append(live.record.id, { ...action, seq: live.lastSeq }, { lazy });
  }

  /** Writes every queued log row (reads logged write-behind included); call before closing the database. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  /** The sandbox's engine when it is in memory and needs no catching up (the embedded database has one writer). */
  private liveInMemory(id: string): LiveSandbox | undefined {
    if (this.db.mode !== 'embedded') return undefined;
    const cached = this.cache.get(id);
    if (cached) this.touch(id, cached);
    return cached;
  }

  private async live(id: string): Promise<LiveSandbox> {
    const inMemory = this.liveInMemory(id);
    if (inMemory) return inMemory;
    // In memory but not current as it stands: only with a shared PostgreSQL.
    const cached = this.cache.get(id);
    if (cached) {
      await this.catchUp(cached);
      this.touch(id, cached);
      return cached;
    }
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  /** With a shared PostgreSQL, another instance may have appended: fold in what we have not seen. */
  private async catchUp(live: LiveSandbox): Promise<void> {
    const lastSeq = await this.repository.lastSeq(live.record.id);
    if (lastSeq === live.lastSeq) return;
    for (const action of await this.repository.actions(live.record.id, live.lastSeq)) {
      // While the query ran, this instance may have appended (and applied) these rows itself.
      if (action.seq <= live.lastSeq) continue;
      applyAction(live.engine, action, (fresh) => (live.engine = fresh));
      live.lastSeq = action.seq;
    }
  }

  private async load(id: string): Promise<LiveSandbox> {
    const record = await this.find(id);
    // Rows still queued (reads logged write-behind) hold sequence numbers the rebuilt state must count.
    await this.writer.flush();
    const actions = await this.repository.actions(id);
    const engine = replayActions(identityOf(record), record.virtualStartMs, actions);
    const live: LiveSandbox = { record, engine, lastSeq: actions.at(-1)?.seq ?? 0 };
    this.remember(live);
    return live;
  }

  private remember(live: LiveSandbox): void {
    this.touch(live.record.id, live);
    this.byAccessKey.set(live.record.accessKeyId, live.record);
    const limit = this.options.cacheSize ?? 5_000;
    while (this.cache.size > limit) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  /** Map order is insertion order: re-inserting keeps the most recently used last. */
  private touch(id: string, live: LiveSandbox): void {
    if (this.mostRecentlyUsed === id && this.cache.get(id) === live) return;
    this.cache.delete(id);
    this.cache.set(id, live);
    this.mostRecentlyUsed = id;
  }
}
