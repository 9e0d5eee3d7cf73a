import type { RebootDBInstanceMessage, RebootDBInstanceResult } from '@aws-sdk/client-rds';
import { defineOperation, type TransitionHandler } from '../../../sandbox/service-handlers';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { INSTANCE_REBOOT_MS } from '../lifecycle-durations';
import { applyPendingParameterReboot } from '../parameter-groups/pending-parameter-reboot';
import { invalidDbInstanceState, invalidParameterCombination } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { findInstance } from './find-instance';
import { nextInstanceToken, scheduledInstanceOf } from './modify-db-instance-transitions';
import { renderDbInstance } from './render-db-instance';
import { instanceEventSource } from '../events/event-sources';

export const INSTANCE_REBOOT_TRANSITIONS = { rebooted: 'rds.instance.rebooted' } as const;

/**
 * RebootDBInstance: `available` -> `rebooting` -> `available` with RDS-EVENT-0006; parameter changes
 * waiting for a reboot are applied. `ForceFailover` is for RDS Multi-AZ DB instances, not Aurora
 * (use FailoverDBCluster), and is refused.
 */
export const rebootDbInstance = defineOperation<RebootDBInstanceMessage, RebootDBInstanceResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const instance = findInstance(rds, input.DBInstanceIdentifier ?? '');
  if (instance.status !== 'available') {
    throw invalidDbInstanceState('Instance cannot currently reboot due to an in-progress management operation.');
  }
  if (input.ForceFailover === true) {
    throw invalidParameterCombination('ForceFailover is not supported for Aurora DB instances. To fail over an Aurora DB cluster, use FailoverDBCluster.');
  }
  instance.status = 'rebooting';
  ctx.schedule(INSTANCE_REBOOT_MS, INSTANCE_REBOOT_TRANSITIONS.rebooted, {
    identifier: instance.identifier,
    resourceId: instance.resourceId,
    token: nextInstanceToken(instance),
  });
  return { DBInstance: renderDbInstance(rdsViewOf(ctx), instance) };
});

const rebooted: TransitionHandler = (ctx, payload) => {
  const instance = scheduledInstanceOf(ctx, payload);
  if (!instance || instance.status !== 'rebooting') return;
  const { rds } = ctx.regionState;
  instance.status = 'available';
  applyPendingParameterReboot(rds, instance);
  const source = instanceEventSource(ctx.region, ctx.accountId, instance.identifier);
  recordEvent(rds, ctx.now, source, RDS_EVENTS.instanceRestarted);
};

export const instanceRebootTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [INSTANCE_REBOOT_TRANSITIONS.rebooted]: rebooted,
};
