import type { CreateDBInstanceMessage, CreateDBInstanceResult } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { defaultVpcOf } from '../../ec2/ec2-state';
import { ownEntry } from '../../shared/own-entry';
import { ENGINE_DEFAULTS } from '../catalog/aurora-engines';
import { findEngineVersion } from '../catalog/engine-versions';
import { isOrderable, SERVERLESS_V2_CLASS } from '../catalog/orderable-instance-classes';
import { activeMembersOf } from '../clusters/cluster-members';
import { findCluster } from '../clusters/find-cluster';
import { checkAuroraEngine } from '../engine-names';
import { checkIdentifier } from '../identifiers';
import { INSTANCE_CREATE_MS } from '../lifecycle-durations';
import { chooseInstanceMaintenanceWindow, parseMaintenanceWindow } from '../maintenance-windows';
import { resolveInstanceParameterGroup } from '../parameter-groups/default-parameter-groups';
import { dbInstanceAlreadyExists, dbSubnetGroupNotFound, invalidDbClusterState, invalidParameterCombination } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { rdsViewOf } from '../rds-view';
import { keyScopeOf, recordKmsKeyUse } from '../kms-keys';
import type { DbInstanceRecord } from './db-instance-record';
import { checkRequestedZone, chooseInstanceZone } from './instance-placement';
import { checkCaCertificate, checkMonitoring, checkPerformanceInsights, checkPromotionTier, refuseClusterLevelSettings } from './instance-settings';
import { INSTANCE_TRANSITIONS } from './instance-transitions';
import { renderDbInstance } from './render-db-instance';

/** An Aurora cluster holds one writer and up to 15 readers (FACTS.md §2). */
const MAX_INSTANCES_PER_CLUSTER = 16;

/**
 * CreateDBInstance for Aurora: the instance joins its cluster (the first one as writer), takes
 * the cluster's engine, network and storage, and is `creating` until provisioned.
 */
export const createDbInstance = defineOperation<CreateDBInstanceMessage, CreateDBInstanceResult>((ctx, input) => {
  const identifier = checkIdentifier('DBInstanceIdentifier', input.DBInstanceIdentifier ?? '');
  const engine = checkAuroraEngine(input.Engine ?? '');
  const { rds, ec2 } = ctx.regionState;
  if (ownEntry(rds.instances, identifier)) throw dbInstanceAlreadyExists();
  if (input.DBClusterIdentifier === undefined) {
    throw invalidParameterCombination(`DBClusterIdentifier is required to create a DB instance with engine ${engine}: Aurora DB instances belong to a DB cluster.`);
  }
  const cluster = findCluster(rds, input.DBClusterIdentifier);
  if (cluster.status === 'deleting') {
    throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
  }
  if (cluster.engine !== engine) {
    throw invalidParameterCombination(
      `The engine name requested for your DB instance (${engine}) does not match the engine name of your DB cluster (${cluster.engine}).`,
    );
  }
  if (input.EngineVersion !== undefined && input.EngineVersion !== cluster.engineVersion) {
    throw invalidParameterCombination(
      `The engine version you requested for your DB instance (${input.EngineVersion}) does not match the engine version of your DB cluster (${cluster.engineVersion}).`,
    );
  }
  if (cluster.engineMode === 'serverless') {
    throw invalidParameterCombination(`DB cluster ${cluster.identifier} is an Aurora Serverless v1 cluster, which has no DB instances of its own.`);
  }
  refuseClusterLevelSettings(input);
  if (activeMembersOf(rds, cluster.identifier).length >= MAX_INSTANCES_PER_CLUSTER) {
    throw modeledError(
      'rds',
      'InstanceQuotaExceededFault',
      `DB cluster ${cluster.identifier} already has ${MAX_INSTANCES_PER_CLUSTER} DB instances, the most an Aurora DB cluster can have (1 writer and 15 Aurora Replicas).`,
    );
  }
  const version = findEngineVersion(cluster.engine, cluster.engineVersion);
  if (!version) throw invalidParameterCombination(`Cannot find version ${cluster.engineVersion} for ${cluster.engine}`);
  const instanceClass = input.DBInstanceClass ?? '';
  if (!isOrderable(instanceClass, version)) {
    throw invalidParameterCombination(
      `RDS does not support creating a DB instance with the following combination: DBInstanceClass=${instanceClass}, Engine=${engine}, EngineVersion=${version.version}, LicenseModel=${ENGINE_DEFAULTS[engine].licenseModel}. For supported combinations of instance class and database engine version, see the documentation.`,
    );
  }
  if (instanceClass === SERVERLESS_V2_CLASS && cluster.serverlessV2Scaling === null) {
    throw invalidParameterCombination('Set the Serverless v2 scaling configuration on the parent DB cluster before creating a Serverless v2 DB instance.');
  }
  const subnetGroup = ownEntry(rds.subnetGroups, cluster.dbSubnetGroupName);
  if (!subnetGroup) throw dbSubnetGroupNotFound(cluster.dbSubnetGroupName);
  if (input.DBSubnetGroupName !== undefined && input.DBSubnetGroupName.toLowerCase() !== subnetGroup.name) {
    throw invalidParameterCombination(
      `The DB subnet group of a DB instance in a DB cluster must be the cluster's (${subnetGroup.name}); ${input.DBSubnetGroupName} was requested.`,
    );
  }
  const requestedZone = checkRequestedZone(input.AvailabilityZone, subnetGroup);
  const promotionTier = checkPromotionTier(input.PromotionTier);
  const monitoring = checkMonitoring(input.MonitoringInterval, input.MonitoringRoleArn, ctx.accountId, ctx.state.iam);
  const scope = keyScopeOf(ctx);
  const insights = checkPerformanceInsights(
    input.EnablePerformanceInsights,
    input.PerformanceInsightsKMSKeyId,
    input.PerformanceInsightsRetentionPeriod,
    scope,
  );
  const caCertificateIdentifier = checkCaCertificate(input.CACertificateIdentifier);
  const parameterGroup = resolveInstanceParameterGroup(input.DBParameterGroupName, version, rds);
  if (input.PreferredMaintenanceWindow !== undefined) parseMaintenanceWindow(input.PreferredMaintenanceWindow);
  // A database is reachable from the internet by default only where its VPC has an internet gateway.
  const vpc = ownEntry(ec2.vpcs, subnetGroup.vpcId) ?? defaultVpcOf(ec2);

  // Accepted: from here on nothing throws.
  recordKmsKeyUse(scope, ctx.now, insights.performanceInsightsKmsKeyId);
  const instance: DbInstanceRecord = {
    identifier,
    resourceId: `db-${ctx.ids.upperAlnum(26)}`,
    clusterIdentifier: cluster.identifier,
    engine,
    instanceClass,
    status: 'creating',
    createdAt: ctx.now.getTime(),
    availableAt: null,
    availabilityZone: requestedZone ?? chooseInstanceZone(rds, cluster, subnetGroup, ctx.ids),
    promotionTier,
    publiclyAccessible: input.PubliclyAccessible ?? vpc?.hasInternetGateway ?? false,
    preferredMaintenanceWindow: chooseInstanceMaintenanceWindow(ctx.region, input.PreferredMaintenanceWindow, ctx.ids),
    autoMinorVersionUpgrade: input.AutoMinorVersionUpgrade ?? true,
    dbParameterGroupName: parameterGroup,
    ...monitoring,
    ...insights,
    caCertificateIdentifier,
    copyTagsToSnapshot: input.CopyTagsToSnapshot === true,
    tags: tagRecords(input.Tags),
  };
  rds.instances[identifier] = instance;
  if (cluster.writerIdentifier === null) cluster.writerIdentifier = identifier;
  ctx.schedule(INSTANCE_CREATE_MS, INSTANCE_TRANSITIONS.available, { identifier, resourceId: instance.resourceId });
  return { DBInstance: renderDbInstance(rdsViewOf(ctx), instance) };
});
