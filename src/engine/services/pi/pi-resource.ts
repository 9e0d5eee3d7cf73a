import type { OperationContext } from '../../sandbox/operation-context';
import { ClusterTimeline } from '../monitoring/metrics/cluster-timeline';
import type { DbInstanceRecord } from '../rds/instances/db-instance-record';
import { notAuthorized } from './pi-errors';

/** The instance a Performance Insights request names, with its cluster's history. */
export interface PiResource {
  readonly instance: DbInstanceRecord;
  readonly timeline: ClusterTimeline;
}

/**
 * Performance Insights identifies an RDS data source by its DbiResourceId (`db-...`), not its
 * name. Anything else — a name, a cluster, another Region's instance, an instance with
 * Performance Insights off — is NotAuthorizedException, as AWS answers.
 */
export function piResourceOf(ctx: OperationContext, serviceType: string, identifier: string): PiResource {
  const { rds, monitoring } = ctx.regionState;
  const instance = serviceType === 'RDS' ? Object.values(rds.instances).find((i) => i.resourceId === identifier) : undefined;
  const cluster = instance ? rds.clusters[instance.clusterIdentifier] : undefined;
  if (!instance || !cluster || !instance.performanceInsightsEnabled) throw notAuthorized(serviceType, identifier);
  return { instance, timeline: new ClusterTimeline(rds, monitoring, cluster) };
}
