import type { OperationContext } from '../../../sandbox/operation-context';

/** What snapshot, restore and backtrack helpers need: met by operation and transition contexts alike. */
export type RdsWorkContext = Pick<OperationContext, 'region' | 'accountId' | 'now' | 'regionState' | 'schedule' | 'state' | 'ids'>;
