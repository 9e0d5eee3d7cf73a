import type { SwitchoverGlobalClusterMessage, SwitchoverGlobalClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { renderGlobalCluster } from './render-global-cluster';
import { startGlobalRoleChange } from './start-global-role-change';

/** SwitchoverGlobalCluster: a planned role change without data loss (all members healthy). */
export const switchoverGlobalCluster = defineOperation<SwitchoverGlobalClusterMessage, SwitchoverGlobalClusterResult>((ctx, input) => {
  const global = startGlobalRoleChange(ctx, input.GlobalClusterIdentifier ?? '', input.TargetDbClusterIdentifier ?? '', false);
  return { GlobalCluster: renderGlobalCluster(ctx.state, ctx.accountId, global) };
});
