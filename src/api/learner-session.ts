import { SESSION_LIFETIME_MS } from '../db/learner-repository';
import type { AppServices } from '../server/app-services';
import { ApiError } from './api-error';

export const SESSION_COOKIE = 'aurora_session';

function sessionToken(request: Request): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The signed-in (or guest) learner behind a request, if any. */
export async function currentLearner(services: AppServices, request: Request): Promise<string | undefined> {
  const token = sessionToken(request);
  return token ? services.learners.learnerForToken(token, new Date()) : undefined;
}

/** Like `currentLearner`, or a 404: a sandbox route never reveals whether a sandbox exists. */
export async function requireLearner(services: AppServices, request: Request): Promise<string> {
  const learnerId = await currentLearner(services, request);
  if (!learnerId) throw new ApiError(404, 'SandboxNotFound', 'No sandbox for this session. Open the lab again to start one.');
  return learnerId;
}

/** The current learner, creating a guest (and its cookie) when there is none and guests are allowed. */
export async function learnerOrGuest(services: AppServices, request: Request): Promise<{ learnerId: string; setCookie?: string }> {
  const existing = await currentLearner(services, request);
  if (existing) return { learnerId: existing };
  if (!services.guestsEnabled) throw new ApiError(401, 'SignInRequired', 'Sign in to start a sandbox.');
  const guest = await services.learners.createGuest(new Date());
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  const setCookie = `${SESSION_COOKIE}=${guest.token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor(SESSION_LIFETIME_MS / 1000)}${secure}`;
  return { learnerId: guest.learnerId, setCookie };
}
