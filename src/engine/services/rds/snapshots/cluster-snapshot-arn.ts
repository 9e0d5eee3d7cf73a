import { rdsArn } from '../identifiers';

export function clusterSnapshotArn(region: string, accountId: string, identifier: string): string {
  return rdsArn(region, accountId, 'cluster-snapshot', identifier);
}
