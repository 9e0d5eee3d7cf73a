import type { ModifyDBClusterMessage, ModifyDBClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { findEngineVersion } from '../catalog/engine-versions';
import { httpEndpointAllowed, httpEndpointNotSupportedMessage } from '../data-api/http-endpoint-support';
import { CLUSTER_RENAME_MS, CREDENTIALS_RESET_MS, MODIFY_MS } from '../lifecycle-durations';
import { checkWindows, chooseWindows } from '../maintenance-windows';
import { checkMasterCredentials } from '../master-credentials';
import { defaultParameterGroupName, resolveClusterParameterGroup } from '../parameter-groups/default-parameter-groups';
import { dbClusterAlreadyExists, invalidDbClusterState, invalidParameterCombination } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { keyScopeOf, recordKmsKeyUse } from '../kms-keys';
import { checkBackupRetentionPeriod, checkPort } from './cluster-settings';
import {
  checkEngineUpgrade,
  checkLogExportChange,
  checkModifiedBacktrackWindow,
  checkModifiedV1Scaling,
  checkModifiedV2Scaling,
  checkNewClusterIdentifier,
  checkSecurityGroups,
  checkV1AutoPauseSeconds,
  refuseUnsupportedClusterChanges,
} from './cluster-modification-checks';
import { CLUSTER_MODIFY_TRANSITIONS, renameCluster, scheduleApplyPending } from './cluster-modification-transitions';
import type { ClusterPendingModificationsRecord } from './cluster-pending-modifications';
import type { DbClusterRecord, DbClusterStatus } from './db-cluster-record';
import { findCluster } from './find-cluster';
import { renderDbCluster } from './render-db-cluster';
import { nextClusterToken } from './scheduled-cluster-lookup';
import { noteServerlessV1Activity, scheduleServerlessV1IdleCheck } from './serverless-v1-activity';
import { checkMasterUserSecretChange, createMasterUserSecret } from './master-user-secret';
import { deleteRdsManagedSecret } from '../../secretsmanager/rds-managed-secret';

/**
 * ModifyDBCluster. Everything is checked before anything changes. With `ApplyImmediately`, or for
 * the settings Aurora always applies at once, the change is made now and the cluster goes through
 * `modifying` (`renaming`, `resetting-master-credentials`) back to `available`; otherwise
 * (IAM database authentication, rename, engine version) it waits in `PendingModifiedValues` for
 * the next maintenance window on the virtual clock.
 */
export const modifyDbCluster = defineOperation<ModifyDBClusterMessage, ModifyDBClusterResult>((ctx, input) => {
  const { rds, ec2 } = ctx.regionState;
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  if (cluster.status !== 'available') {
    throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
  }
  const version = findEngineVersion(cluster.engine, cluster.engineVersion);
  if (!version) throw invalidParameterCombination(`Cannot find version ${cluster.engineVersion} for ${cluster.engine}`);
  refuseUnsupportedClusterChanges(cluster, input);
  const now = input.ApplyImmediately === true;

  const newIdentifier = input.NewDBClusterIdentifier === undefined ? undefined : checkNewClusterIdentifier(input.NewDBClusterIdentifier);
  const renaming = newIdentifier !== undefined && newIdentifier !== cluster.identifier;
  if (renaming && ownEntry(rds.clusters, newIdentifier)) throw dbClusterAlreadyExists();
  const retention = input.BackupRetentionPeriod === undefined ? undefined : checkBackupRetentionPeriod(input.BackupRetentionPeriod);
  const windowsChanged = input.PreferredBackupWindow !== undefined || input.PreferredMaintenanceWindow !== undefined;
  const windows = windowsChanged
    ? chooseWindows(
        ctx.region,
        checkWindows(input.PreferredBackupWindow ?? cluster.preferredBackupWindow, input.PreferredMaintenanceWindow ?? cluster.preferredMaintenanceWindow),
        ctx.ids,
      )
    : undefined;
  const port = input.Port === undefined ? undefined : checkPort(cluster.engine, input.Port);
  const secretChange = checkMasterUserSecretChange(cluster.masterUserSecret !== null, input, keyScopeOf(ctx));
  if (input.MasterUserPassword !== undefined) {
    if (cluster.masterUserSecret && secretChange.kind !== 'stop') {
      throw invalidParameterCombination('You cannot specify MasterUserPassword when the master user password is managed by RDS in Secrets Manager.');
    }
    checkMasterCredentials(cluster.engine, { MasterUsername: cluster.masterUsername, MasterUserPassword: input.MasterUserPassword });
  }
  if (input.EnableIAMDatabaseAuthentication === true && cluster.engineMode === 'serverless') {
    throw invalidParameterCombination('IAM database authentication is not supported for Aurora Serverless v1 DB clusters.');
  }
  const backtrack = input.BacktrackWindow === undefined ? undefined : checkModifiedBacktrackWindow(cluster, version, input.BacktrackWindow);
  const logExports = input.CloudwatchLogsExportConfiguration === undefined
    ? undefined
    : checkLogExportChange(version, cluster.enabledCloudwatchLogsExports, input.CloudwatchLogsExportConfiguration);
  if (logExports !== undefined && cluster.engineMode === 'serverless' && logExports.length > 0) {
    throw invalidParameterCombination('Aurora Serverless v1 DB clusters do not export logs with CloudwatchLogsExportConfiguration.');
  }
  const v1Scaling = input.ScalingConfiguration === undefined ? undefined : checkModifiedV1Scaling(cluster, version, input.ScalingConfiguration);
  if (v1Scaling !== undefined) checkV1AutoPauseSeconds(v1Scaling);
  const v2Scaling = input.ServerlessV2ScalingConfiguration === undefined
    ? undefined
    : checkModifiedV2Scaling(cluster, version, input.ServerlessV2ScalingConfiguration);
  const upgrade = checkEngineUpgrade(cluster, version, input);
  const parameterGroup = input.DBClusterParameterGroupName === undefined
    ? undefined
    : resolveClusterParameterGroup(input.DBClusterParameterGroupName, upgrade ?? version, rds);
  const securityGroups = input.VpcSecurityGroupIds === undefined || input.VpcSecurityGroupIds.length === 0
    ? undefined
    : checkSecurityGroups(ec2, ownEntry(rds.subnetGroups, cluster.dbSubnetGroupName)?.vpcId ?? '', input.VpcSecurityGroupIds);
  if (input.StorageType !== undefined && !['aurora', 'aurora-iopt1'].includes(input.StorageType)) {
    throw invalidParameterCombination(`Invalid storage type: ${input.StorageType}. Aurora DB clusters support aurora and aurora-iopt1.`);
  }
  if (input.StorageType !== undefined && input.StorageType !== cluster.storageType) {
    throw invalidParameterCombination('Changing StorageType with ModifyDBCluster is not available in this Aurora Lab sandbox yet.');
  }
  // The Data API switch of Serverless v1 (and wherever data-api/http-endpoint-support.ts allows it).
  if (input.EnableHttpEndpoint === true && !cluster.httpEndpointEnabled && !httpEndpointAllowed(cluster)) {
    throw invalidParameterCombination(httpEndpointNotSupportedMessage(cluster));
  }
  if (input.NetworkType !== undefined && input.NetworkType !== cluster.networkType) {
    throw invalidParameterCombination(`The network type ${input.NetworkType} is not supported: the DB subnet group has no subnets with IPv6 CIDR blocks.`);
  }

  // Accepted: from here on nothing throws.
  let status = 'available' as DbClusterStatus;
  const pending: ClusterPendingModificationsRecord = { ...cluster.pendingModifications };
  const deferred = (apply: () => void, defer: () => void) => (now ? apply() : defer());

  if (retention !== undefined) cluster.backupRetentionPeriod = retention;
  if (windows) {
    cluster.preferredBackupWindow = windows.backup;
    cluster.preferredMaintenanceWindow = windows.maintenance;
  }
  if (input.DeletionProtection !== undefined) cluster.deletionProtection = input.DeletionProtection;
  if (input.CopyTagsToSnapshot !== undefined) cluster.copyTagsToSnapshot = input.CopyTagsToSnapshot;
  if (input.AutoMinorVersionUpgrade !== undefined) cluster.autoMinorVersionUpgrade = input.AutoMinorVersionUpgrade;
  if (input.EnableHttpEndpoint !== undefined) cluster.httpEndpointEnabled = input.EnableHttpEndpoint;
  const modifying = (changed: boolean) => {
    if (changed && status === 'available') status = 'modifying';
  };
  if (port !== undefined) {
    modifying(port !== cluster.port);
    cluster.port = port;
  }
  if (securityGroups) {
    modifying(securityGroups.join() !== cluster.vpcSecurityGroupIds.join());
    cluster.vpcSecurityGroupIds = securityGroups;
  }
  if (parameterGroup !== undefined && !upgrade) {
    modifying(parameterGroup !== cluster.dbClusterParameterGroupName);
    cluster.dbClusterParameterGroupName = parameterGroup;
  }
  if (backtrack !== undefined) {
    modifying(backtrack !== cluster.backtrackWindow);
    cluster.backtrackWindow = backtrack;
  }
  if (logExports !== undefined) {
    modifying(logExports.join() !== cluster.enabledCloudwatchLogsExports.join());
    cluster.enabledCloudwatchLogsExports = logExports;
  }
  if (v1Scaling) {
    cluster.serverlessV1Scaling = v1Scaling;
    if (v1Scaling.autoPause) scheduleServerlessV1IdleCheck(ctx, cluster);
    else noteServerlessV1Activity(ctx, cluster); // AutoPause off: a paused cluster resumes.
  }
  if (v2Scaling) cluster.serverlessV2Scaling = v2Scaling;
  // The latest request wins: asking for the current value cancels a pending change to it.
  if (input.EnableIAMDatabaseAuthentication === cluster.iamDatabaseAuthenticationEnabled) delete pending.iamDatabaseAuthenticationEnabled;
  if (input.EnableIAMDatabaseAuthentication !== undefined && input.EnableIAMDatabaseAuthentication !== cluster.iamDatabaseAuthenticationEnabled) {
    const enabled = input.EnableIAMDatabaseAuthentication;
    deferred(
      () => {
        cluster.iamDatabaseAuthenticationEnabled = enabled;
        delete pending.iamDatabaseAuthenticationEnabled;
        modifying(true);
      },
      () => (pending.iamDatabaseAuthenticationEnabled = enabled),
    );
  }
  if (input.EngineVersion !== undefined && !upgrade) {
    delete pending.engineVersion;
    delete pending.dbClusterParameterGroupName;
  }
  if (upgrade) {
    const group = parameterGroup ?? (upgrade.family !== version.family && cluster.dbClusterParameterGroupName === defaultParameterGroupName(version)
      ? defaultParameterGroupName(upgrade)
      : undefined);
    deferred(
      () => {
        cluster.engineVersion = upgrade.version;
        if (group !== undefined) cluster.dbClusterParameterGroupName = group;
        delete pending.engineVersion;
        delete pending.dbClusterParameterGroupName;
        status = 'upgrading';
      },
      () => {
        pending.engineVersion = upgrade.version;
        pending.dbClusterParameterGroupName = group;
      },
    );
  }
  let passwordReset = false;
  if (secretChange.kind === 'stop' && cluster.masterUserSecret) {
    deleteRdsManagedSecret(ctx, cluster.masterUserSecret.secretArn);
    cluster.masterUserSecret = null;
  }
  if (secretChange.kind === 'start') {
    recordKmsKeyUse(keyScopeOf(ctx), ctx.now, secretChange.kmsKeyId);
    const owner = { clusterIdentifier: cluster.identifier, masterUsername: cluster.masterUsername };
    cluster.masterUserSecret = { ...createMasterUserSecret(ctx, owner, secretChange.kmsKeyId), status: 'active' };
    passwordReset = true;
    if (status === 'available') status = 'resetting-master-credentials';
  }
  if (input.MasterUserPassword !== undefined) {
    // Applied at once whatever ApplyImmediately says (API: ModifyDBClusterMessage.ApplyImmediately).
    passwordReset = true;
    if (status === 'available') status = 'resetting-master-credentials';
  }
  if (newIdentifier !== undefined && !renaming) delete pending.dbClusterIdentifier;
  if (renaming) {
    deferred(
      () => {
        renameCluster(rds, cluster, newIdentifier);
        delete pending.dbClusterIdentifier;
        status = 'renaming';
      },
      () => (pending.dbClusterIdentifier = newIdentifier),
    );
  }
  if (cluster.engineMode === 'serverless') noteServerlessV1Activity(ctx, cluster);

  cluster.pendingModifications = Object.values(pending).some((v) => v !== undefined) ? pending : undefined;
  if (status !== 'available' || passwordReset) {
    cluster.status = status;
    const duration = status === 'renaming' ? CLUSTER_RENAME_MS : status === 'resetting-master-credentials' ? CREDENTIALS_RESET_MS : MODIFY_MS;
    ctx.schedule(duration, CLUSTER_MODIFY_TRANSITIONS.modified, {
      identifier: cluster.identifier,
      resourceId: cluster.resourceId,
      token: nextClusterToken(cluster),
      passwordReset,
    });
  }
  if (cluster.pendingModifications) scheduleApplyPending(ctx, cluster);
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster as DbClusterRecord) };
});
