import { ownEntry } from '../../shared/own-entry';
import { checkIdentifier } from '../identifiers';
import { dbInstanceNotFound } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import type { DbInstanceRecord } from './db-instance-record';

/** The instance a request names by identifier (checked, case-insensitive), or DBInstanceNotFound. */
export function findInstance(rds: RdsRegionState, requested: string): DbInstanceRecord {
  const instance = ownEntry(rds.instances, checkIdentifier('DBInstanceIdentifier', requested));
  if (!instance) throw dbInstanceNotFound(requested);
  return instance;
}
