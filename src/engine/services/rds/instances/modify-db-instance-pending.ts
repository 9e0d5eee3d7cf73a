import type { PendingModifiedValues } from '@aws-sdk/client-rds';

/**
 * What a ModifyDBInstance without `ApplyImmediately` left for the instance's next maintenance window.
 * For an Aurora DB instance only the DB instance class waits (UG/Aurora.Modifying.html, "DB instance
 * class": "If you don't choose to apply the change immediately, it occurs during the next maintenance
 * window"); the other Aurora instance settings apply at once.
 */
export interface InstancePendingModificationsRecord {
  instanceClass?: string;
}

export function renderInstancePendingModifications(pending: InstancePendingModificationsRecord | undefined): PendingModifiedValues {
  return pending?.instanceClass === undefined ? {} : { DBInstanceClass: pending.instanceClass };
}
