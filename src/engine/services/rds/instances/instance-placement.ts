import type { DeterministicIds } from '../../../sandbox/deterministic-ids';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { activeMembersOf } from '../clusters/cluster-members';
import { invalidParameterCombination } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import { type DbSubnetGroupRecord, subnetGroupAvailabilityZones } from '../subnet-groups/db-subnet-group-record';

/** Checks a requested AZ against the cluster's subnet group; returns it, or null to choose later. */
export function checkRequestedZone(requested: string | undefined, subnetGroup: DbSubnetGroupRecord): string | null {
  if (requested === undefined) return null;
  const covered = subnetGroupAvailabilityZones(subnetGroup);
  if (!covered.includes(requested)) {
    throw invalidParameterCombination(
      `Availability Zone ${requested} is not covered by DB subnet group ${subnetGroup.name}, which covers [${covered.join(', ')}].`,
    );
  }
  return requested;
}

/**
 * Where a new instance goes. As AWS documents for `AvailabilityZones`: the first three instances
 * each get a different one of the cluster's AZs, later ones a random one of them.
 */
export function chooseInstanceZone(rds: RdsRegionState, cluster: DbClusterRecord, subnetGroup: DbSubnetGroupRecord, ids: DeterministicIds): string {
  const zones = cluster.availabilityZones.length > 0 ? cluster.availabilityZones : subnetGroupAvailabilityZones(subnetGroup);
  const used = new Set(activeMembersOf(rds, cluster.identifier).map((instance) => instance.availabilityZone));
  const unused = zones.find((zone) => !used.has(zone));
  return unused ?? zones[parseInt(ids.hex(8), 16) % zones.length];
}
