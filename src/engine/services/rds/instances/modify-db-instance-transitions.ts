import type { TransitionContext } from '../../../sandbox/operation-context';
import type { OperationContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { isInsideMaintenanceWindow, nextMaintenanceWindowStart } from '../clusters/maintenance-window-schedule';
import { INSTANCE_CLASS_CHANGE_MS } from '../lifecycle-durations';
import type { DbInstanceRecord } from './db-instance-record';

export const INSTANCE_MODIFY_TRANSITIONS = {
  modified: 'rds.instance.modification-completed',
  applyPending: 'rds.instance.apply-pending-modifications',
} as const;

/** The instance a modify/reboot transition was for: found by resource id, and only if its token is current. */
export function scheduledInstanceOf(ctx: TransitionContext, payload: Readonly<Record<string, unknown>>): DbInstanceRecord | undefined {
  const instance = Object.values(ctx.regionState.rds.instances).find((i) => i.resourceId === payload.resourceId);
  if (!instance) return undefined;
  if (payload.token !== undefined && (instance.lifecycleToken ?? 0) !== payload.token) return undefined;
  return instance;
}

export function nextInstanceToken(instance: DbInstanceRecord): number {
  instance.lifecycleToken = (instance.lifecycleToken ?? 0) + 1;
  return instance.lifecycleToken;
}

export function scheduleInstanceModified(ctx: Pick<OperationContext, 'schedule'>, instance: DbInstanceRecord, delayMs: number): void {
  ctx.schedule(delayMs, INSTANCE_MODIFY_TRANSITIONS.modified, {
    identifier: instance.identifier,
    resourceId: instance.resourceId,
    token: nextInstanceToken(instance),
  });
}

export function scheduleInstanceApplyPending(ctx: Pick<OperationContext, 'schedule' | 'now'>, instance: DbInstanceRecord): void {
  const at = nextMaintenanceWindowStart(instance.preferredMaintenanceWindow, ctx.now.getTime());
  ctx.schedule(at - ctx.now.getTime(), INSTANCE_MODIFY_TRANSITIONS.applyPending, { identifier: instance.identifier, resourceId: instance.resourceId });
}

const modificationCompleted: TransitionHandler = (ctx, payload) => {
  const instance = scheduledInstanceOf(ctx, payload);
  if (!instance || !['modifying', 'rebooting'].includes(instance.status)) return;
  instance.status = 'available';
};

/** The instance's maintenance window opened: the pending class change starts (`modifying`). */
const applyPending: TransitionHandler = (ctx, payload) => {
  const instance = scheduledInstanceOf(ctx, payload);
  const pending = instance?.pendingModifications;
  if (!instance || pending?.instanceClass === undefined) return;
  if (!isInsideMaintenanceWindow(instance.preferredMaintenanceWindow, ctx.now.getTime()) || instance.status !== 'available') {
    scheduleInstanceApplyPending(ctx, instance);
    return;
  }
  instance.instanceClass = pending.instanceClass;
  instance.pendingModifications = undefined;
  instance.status = 'modifying';
  scheduleInstanceModified(ctx, instance, INSTANCE_CLASS_CHANGE_MS);
};

export const instanceModificationTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [INSTANCE_MODIFY_TRANSITIONS.modified]: modificationCompleted,
  [INSTANCE_MODIFY_TRANSITIONS.applyPending]: applyPending,
};
