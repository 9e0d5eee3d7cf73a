import type { CreateDBClusterMessage, CreateDBClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { checkAuroraEngine } from '../engine-names';
import { checkIdentifier } from '../identifiers';
import { CLUSTER_CREATE_MS } from '../lifecycle-durations';
import { chooseWindows, checkWindows } from '../maintenance-windows';
import { checkMasterCredentials } from '../master-credentials';
import { resolveClusterParameterGroup } from '../parameter-groups/default-parameter-groups';
import { httpEndpointAllowedFor, httpEndpointNotSupportedMessage } from '../data-api/http-endpoint-support';
import { dbClusterAlreadyExists, invalidParameterCombination } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { rdsViewOf } from '../rds-view';
import { keyScopeOf, recordKmsKeyUse } from '../kms-keys';
import { resolveClusterNetwork } from './cluster-network';
import {
  checkBacktrackWindow,
  checkBackupRetentionPeriod,
  checkDatabaseName,
  checkEngineLifecycleSupport,
  checkLogExports,
  checkNetworkType,
  checkPort,
} from './cluster-settings';
import { scheduleFirstAutomatedBackup } from '../snapshots/automated-backups';
import { resolveClusterStorage } from './cluster-storage';
import { CLUSTER_TRANSITIONS } from './cluster-transitions';
import type { DbClusterRecord } from './db-cluster-record';
import { createMasterUserSecret, resolveSecretKmsKey } from './master-user-secret';
import { checkGlobalJoin, joinGlobalCluster } from '../global/join-global-cluster';
import { renderDbCluster } from './render-db-cluster';
import { resolveClusterEngine } from './resolve-cluster-engine';
import { checkServerlessV1Scaling, checkServerlessV2Scaling } from './serverless-scaling';
import { checkClusterQuota } from './cluster-quota';
import { checkV1AutoPauseSeconds } from './cluster-modification-checks';
import { scheduleServerlessV1IdleCheck } from './serverless-v1-activity';

/** Cluster features the sandbox does not have yet: refused clearly rather than ignored. */
function refuseUnsupported(input: CreateDBClusterMessage): void {
  if (input.ReplicationSourceIdentifier !== undefined) {
    throw invalidParameterCombination('Cross-Region read replica clusters (ReplicationSourceIdentifier) are not available in this sandbox yet.');
  }
  if (input.DBClusterInstanceClass !== undefined) {
    throw invalidParameterCombination(`DBClusterInstanceClass isn't supported for DB engine ${input.Engine}.`);
  }
}

/**
 * CreateDBCluster: validates everything first, then assigns ids, stores the cluster as
 * `creating` and schedules it to become `available`.
 */
export const createDbCluster = defineOperation<CreateDBClusterMessage, CreateDBClusterResult>((ctx, input) => {
  const identifier = checkIdentifier('DBClusterIdentifier', input.DBClusterIdentifier ?? '');
  const engine = checkAuroraEngine(input.Engine ?? '');
  const { rds, ec2 } = ctx.regionState;
  if (ownEntry(rds.clusters, identifier)) throw dbClusterAlreadyExists();
  checkClusterQuota(rds);
  refuseUnsupported(input);
  const globalJoin = checkGlobalJoin(ctx, input, engine);
  const { version, mode } = resolveClusterEngine(engine, globalJoin?.engineVersion ?? input.EngineVersion, input.EngineMode);
  if (globalJoin?.role !== 'secondary') checkMasterCredentials(engine, input);
  const scope = keyScopeOf(ctx);
  const secretKmsKeyId = input.ManageMasterUserPassword === true ? resolveSecretKmsKey(input.MasterUserSecretKmsKeyId, scope) : null;
  const databaseName = checkDatabaseName(engine, input.DatabaseName);
  const port = checkPort(engine, input.Port);
  const backupRetentionPeriod = checkBackupRetentionPeriod(input.BackupRetentionPeriod);
  const windows = checkWindows(input.PreferredBackupWindow, input.PreferredMaintenanceWindow);
  const parameterGroup = resolveClusterParameterGroup(input.DBClusterParameterGroupName, version, rds);
  const network = resolveClusterNetwork(rds, ec2, input);
  const storage = resolveClusterStorage(mode, globalJoin ? { ...input, StorageEncrypted: globalJoin.storageEncrypted } : input, scope);
  const logExports = checkLogExports(version, input.EnableCloudwatchLogsExports);
  const backtrackWindow = checkBacktrackWindow(version, input.BacktrackWindow);
  const serverlessV1Scaling = checkServerlessV1Scaling(version, mode, input.ScalingConfiguration);
  checkV1AutoPauseSeconds(serverlessV1Scaling);
  const serverlessV2Scaling = checkServerlessV2Scaling(version, mode, input.ServerlessV2ScalingConfiguration);
  const engineLifecycleSupport = checkEngineLifecycleSupport(input.EngineLifecycleSupport);
  if (input.EnableHttpEndpoint === true && !httpEndpointAllowedFor(engine, version.version, mode)) {
    throw invalidParameterCombination(httpEndpointNotSupportedMessage({ engine, engineVersion: version.version, engineMode: mode }));
  }
  const networkType = checkNetworkType(input.NetworkType);

  // Accepted: from here on nothing throws.
  recordKmsKeyUse(scope, ctx.now, storage.kmsKeyId, secretKmsKeyId);
  const chosenWindows = chooseWindows(ctx.region, windows, ctx.ids);
  const cluster: DbClusterRecord = {
    identifier,
    resourceId: `cluster-${ctx.ids.upperAlnum(26)}`,
    engine,
    engineVersion: version.version,
    engineMode: mode,
    status: 'creating',
    createdAt: ctx.now.getTime(),
    availableAt: null,
    masterUsername: globalJoin?.masterUsername ?? input.MasterUsername ?? '',
    masterUserSecret: secretKmsKeyId === null
      ? null
      : createMasterUserSecret(ctx, { clusterIdentifier: identifier, masterUsername: input.MasterUsername ?? '' }, secretKmsKeyId),
    databaseName,
    port,
    dbSubnetGroupName: network.subnetGroup.name,
    vpcSecurityGroupIds: network.vpcSecurityGroupIds,
    dbClusterParameterGroupName: parameterGroup,
    availabilityZones: network.availabilityZones,
    backupRetentionPeriod,
    preferredBackupWindow: chosenWindows.backup,
    preferredMaintenanceWindow: chosenWindows.maintenance,
    storageEncrypted: storage.storageEncrypted,
    kmsKeyId: storage.kmsKeyId,
    storageType: storage.storageType,
    deletionProtection: input.DeletionProtection === true,
    copyTagsToSnapshot: input.CopyTagsToSnapshot === true,
    iamDatabaseAuthenticationEnabled: input.EnableIAMDatabaseAuthentication === true,
    enabledCloudwatchLogsExports: logExports,
    backtrackWindow,
    httpEndpointEnabled: input.EnableHttpEndpoint === true,
    serverlessV1Scaling,
    serverlessV2Scaling,
    engineLifecycleSupport,
    networkType,
    autoMinorVersionUpgrade: input.AutoMinorVersionUpgrade ?? true,
    writerIdentifier: null,
    tags: tagRecords(input.Tags),
  };
  if (network.subnetGroupIsNew) rds.subnetGroups[network.subnetGroup.name] = network.subnetGroup;
  rds.clusters[identifier] = cluster;
  if (globalJoin) joinGlobalCluster(ctx, globalJoin, cluster);
  ctx.schedule(CLUSTER_CREATE_MS, CLUSTER_TRANSITIONS.available, { identifier, resourceId: cluster.resourceId });
  // Serverless v1 with AutoPause: idle from the moment it is available (serverless-v1-activity.ts).
  if (serverlessV1Scaling) scheduleServerlessV1IdleCheck(ctx, cluster, CLUSTER_CREATE_MS + serverlessV1Scaling.secondsUntilAutoPause * 1000);
  scheduleFirstAutomatedBackup(ctx, cluster, CLUSTER_CREATE_MS);
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});
