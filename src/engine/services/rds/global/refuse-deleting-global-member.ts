import type { SandboxState } from '../../../sandbox/sandbox-state';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { invalidDbClusterState } from '../rds-errors';
import { globalMembershipOf, liveMembers } from './find-global-cluster';
import { invalidGlobalClusterState } from './global-cluster-errors';

/**
 * DeleteDBCluster refuses a cluster still attached to a global database: a primary with other
 * members with InvalidGlobalClusterStateFault, any other member with InvalidDBClusterStateFault
 * (AWS's texts: GH hashicorp/terraform-provider-aws#26236 and #8171).
 */
export function refuseDeletingGlobalMember(state: SandboxState, region: string, cluster: DbClusterRecord): void {
  const membership = globalMembershipOf(state, region, cluster);
  if (!membership) return;
  if (membership.member.isWriter && liveMembers(state, membership.global).length > 1) {
    throw invalidGlobalClusterState('Unable to delete cluster that is a primary member of global cluster while there are other global cluster members');
  }
  throw invalidDbClusterState('This cluster is a part of a global cluster, please remove it from globalcluster first');
}
