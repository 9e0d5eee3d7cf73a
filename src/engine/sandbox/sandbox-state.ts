import type { Ec2RegionState } from '../services/ec2/ec2-state';
import type { IamState } from '../services/iam/iam-state';
import type { KmsRegionState } from '../services/kms/kms-state';
import type { CloudWatchRegionState } from '../services/monitoring/monitoring-state';
import type { RdsRegionState } from '../services/rds/rds-state';
import type { SecretsManagerRegionState } from '../services/secretsmanager/secretsmanager-state';
import type { SandboxIdentity } from './sandbox-identity';
import type { ScheduledTransition } from './scheduled-transition';

/** One region's resources, per service. */
export interface RegionState {
  readonly rds: RdsRegionState;
  readonly ec2: Ec2RegionState;
  readonly kms: KmsRegionState;
  readonly secretsmanager: SecretsManagerRegionState;
  readonly monitoring: CloudWatchRegionState;
}

/**
 * Everything a sandbox holds. Only ever built by folding the action log (`SandboxEngine`); never
 * persisted itself. Handlers mutate it in place, and must throw before they mutate anything.
 */
export interface SandboxState {
  readonly identity: SandboxIdentity;
  /** The virtual time the state has been advanced to (epoch ms). */
  now: number;
  /** Total virtual time added by fast-forwards and waiters (ms). */
  clockOffsetMs: number;
  /** Feeds `DeterministicIds`. */
  readonly idCounter: { value: number };
  /** Order counter for `ScheduledTransition.order`. */
  scheduleCounter: number;
  /** Pending lifecycle transitions, kept sorted by (at, order). */
  scheduled: ScheduledTransition[];
  /** Global services' resources (IAM is not regional). */
  readonly iam: IamState;
  /** Regions touched so far; created on first use, each with its default VPC. */
  readonly regions: Record<string, RegionState>;
}
