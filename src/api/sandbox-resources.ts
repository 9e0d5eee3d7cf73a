import type { AppServices } from '../server/app-services';
import type { SandboxRecord } from '../db/sandbox-record';
import type { DBCluster, DBInstance, DBSubnetGroup } from '@aws-sdk/client-rds';

export interface ResourcesView {
  readonly now: string;
  readonly clusters: ReadonlyArray<{
    id: string;
    status: string;
    engine: string;
    engineVersion: string;
    endpoint: string | null;
    readerEndpoint: string | null;
    members: ReadonlyArray<{ instanceId: string; isWriter: boolean }>;
  }>;
  readonly instances: ReadonlyArray<{
    id: string;
    status: string;
    instanceClass: string;
    clusterId: string | null;
    availabilityZone: string | null;
    isWriter: boolean;
  }>;
  readonly subnetGroups: ReadonlyArray<{ name: string; vpcId: string; subnetIds: string[] }>;
}

/** The resource panel's view, read through the sandbox's own Describe* API (never its internals). */
export async function sandboxResources(services: AppServices, sandbox: SandboxRecord): Promise<ResourcesView> {
  const read = (operation: string) => services.sandboxes.read(sandbox.id, { service: 'rds', operation, region: sandbox.region, input: {} });
  const [clusters, instances, subnetGroups, now] = await Promise.all([
    read('DescribeDBClusters'),
    read('DescribeDBInstances'),
    read('DescribeDBSubnetGroups'),
    services.sandboxes.now(sandbox.id),
  ]);
  const clusterList = (clusters.DBClusters ?? []) as DBCluster[];
  const writerIds = new Set(clusterList.flatMap((c) => (c.DBClusterMembers ?? []).filter((m) => m.IsClusterWriter).map((m) => m.DBInstanceIdentifier)));
  return {
    now: new Date(now).toISOString(),
    clusters: clusterList.map((c) => ({
      id: c.DBClusterIdentifier ?? '',
      status: c.Status ?? '',
      engine: c.Engine ?? '',
      engineVersion: c.EngineVersion ?? '',
      endpoint: c.Endpoint ?? null,
      readerEndpoint: c.ReaderEndpoint ?? null,
      members: (c.DBClusterMembers ?? []).map((m) => ({ instanceId: m.DBInstanceIdentifier ?? '', isWriter: m.IsClusterWriter ?? false })),
    })),
    instances: ((instances.DBInstances ?? []) as DBInstance[]).map((i) => ({
      id: i.DBInstanceIdentifier ?? '',
      status: i.DBInstanceStatus ?? '',
      instanceClass: i.DBInstanceClass ?? '',
      clusterId: i.DBClusterIdentifier ?? null,
      availabilityZone: i.AvailabilityZone ?? null,
      isWriter: writerIds.has(i.DBInstanceIdentifier),
    })),
    subnetGroups: ((subnetGroups.DBSubnetGroups ?? []) as DBSubnetGroup[]).map((g) => ({
      name: g.DBSubnetGroupName ?? '',
      vpcId: g.VpcId ?? '',
      subnetIds: (g.Subnets ?? []).map((s) => s.SubnetIdentifier ?? ''),
    })),
  };
}
