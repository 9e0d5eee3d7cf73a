import type { RebootDBClusterMessage, RebootDBClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination } from '../rds-errors';
import { findCluster } from './find-cluster';

/**
 * RebootDBCluster is for non-Aurora Multi-AZ DB clusters only (API reference: "Use this operation
 * only for a non-Aurora Multi-AZ DB cluster"). Every cluster here is Aurora, so it is refused after
 * the cluster is found; an Aurora cluster is rebooted one DB instance at a time (RebootDBInstance).
 */
export const rebootDbCluster = defineOperation<RebootDBClusterMessage, RebootDBClusterResult>((ctx, input) => {
  const cluster = findCluster(ctx.regionState.rds, input.DBClusterIdentifier ?? '');
  throw invalidParameterCombination(
    `RebootDBCluster is only supported for Multi-AZ DB clusters. To reboot Aurora DB cluster ${cluster.identifier}, reboot its DB instances with RebootDBInstance.`,
  );
});
