import { rdsArn } from '../identifiers';
import type { EventSource } from './record-event';

/** The source of an event about a DB cluster. */
export function clusterEventSource(region: string, accountId: string, identifier: string): EventSource {
  return { sourceType: 'db-cluster', sourceIdentifier: identifier, sourceArn: rdsArn(region, accountId, 'cluster', identifier) };
}

/** The source of an event about a DB instance. */
export function instanceEventSource(region: string, accountId: string, identifier: string): EventSource {
  return { sourceType: 'db-instance', sourceIdentifier: identifier, sourceArn: rdsArn(region, accountId, 'db', identifier) };
}
