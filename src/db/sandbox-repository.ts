import type { SandboxAction } from '../engine/sandbox/sandbox-action';
import { decodeActionInput, encodeActionInput } from '../engine/sandbox/action-input-codec';
import { isServiceName } from '../engine/service-name';
import type { PrismaClient } from './generated/client';
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
      };
    case 'clock':
      return { ...common, input: { advanceMs: action.advanceMs }, outcome: 'ok' };
    case 'reset':
      return { ...common, outcome: 'ok' };
  }
}

/** Sandboxes and their action logs in the database. */
export class SandboxRepository {
  constructor(private readonly prisma: PrismaClient) {}

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

  async appendMany(entries: ReadonlyArray<{ sandboxId: string; action: SandboxAction }>): Promise<void> {
    await this.prisma.sandboxAction.createMany({ data: entries.map((e) => actionToRow(e.sandboxId, e.action)) });
  }
}
