import type { CloudwatchLogsExportConfiguration, ModifyDBClusterMessage, ScalingConfiguration, ServerlessV2ScalingConfiguration } from '@aws-sdk/client-rds';
import type { Ec2RegionState } from '../../ec2/ec2-state';
import { ownEntry } from '../../shared/own-entry';
import { compareVersionParts, findEngineVersion, type EngineVersion } from '../catalog/engine-versions';
import { isValidIdentifier } from '../identifiers';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import { checkLogExports, checkBacktrackWindow } from './cluster-settings';
import type { DbClusterRecord, ServerlessV1ScalingRecord, ServerlessV2ScalingRecord } from './db-cluster-record';
import { checkServerlessV1Scaling, checkServerlessV2Scaling } from './serverless-scaling';

/** Checks of single ModifyDBCluster settings against the cluster they would change. */

export function checkNewClusterIdentifier(value: string): string {
  if (!isValidIdentifier(value)) {
    throw invalidParameterValue(
      'The parameter NewDBClusterIdentifier is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.',
    );
  }
  return value.toLowerCase();
}

/**
 * BacktrackWindow on an existing cluster: Aurora MySQL only, 0–259200 s, and only where backtracking
 * was turned on when the cluster was created or restored (UG/AuroraMySQL.Managing.Backtrack.html).
 */
export function checkModifiedBacktrackWindow(cluster: DbClusterRecord, version: EngineVersion, seconds: number): number {
  if (cluster.engineMode === 'serverless') {
    throw invalidParameterCombination('Backtrack is not supported for Aurora Serverless v1 DB clusters.');
  }
  if (seconds !== 0 && !version.supportsBacktrack) {
    throw invalidParameterCombination(`Backtrack is not supported for ${version.engine}.`);
  }
  const window = checkBacktrackWindow(version, seconds);
  if (window > 0 && cluster.backtrackWindow === 0) {
    throw invalidParameterCombination(
      `Backtrack is not enabled on DB cluster ${cluster.identifier}. You can turn on backtracking only when you create a DB cluster or restore it from a snapshot.`,
    );
  }
  return window;
}

/** The log types exported after applying `EnableLogTypes` / `DisableLogTypes` to the current set. */
export function checkLogExportChange(version: EngineVersion, current: readonly string[], change: CloudwatchLogsExportConfiguration): string[] {
  const enable = checkLogExports(version, change.EnableLogTypes);
  const disable = checkLogExports(version, change.DisableLogTypes);
  const both = enable.filter((type) => disable.includes(type));
  if (both.length > 0) {
    throw invalidParameterCombination(`You cannot both enable and disable the log types '${both.join("', '")}' in the same request.`);
  }
  const result = [...current.filter((type) => !disable.includes(type))];
  for (const type of enable) if (!result.includes(type)) result.push(type);
  return result;
}

export function checkModifiedV1Scaling(
  cluster: DbClusterRecord,
  version: EngineVersion,
  requested: ScalingConfiguration,
): ServerlessV1ScalingRecord | null {
  const current = cluster.serverlessV1Scaling;
  return checkServerlessV1Scaling(version, cluster.engineMode, {
    MinCapacity: requested.MinCapacity ?? current?.minCapacity,
    MaxCapacity: requested.MaxCapacity ?? current?.maxCapacity,
    AutoPause: requested.AutoPause ?? current?.autoPause,
    SecondsUntilAutoPause: requested.SecondsUntilAutoPause ?? current?.secondsUntilAutoPause,
    TimeoutAction: requested.TimeoutAction ?? current?.timeoutAction,
    SecondsBeforeTimeout: requested.SecondsBeforeTimeout ?? current?.secondsBeforeTimeout,
  });
}

/** SecondsUntilAutoPause of Serverless v1: 300–86400 s (API/API_ScalingConfiguration.html). */
export function checkV1AutoPauseSeconds(scaling: ServerlessV1ScalingRecord | null): void {
  if (!scaling) return;
  if (!Number.isInteger(scaling.secondsUntilAutoPause) || scaling.secondsUntilAutoPause < 300 || scaling.secondsUntilAutoPause > 86_400) {
    throw invalidParameterValue(`Invalid SecondsUntilAutoPause ${scaling.secondsUntilAutoPause}. It must be from 300 to 86400.`);
  }
  if (!Number.isInteger(scaling.secondsBeforeTimeout) || scaling.secondsBeforeTimeout < 60 || scaling.secondsBeforeTimeout > 600) {
    throw invalidParameterValue(`Invalid SecondsBeforeTimeout ${scaling.secondsBeforeTimeout}. It must be from 60 to 600.`);
  }
}

export function checkModifiedV2Scaling(
  cluster: DbClusterRecord,
  version: EngineVersion,
  requested: ServerlessV2ScalingConfiguration,
): ServerlessV2ScalingRecord | null {
  const current = cluster.serverlessV2Scaling;
  return checkServerlessV2Scaling(version, cluster.engineMode, {
    MinCapacity: requested.MinCapacity ?? current?.minCapacity,
    MaxCapacity: requested.MaxCapacity ?? current?.maxCapacity,
    SecondsUntilAutoPause: requested.SecondsUntilAutoPause ?? current?.secondsUntilAutoPause ?? undefined,
  });
}

/** An engine upgrade: a newer version of the same engine; a new major version needs AllowMajorVersionUpgrade. */
export function checkEngineUpgrade(cluster: DbClusterRecord, current: EngineVersion, input: ModifyDBClusterMessage): EngineVersion | null {
  const requested = input.EngineVersion;
  if (requested === undefined || requested === cluster.engineVersion) return null;
  const target = findEngineVersion(cluster.engine, requested);
  if (!target) throw invalidParameterCombination(`Cannot find version ${requested} for ${cluster.engine}`);
  if (cluster.engineMode !== 'provisioned') {
    throw invalidParameterCombination(`Engine version upgrades of DB clusters in ${cluster.engineMode} engine mode are not available in this sandbox.`);
  }
  if (compareVersionParts(target.majorVersion, current.majorVersion) < 0 || (target.majorVersion === current.majorVersion && compareVersionParts(target.version.replace(/^.*mysql_aurora\./, ''), current.version.replace(/^.*mysql_aurora\./, '')) < 0)) {
    throw invalidParameterCombination(`Cannot upgrade ${cluster.engine} from ${current.version} to ${target.version}`);
  }
  if (target.majorVersion !== current.majorVersion && input.AllowMajorVersionUpgrade !== true) {
    throw invalidParameterCombination('The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.');
  }
  if (cluster.serverlessV2Scaling && !target.supportsServerlessV2) {
    throw invalidParameterCombination(`Aurora Serverless v2 is not supported for ${target.engine} version ${target.version}.`);
  }
  return target;
}

/** Security groups must exist and be in the cluster's VPC. */
export function checkSecurityGroups(ec2: Ec2RegionState, vpcId: string, requested: readonly string[]): string[] {
  const ids = [...new Set(requested)];
  for (const id of ids) {
    const group = ownEntry(ec2.securityGroups, id);
    if (!group) throw invalidParameterValue(`Invalid security group , groupId= ${id}, groupName=.`);
    if (group.vpcId !== vpcId) throw invalidParameterCombination(`The DB instance and EC2 security group are in different VPCs. The DB instance is in ${vpcId} and the EC2 security group is in ${group.vpcId}`);
  }
  return ids;
}

/** ModifyDBCluster settings that belong to Multi-AZ DB clusters (not Aurora) or that the sandbox lacks. */
export function refuseUnsupportedClusterChanges(cluster: DbClusterRecord, input: ModifyDBClusterMessage): void {
  const multiAzOnly: (keyof ModifyDBClusterMessage)[] = [
    'DBClusterInstanceClass', 'AllocatedStorage', 'Iops', 'MonitoringInterval', 'MonitoringRoleArn',
    'EnablePerformanceInsights', 'PerformanceInsightsKMSKeyId', 'PerformanceInsightsRetentionPeriod',
  ];
  for (const name of multiAzOnly) {
    if (input[name] !== undefined) {
      throw invalidParameterCombination(`${name} isn't supported for DB engine ${cluster.engine}. It applies to Multi-AZ DB clusters only; set it on the DB instances of an Aurora DB cluster.`);
    }
  }
  const notYet: (keyof ModifyDBClusterMessage)[] = [
    'Domain', 'DomainIAMRoleName', 'OptionGroupName', 'DBInstanceParameterGroupName', 'RotateMasterUserPassword',
    'EngineMode', 'AllowEngineModeChange', 'EnableGlobalWriteForwarding', 'EnableLocalWriteForwarding',
    'EnableLimitlessDatabase', 'AwsBackupRecoveryPointArn', 'CACertificateIdentifier', 'MasterUserAuthenticationType', 'DatabaseInsightsMode',
  ];
  for (const name of notYet) {
    if (input[name] !== undefined) {
      throw invalidParameterCombination(`Changing ${name} with ModifyDBCluster is not available in this Aurora Lab sandbox yet.`);
    }
  }
}
