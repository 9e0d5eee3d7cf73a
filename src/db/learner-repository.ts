import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from './generated/client';

export const SESSION_LIFETIME_MS = 90 * 86_400_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** How many live sessions `learnerForToken` remembers (each is a few dozen bytes). */
const REMEMBERED_SESSIONS = 10_000;

interface LiveSession {
  readonly learnerId: string;
  readonly expiresAt: Date;
}

/** Learners and their browser sessions. The cookie carries a random token; only its hash is stored. */
export class LearnerRepository {
  /**
   * Sessions found live, by token hash: a session never changes once created (there is no sign-out),
   * so every API request after the first skips the database. Unknown tokens are not remembered, as
   * another instance may create the session at any time.
   */
  private readonly liveSessions = new Map<string, LiveSession>();

  constructor(private readonly prisma: Pick<PrismaClient, 'learner' | 'session'>) {}

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
    const tokenHash = hashToken(token);
    const session = this.liveSessions.get(tokenHash) ?? (await this.prisma.session.findUnique({ where: { tokenHash } }));
    if (!session || session.expiresAt <= now) {
      this.liveSessions.delete(tokenHash);
      return undefined;
    }
    if (!this.liveSessions.has(tokenHash)) {
      if (this.liveSessions.size >= REMEMBERED_SESSIONS) this.liveSessions.delete(this.liveSessions.keys().next().value as string);
      this.liveSessions.set(tokenHash, { learnerId: session.learnerId, expiresAt: session.expiresAt });
    }
    return session.learnerId;
  }
}
