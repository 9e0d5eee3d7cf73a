import { describe, expect, it } from 'vitest';
import { ActionLogWriter } from '../../../src/db/action-log-writer';
import type { RequestAction, SandboxAction } from '../../../src/engine/sandbox/sandbox-action';

function read(seq: number): RequestAction {
  return { kind: 'request', seq, at: seq, source: 'wire', service: 'rds', operation: 'DescribeDBClusters', region: 'us-east-1', input: {}, outcome: 'ok' };
}

describe('ActionLogWriter', () => {
  it('writes sequentially, batching what arrives while a write is in flight, in order', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writer = new ActionLogWriter(async (entries) => {
      batches.push(entries.map((e) => e.action.seq));
      if (batches.length === 1) await gate;
    }, () => undefined);
    const first = writer.append('s', read(1));
    const rest = [2, 3, 4].map((n) => writer.append('s', read(n)));
    release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('fails the batch and every later append of the same sandbox, and reports them', async () => {
    let calls = 0;
    const failedSets: string[][] = [];
    const writer = new ActionLogWriter(async () => {
      calls++;
      if (calls === 1) {
        await new Promise((r) => setTimeout(r, 5));
        throw new Error('disk full');
      }
    }, (ids) => failedSets.push([...ids]));
    const a1 = writer.append('a', read(1));
    const a2 = writer.append('a', read(2));
    const b1 = writer.append('b', read(1));
    await expect(a1).rejects.toThrow('disk full');
    await expect(a2).rejects.toThrow('disk full');
    await expect(b1).resolves.toBeUndefined();
    expect(failedSets).toEqual([['a']]);
  });

  it('coalesces into the newest queued action of a sandbox only while it is queued', async () => {
    const written: SandboxAction[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writer = new ActionLogWriter(async (entries) => {
      written.push(entries.map((e) => e.action));
      if (written.length === 1) await gate;
    }, () => undefined);
    const bump = (queued: SandboxAction) => (queued.kind === 'request' ? { ...queued, repeat: (queued.repeat ?? 1) + 1 } : undefined);
    const inFlight = writer.append('s', read(1));
    expect(writer.coalesce('s', bump)).toBeUndefined(); // already being written
    const queued = writer.append('s', read(2));
    const merged = [writer.coalesce('s', bump), writer.coalesce('s', bump)];
    expect(writer.coalesce('other', bump)).toBeUndefined();
    release();
    await Promise.all([inFlight, queued, ...merged]);
    expect(written.map((b) => b.map((a) => (a.kind === 'request' ? [a.seq, a.repeat ?? 1] : [])))).toEqual([[[1, 1]], [[2, 3]]]);
  });

  it('holds lazy appends for the linger time, so repeats coalesce, and flushes them with the next urgent one, in order', async () => {
    const written: number[][] = [];
    const writer = new ActionLogWriter(async (entries) => void written.push(entries.map((e) => e.action.seq)), () => undefined, 500, 10_000);
    const bump = (queued: SandboxAction) => (queued.kind === 'request' ? { ...queued, repeat: (queued.repeat ?? 1) + 1 } : undefined);
    const lazy = writer.append('s', read(1), { lazy: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(written).toEqual([]);
    expect(writer.coalesce('s', bump)).toBe(lazy);
    const urgent = writer.append('s', read(2));
    await Promise.all([lazy, urgent]);
    expect(written).toEqual([[1, 2]]);
  });

  it('writes lazy appends on its own once the linger time is over, and on flush', async () => {
    const written: number[][] = [];
    const writer = new ActionLogWriter(async (entries) => void written.push(entries.map((e) => e.action.seq)), () => undefined, 500, 5);
    await writer.append('s', read(1), { lazy: true });
    expect(written).toEqual([[1]]);
    const slow = new ActionLogWriter(async (entries) => void written.push(entries.map((e) => e.action.seq)), () => undefined, 500, 60_000);
    void slow.append('t', read(7), { lazy: true });
    await slow.flush();
    expect(written).toEqual([[1], [7]]);
  });
});
