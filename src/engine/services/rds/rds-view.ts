import type { OperationContext } from '../../sandbox/operation-context';
import type { RdsRegionState } from './rds-state';
import type { Ec2RegionState } from '../ec2/ec2-state';
import type { KmsRegionState } from '../kms/kms-state';

/** What rendering an RDS resource needs to know about its surroundings. */
export interface RdsView {
  readonly region: string;
  readonly accountId: string;
  readonly seed: string;
  readonly now: Date;
  readonly rds: RdsRegionState;
  readonly ec2: Ec2RegionState;
  /** The Region's KMS, to tell whether an encrypted resource's key is still usable. */
  readonly kms: KmsRegionState;
}

type ContextLike = Pick<OperationContext, 'region' | 'accountId' | 'now' | 'state' | 'regionState'>;

export function rdsViewOf(ctx: ContextLike): RdsView {
  return {
    region: ctx.region,
    accountId: ctx.accountId,
    seed: ctx.state.identity.seed,
    now: ctx.now,
    rds: ctx.regionState.rds,
    ec2: ctx.regionState.ec2,
    kms: ctx.regionState.kms,
  };
}
