import type { OperationContext } from '../../sandbox/operation-context';
import type { TransitionHandler } from '../../sandbox/service-handlers';
import { ownEntry } from '../shared/own-entry';
import type { SecretRecord } from './secret-record';

const DAY_MS = 24 * 60 * 60 * 1000;

export const SECRET_TRANSITIONS = {
  purged: 'secretsmanager.secret.purged',
} as const;

/** Schedules a secret's permanent deletion `days` from now; returns when that will be. */
export function scheduleSecretDeletion(ctx: OperationContext, secret: SecretRecord, days: number): number {
  const at = ctx.now.getTime();
  const due = at + days * DAY_MS;
  secret.deletedAt = at;
  secret.deletionDueAt = due;
  ctx.schedule(days * DAY_MS, SECRET_TRANSITIONS.purged, { name: secret.name, arn: secret.arn, due });
  return due;
}

/** At the end of its recovery window the secret goes, unless it was restored (or replaced) meanwhile. */
const secretPurged: TransitionHandler = (ctx, payload) => {
  const { secrets } = ctx.regionState.secretsmanager;
  const secret = ownEntry(secrets, String(payload.name));
  if (!secret || secret.arn !== payload.arn || secret.deletionDueAt !== payload.due) return;
  delete secrets[secret.name];
};

export const secretTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [SECRET_TRANSITIONS.purged]: secretPurged,
};
