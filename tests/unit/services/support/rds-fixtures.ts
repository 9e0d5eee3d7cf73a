import type { CreateDBClusterMessage, CreateDBClusterResult, CreateDBInstanceMessage, CreateDBInstanceResult } from '@aws-sdk/client-rds';
import type { DescribeSubnetsResult } from '@aws-sdk/client-ec2';
import type { Harness } from './engine-harness';

export function clusterInput(overrides: Partial<CreateDBClusterMessage> = {}): CreateDBClusterMessage {
  return {
    DBClusterIdentifier: 'aurora-prod',
    Engine: 'aurora-mysql',
    EngineVersion: '8.0.mysql_aurora.3.02.0',
    MasterUsername: 'admin',
    MasterUserPassword: 'SecurePassword123!',
    ...overrides,
  };
}

export function instanceInput(overrides: Partial<CreateDBInstanceMessage> = {}): CreateDBInstanceMessage {
  return {
    DBInstanceIdentifier: 'aurora-writer',
    DBInstanceClass: 'db.r5.2xlarge',
    Engine: 'aurora-mysql',
    DBClusterIdentifier: 'aurora-prod',
    ...overrides,
  };
}

export function createCluster(h: Harness, overrides: Partial<CreateDBClusterMessage> = {}, region?: string) {
  return h.rds<CreateDBClusterResult>('CreateDBCluster', clusterInput(overrides), region).DBCluster!;
}

export function createInstance(h: Harness, overrides: Partial<CreateDBInstanceMessage> = {}) {
  return h.rds<CreateDBInstanceResult>('CreateDBInstance', instanceInput(overrides)).DBInstance!;
}

/** The default subnets, sorted by AZ. */
export function defaultSubnets(h: Harness) {
  return [...h.ec2<DescribeSubnetsResult>('DescribeSubnets', {}).Subnets!].sort((a, b) => a.AvailabilityZone!.localeCompare(b.AvailabilityZone!));
}
