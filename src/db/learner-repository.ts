import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from './generated/client';

export const SESSION_LIFETIME_MS = 90 * 86_400_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Learners and their browser sessions. The cookie carries a random token; only its hash is stored. */
export class LearnerRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates a guest learner with a session; returns the learner id and the cookie token. */
  async createGuest(now: Date): Promise<{ learnerId: string; token: string; expiresAt: Date }> {
    const learnerId = 'lrn-' + randomBytes(10).toString('hex');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.prisma.learner.create({
      data: { id: learnerId, kind: 'guest', sessions: { create: { tokenHash: hashToken(token), expiresAt } } },
    });
    return { learnerId, token, expiresAt };
  }

  /** The learner a session token belongs to, if the session is live. */
  async learnerForToken(token: string, now: Date): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const session = await this.prisma.session.findUnique({ where: { tokenHash: hashToken(token) } });
    return session && session.expiresAt > now ? session.learnerId : undefined;
  }
}
