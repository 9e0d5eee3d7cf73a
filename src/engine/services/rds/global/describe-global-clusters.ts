import type { DescribeGlobalClustersMessage, GlobalClustersMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { compileRdsFilters, type RdsFilterFields } from '../rds-filters';
import { checkRecordsRequest, pageOf } from '../rds-pagination';
import type { SandboxState } from '../../../sandbox/sandbox-state';
import { allGlobalClusters, findGlobalCluster, liveMembers } from './find-global-cluster';
import type { GlobalClusterRecord } from './global-cluster-record';
import { renderGlobalCluster } from './render-global-cluster';

/** The only filter AWS supports: `region`, any global cluster with a member there. */
function globalClusterFilters(state: SandboxState): RdsFilterFields<GlobalClusterRecord> {
  return {
    region: { values: (global) => liveMembers(state, global).map((member) => member.region) },
  };
}

const identifierOf = (global: GlobalClusterRecord) => global.identifier;

/** DescribeGlobalClusters: account-wide, the same from every region. */
export const describeGlobalClusters = defineOperation<DescribeGlobalClustersMessage, GlobalClustersMessage>((ctx, input) => {
  const matches = compileRdsFilters(input.Filters, () => globalClusterFilters(ctx.state));
  checkRecordsRequest(input);
  const listed =
    input.GlobalClusterIdentifier !== undefined
      ? [findGlobalCluster(ctx.state, input.GlobalClusterIdentifier).record].filter(matches)
      : allGlobalClusters(ctx.state).filter(matches);
  const { page, marker } = pageOf(listed, identifierOf, input);
  return { GlobalClusters: page.map((global) => renderGlobalCluster(ctx.state, ctx.accountId, global)), Marker: marker };
});
