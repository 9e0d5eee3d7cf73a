import type { FailoverStatus, GlobalCluster, GlobalClusterMember } from '@aws-sdk/client-rds';
import type { SandboxState } from '../../../sandbox/sandbox-state';
import { renderRdsTags } from '../rds-tag';
import { liveMembers, memberArn } from './find-global-cluster';
import { globalClusterArn } from './global-cluster-identifier';
import type { GlobalClusterRecord } from './global-cluster-record';

/**
 * A global cluster as AWS shows it: the primary lists the secondaries as its `Readers`; secondaries
 * show their write-forwarding and synchronization status.
 */
export function renderGlobalCluster(state: SandboxState, accountId: string, global: GlobalClusterRecord): GlobalCluster {
  const members = liveMembers(state, global);
  const secondaryArns = members.filter((m) => !m.isWriter).map((m) => memberArn(accountId, m));
  const failover = global.failover;
  return {
    GlobalClusterIdentifier: global.identifier,
    GlobalClusterResourceId: global.resourceId,
    GlobalClusterArn: globalClusterArn(accountId, global.identifier),
    Status: global.status,
    Engine: global.engine,
    EngineVersion: global.engineVersion,
    EngineLifecycleSupport: global.engineLifecycleSupport,
    DatabaseName: global.databaseName ?? undefined,
    StorageEncrypted: global.storageEncrypted,
    StorageEncryptionType: global.storageEncrypted ? 'sse-kms' : undefined,
    DeletionProtection: global.deletionProtection,
    GlobalClusterMembers: members.map(
      (member): GlobalClusterMember => ({
        DBClusterArn: memberArn(accountId, member),
        Readers: member.isWriter ? secondaryArns : [],
        IsWriter: member.isWriter,
        GlobalWriteForwardingStatus: 'disabled',
        SynchronizationStatus: member.isWriter ? undefined : 'connected',
      }),
    ),
    Endpoint: `${global.identifier}.global-${global.endpointSuffix}.global.rds.amazonaws.com`,
    FailoverState: failover
      ? {
          Status: failover.status as FailoverStatus,
          FromDbClusterArn: memberArn(accountId, { region: failover.fromRegion, clusterIdentifier: failover.fromClusterIdentifier }),
          ToDbClusterArn: memberArn(accountId, { region: failover.toRegion, clusterIdentifier: failover.toClusterIdentifier }),
          IsDataLossAllowed: failover.isDataLossAllowed,
        }
      : undefined,
    TagList: renderRdsTags(global.tags),
  };
}
