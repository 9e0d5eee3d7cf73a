import type { RdsTagRecord } from '../rds-tag';

/** A value a learner set in a custom parameter group (`Source: user`). */
export interface ParameterOverrideRecord {
  readonly value: string;
  readonly applyMethod: 'immediate' | 'pending-reboot';
}

/**
 * A custom DB cluster parameter group or DB parameter group. The `default.<family>` groups are not
 * stored: they always exist and always hold the engine defaults.
 */
export interface ParameterGroupRecord {
  /** Lowercase, as RDS stores it. */
  readonly name: string;
  readonly family: string;
  readonly description: string;
  /** Overrides by parameter name; every other parameter has its engine default. */
  readonly overrides: Record<string, ParameterOverrideRecord>;
  readonly tags: RdsTagRecord[];
}

/** Which of an instance's parameter groups wait for a reboot to apply a change. */
export interface PendingParameterReboot {
  cluster: boolean;
  instance: boolean;
}
