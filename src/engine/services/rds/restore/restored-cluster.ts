import type { Tag } from '@aws-sdk/client-rds';
import { ownEntry } from '../../shared/own-entry';
import { findEngineVersion } from '../catalog/engine-versions';
import { resolveClusterNetwork } from '../clusters/cluster-network';
import { checkBacktrackWindow, checkLogExports, checkPort } from '../clusters/cluster-settings';
import { CLUSTER_TRANSITIONS } from '../clusters/cluster-transitions';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { checkIdentifier } from '../identifiers';
import { keyScopeOf, resolveKmsKeyArn, recordKmsKeyUse } from '../kms-keys';
import { resolveClusterParameterGroup } from '../parameter-groups/default-parameter-groups';
import { dbClusterAlreadyExists, invalidParameterCombination } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { scheduleFirstAutomatedBackup } from '../snapshots/automated-backups';
import type { RdsWorkContext } from '../snapshots/snapshot-context';
import { frozenClusterSettings } from '../snapshots/take-cluster-snapshot';

/** The settings RestoreDBClusterFromSnapshot and RestoreDBClusterToPointInTime share. */
export interface RestoreRequest {
  readonly DBClusterIdentifier?: string | undefined;
  readonly DBSubnetGroupName?: string | undefined;
  readonly VpcSecurityGroupIds?: string[] | undefined;
  readonly Port?: number | undefined;
  readonly KmsKeyId?: string | undefined;
  readonly EnableIAMDatabaseAuthentication?: boolean | undefined;
  readonly BacktrackWindow?: number | undefined;
  readonly EnableCloudwatchLogsExports?: string[] | undefined;
  readonly DBClusterParameterGroupName?: string | undefined;
  readonly DeletionProtection?: boolean | undefined;
  readonly CopyTagsToSnapshot?: boolean | undefined;
  readonly Tags?: Tag[] | undefined;
}

export interface PreparedRestore {
  /** Stores the new cluster as `creating`, schedules it to become available in `delayMs`, and returns it. */
  commit(delayMs: number, extra?: Partial<DbClusterRecord>): DbClusterRecord;
}

/**
 * Checks a restore's request against the source (a snapshot's frozen cluster or a live cluster)
 * and returns how to create it. The new cluster keeps the source's engine, version, mode,
 * credentials and storage; encryption is inherited (same key unless `KmsKeyId` names another), and
 * an unencrypted source comes back encrypted when `KmsKeyId` is given — AWS's way to encrypt an
 * existing cluster (UG/Overview.Encryption.html). No instances come with it.
 */
export function prepareRestore(ctx: RdsWorkContext, source: DbClusterRecord, request: RestoreRequest, engineVersion = source.engineVersion): PreparedRestore {
  const { rds, ec2 } = ctx.regionState;
  const identifier = checkIdentifier('DBClusterIdentifier', request.DBClusterIdentifier ?? '');
  if (ownEntry(rds.clusters, identifier)) throw dbClusterAlreadyExists();
  const version = findEngineVersion(source.engine, engineVersion);
  if (!version) throw invalidParameterCombination(`Cannot find version ${engineVersion} for ${source.engine}`);
  const port = request.Port === undefined ? source.port : checkPort(source.engine, request.Port);
  const network = resolveClusterNetwork(rds, ec2, { DBSubnetGroupName: request.DBSubnetGroupName, VpcSecurityGroupIds: request.VpcSecurityGroupIds });
  const parameterGroup =
    request.DBClusterParameterGroupName === undefined && version.version === source.engineVersion
      ? source.dbClusterParameterGroupName
      : resolveClusterParameterGroup(request.DBClusterParameterGroupName, version, rds);
  const logExports = checkLogExports(version, request.EnableCloudwatchLogsExports);
  const backtrackWindow = checkBacktrackWindow(version, request.BacktrackWindow);
  const kmsKeyId =
    request.KmsKeyId !== undefined ? resolveKmsKeyArn(request.KmsKeyId, keyScopeOf(ctx)) : source.kmsKeyId;

  return {
    commit(delayMs, extra = {}) {
      recordKmsKeyUse(keyScopeOf(ctx), ctx.now, kmsKeyId);
      const cluster: DbClusterRecord = {
        ...frozenClusterSettings(source),
        identifier,
        resourceId: `cluster-${ctx.ids.upperAlnum(26)}`,
        engineVersion: version.version,
        status: 'creating',
        createdAt: ctx.now.getTime(),
        availableAt: null,
        masterUserSecret: null,
        port,
        dbSubnetGroupName: network.subnetGroup.name,
        vpcSecurityGroupIds: network.vpcSecurityGroupIds,
        availabilityZones: network.availabilityZones,
        dbClusterParameterGroupName: parameterGroup,
        storageEncrypted: kmsKeyId !== null,
        kmsKeyId,
        deletionProtection: request.DeletionProtection === true,
        copyTagsToSnapshot: request.CopyTagsToSnapshot === true,
        iamDatabaseAuthenticationEnabled: request.EnableIAMDatabaseAuthentication === true,
        enabledCloudwatchLogsExports: logExports,
        backtrackWindow,
        httpEndpointEnabled: false,
        writerIdentifier: null,
        tags: tagRecords(request.Tags),
        ...extra,
      };
      if (network.subnetGroupIsNew) rds.subnetGroups[network.subnetGroup.name] = network.subnetGroup;
      rds.clusters[identifier] = cluster;
      ctx.schedule(delayMs, CLUSTER_TRANSITIONS.available, { identifier, resourceId: cluster.resourceId });
      scheduleFirstAutomatedBackup(ctx, cluster, delayMs);
      return cluster;
    },
  };
}
