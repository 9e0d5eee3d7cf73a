import type { FailoverGlobalClusterMessage, FailoverGlobalClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination } from '../rds-errors';
import { renderGlobalCluster } from './render-global-cluster';
import { startGlobalRoleChange } from './start-global-role-change';

/**
 * FailoverGlobalCluster: with `AllowDataLoss` a failover (the target is promoted even if the primary
 * is down); without it, as the current model documents, a switchover. Not both flags.
 */
export const failoverGlobalCluster = defineOperation<FailoverGlobalClusterMessage, FailoverGlobalClusterResult>((ctx, input) => {
  if (input.AllowDataLoss === true && input.Switchover === true) {
    throw invalidParameterCombination('Cannot specify both AllowDataLoss and Switchover.');
  }
  const dataLoss = input.AllowDataLoss === true;
  const global = startGlobalRoleChange(ctx, input.GlobalClusterIdentifier ?? '', input.TargetDbClusterIdentifier ?? '', dataLoss);
  return { GlobalCluster: renderGlobalCluster(ctx.state, ctx.accountId, global) };
});
