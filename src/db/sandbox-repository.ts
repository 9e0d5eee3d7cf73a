import type { SandboxAction } from '../engine/sandbox/sandbox-action';
import { decodeActionInput, encodeActionInput } from '../engine/sandbox/action-input-codec';
import { isServiceName } from '../engine/service-name';
import type { PrismaClient } from './generated/client';
import type { SqlClient } from './open-database';
import type { Sandbox as SandboxRow, SandboxAction as SandboxActionRow } from './generated/client';
import type { SandboxRecord } from './sandbox-record';

function toRecord(row: SandboxRow): SandboxRecord {
  return { ...row, virtualStartMs: Number(row.virtualStartMs) };
}

export function actionFromRow(row: SandboxActionRow): SandboxAction {
  const base = { seq: row.seq, at: Number(row.virtualAt), source: row.source as SandboxAction['source'] };
  if (row.kind === 'clock') {
    return { ...base, kind: 'clock', advanceMs: Number((row.input as { advanceMs?: number } | null)?.advanceMs ?? 0) };
  }
  if (row.kind === 'reset') return { ...base, kind: 'reset' };
  const service = row.service ?? '';
  if (!isServiceName(service)) throw new Error(`action ${row.sandboxId}#${row.seq} names unknown service ${service}`);
  return {
    ...base,
    kind: 'request',
    service,
    operation: row.operation ?? '',
    region: row.region ?? '',
    input: decodeActionInput(row.input),
    outcome: row.outcome,
    ...(row.repeat > 1 ? { repeat: row.repeat } : {}),
  };
}

export function actionToRow(sandboxId: string, action: SandboxAction) {
  const common = { sandboxId, seq: action.seq, kind: action.kind, source: action.source, virtualAt: BigInt(action.at) };
  switch (action.kind) {
    case 'request':
      return {
        ...common,
        service: action.service,
        operation: action.operation,
        region: action.region,
        input: encodeActionInput(action.input) as object,
        outcome: action.outcome,
        repeat: action.repeat ?? 1,
      };
    case 'clock':
      return { ...common, input: { advanceMs: action.advanceMs }, outcome: 'ok' };
    case 'reset':
      return { ...common, outcome: 'ok' };
  }
}

/** Sandboxes and their action logs in the database. */
export class SandboxRepository {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlClient,
  ) {}

  async create(record: Omit<SandboxRecord, 'createdAt'>): Promise<SandboxRecord> {
    const row = await this.prisma.sandbox.create({ data: { ...record, virtualStartMs: BigInt(record.virtualStartMs) } });
    return toRecord(row);
  }

  async findById(id: string): Promise<SandboxRecord | undefined> {
    const row = await this.prisma.sandbox.findUnique({ where: { id } });
    return row ? toRecord(row) : undefined;
  }

  async findByAccessKey(accessKeyId: string): Promise<SandboxRecord | undefined> {
    const row = await this.prisma.sandbox.findUnique({ where: { accessKeyId } });
    return row ? toRecord(row) : undefined;
  }

  /** The learner's newest unexpired sandbox for a lab. */
  async findLatestForLab(learnerId: string, labSlug: string, now: Date): Promise<SandboxRecord | undefined> {
    const row = await this.prisma.sandbox.findFirst({
      where: { learnerId, labSlug, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
    });
    return row ? toRecord(row) : undefined;
  }

  async actions(sandboxId: string, afterSeq = 0): Promise<SandboxAction[]> {
    const rows = await this.prisma.sandboxAction.findMany({ where: { sandboxId, seq: { gt: afterSeq } }, orderBy: { seq: 'asc' } });
    return rows.map(actionFromRow);
  }

  async lastSeq(sandboxId: string): Promise<number> {
    const result = await this.prisma.sandboxAction.aggregate({ where: { sandboxId }, _max: { seq: true } });
    return result._max.seq ?? 0;
  }

  /**
   * Appends a batch in one multi-row INSERT. Plain SQL on the pool, not through Prisma, because this
   * is the hot path of every write: Prisma's own work took half as long again as the insert itself
   * (`npm run bench`, docs/performance.md).
   */
  async appendMany(entries: ReadonlyArray<{ sandboxId: string; action: SandboxAction }>): Promise<void> {
    if (entries.length === 0) return;
    const values: unknown[] = [];
    const tuples = entries.map((entry, i) => {
      const row = actionToRow(entry.sandboxId, entry.action);
      const input = 'input' in row ? JSON.stringify(row.input) : null;
      values.push(
        row.sandboxId,
        row.seq,
        row.kind,
        row.source,
        'service' in row ? row.service : null,
        'operation' in row ? row.operation : null,
        'region' in row ? row.region : null,
        input,
        row.virtualAt.toString(),
        row.outcome,
        'repeat' in row ? row.repeat : 1,
      );
      const p = i * 11;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8}::jsonb, $${p + 9}, $${p + 10}, $${p + 11})`;
    });
    // Prepared once per batch size and connection: parsing and planning the statement again cost
    // about a quarter of each insert on the embedded database.
    await this.sql.query(
      `INSERT INTO "SandboxAction" ("sandboxId", "seq", "kind", "source", "service", "operation", "region", "input", "virtualAt", "outcome", "repeat") VALUES ${tuples.join(', ')}`,
      values,
      `sandbox-action-append-${entries.length}`,
    );
  }
}
