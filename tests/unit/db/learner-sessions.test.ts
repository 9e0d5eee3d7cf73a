import { describe, expect, it } from 'vitest';
import { LearnerRepository } from '../../../src/db/learner-repository';
import type { PrismaClient } from '../../../src/db/generated/client';

type SessionRow = { tokenHash: string; learnerId: string; expiresAt: Date };

/** The two Prisma delegates the repository uses, over an in-memory table that counts its reads. */
function fakePrisma(rows: SessionRow[]) {
  const reads = { count: 0 };
  const prisma = {
    learner: {
      create: async ({ data }: { data: { id: string; sessions: { create: { tokenHash: string; expiresAt: Date } } } }) => {
        rows.push({ learnerId: data.id, ...data.sessions.create });
        return {};
      },
    },
    session: {
      findUnique: async ({ where }: { where: { tokenHash: string } }) => {
        reads.count++;
        return rows.find((row) => row.tokenHash === where.tokenHash) ?? null;
      },
    },
  } as unknown as Pick<PrismaClient, 'learner' | 'session'>;
  return { prisma, reads };
}

describe('learner sessions', () => {
  it('a live session is read from the database once, then remembered', async () => {
    const { prisma, reads } = fakePrisma([]);
    const learners = new LearnerRepository(prisma);
    const now = new Date('2026-11-27T10:00:00Z');
    const guest = await learners.createGuest(now);
    for (let i = 0; i < 5; i++) expect(await learners.learnerForToken(guest.token, now)).toBe(guest.learnerId);
    expect(reads.count).toBe(1);
  });

  it('an expired session answers nobody, remembered or not', async () => {
    const { prisma } = fakePrisma([]);
    const learners = new LearnerRepository(prisma);
    const now = new Date('2026-11-27T10:00:00Z');
    const guest = await learners.createGuest(now);
    expect(await learners.learnerForToken(guest.token, now)).toBe(guest.learnerId);
    expect(await learners.learnerForToken(guest.token, guest.expiresAt)).toBeUndefined();
    expect(await learners.learnerForToken(guest.token, new Date(guest.expiresAt.getTime() + 1))).toBeUndefined();
  });

  it('an unknown token is asked again each time (another instance may create its session), and a malformed one never', async () => {
    const { prisma, reads } = fakePrisma([]);
    const learners = new LearnerRepository(prisma);
    const now = new Date('2026-11-27T10:00:00Z');
    expect(await learners.learnerForToken('x'.repeat(43), now)).toBeUndefined();
    expect(await learners.learnerForToken('x'.repeat(43), now)).toBeUndefined();
    expect(await learners.learnerForToken('not a token!', now)).toBeUndefined();
    expect(reads.count).toBe(2);
  });
});
