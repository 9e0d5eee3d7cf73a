import type { DeleteGlobalClusterMessage, DeleteGlobalClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination } from '../rds-errors';
import { findGlobalCluster, liveMembers } from './find-global-cluster';
import { invalidGlobalClusterState } from './global-cluster-errors';
import { globalClusterArn } from './global-cluster-identifier';
import { GLOBAL_DELETE_MS } from './global-durations';
import { GLOBAL_TRANSITIONS } from './global-transition-kinds';
import { renderGlobalCluster } from './render-global-cluster';

/** DeleteGlobalCluster: only an empty, unprotected global cluster; it is `deleting`, then gone. */
export const deleteGlobalCluster = defineOperation<DeleteGlobalClusterMessage, DeleteGlobalClusterResult>((ctx, input) => {
  const { record: global } = findGlobalCluster(ctx.state, input.GlobalClusterIdentifier ?? '');
  if (global.status === 'deleting') {
    throw invalidGlobalClusterState(`Global Cluster ${globalClusterArn(ctx.accountId, global.identifier)} is already being deleted.`);
  }
  if (global.deletionProtection) {
    throw invalidParameterCombination('Cannot delete protected Global Cluster, please disable deletion protection and try again.');
  }
  if (liveMembers(ctx.state, global).length > 0) {
    throw invalidGlobalClusterState(`Global Cluster ${globalClusterArn(ctx.accountId, global.identifier)} is not empty`);
  }
  global.status = 'deleting';
  global.members = [];
  ctx.schedule(GLOBAL_DELETE_MS, GLOBAL_TRANSITIONS.deleted, { identifier: global.identifier, resourceId: global.resourceId });
  return { GlobalCluster: renderGlobalCluster(ctx.state, ctx.accountId, global) };
});
