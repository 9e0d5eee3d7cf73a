import { createEc2RegionState } from '../services/ec2/ec2-state';
import { createKmsRegionState } from '../services/kms/kms-state';
import { createCloudWatchRegionState } from '../services/monitoring/monitoring-state';
import { createRdsRegionState } from '../services/rds/rds-state';
import { createSecretsManagerRegionState } from '../services/secretsmanager/secretsmanager-state';
import type { DeterministicIds } from './deterministic-ids';
import type { SandboxIdentity } from './sandbox-identity';
import type { RegionState } from './sandbox-state';

/** A region as a sandbox first sees it: the default VPC and its subnets, no databases. */
export function createRegionState(identity: SandboxIdentity, region: string, ids: DeterministicIds): RegionState {
  return {
    ec2: createEc2RegionState(identity, region, ids),
    rds: createRdsRegionState(),
    kms: createKmsRegionState(),
    secretsmanager: createSecretsManagerRegionState(),
    monitoring: createCloudWatchRegionState(),
  };
}
