import type { ModifyDBInstanceResult } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, expectRefused } from './support/engine-harness';
import { MONITORING_TRUST_POLICY, createMonitoringRole, trustPolicyFor } from './support/iam-fixtures';
import { createCluster, createInstance, instanceInput } from './support/rds-fixtures';

const ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/rds-monitoring-role`;
const INVALID_ROLE = { code: 'InvalidParameterValue', status: 400, message: 'IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING' };

function readyInstance(h: Harness) {
  createCluster(h);
  createInstance(h);
  h.advance(10 * MINUTE);
}

describe('--monitoring-role-arn must be an IAM role that monitoring.rds.amazonaws.com can assume', () => {
  it('CreateDBInstance accepts the seed role once it exists', () => {
    const h = new Harness();
    createCluster(h);
    expectRefused(h, 'rds', 'CreateDBInstance', instanceInput({ MonitoringInterval: 60, MonitoringRoleArn: ROLE_ARN }), INVALID_ROLE);
    createMonitoringRole(h);
    expect(createInstance(h, { MonitoringInterval: 60, MonitoringRoleArn: ROLE_ARN })).toMatchObject({ MonitoringInterval: 60, MonitoringRoleArn: ROLE_ARN });
  });

  it('ModifyDBInstance refuses an unknown role, a role in another path and a role with another trust', () => {
    const h = new Harness();
    readyInstance(h);
    const modify = (MonitoringRoleArn: string) => ({ DBInstanceIdentifier: 'aurora-writer', MonitoringInterval: 60, MonitoringRoleArn, ApplyImmediately: true });
    expectRefused(h, 'rds', 'ModifyDBInstance', modify(ROLE_ARN), INVALID_ROLE);
    h.call('iam', 'CreateRole', { RoleName: 'ec2-role', AssumeRolePolicyDocument: trustPolicyFor('ec2.amazonaws.com') });
    expectRefused(h, 'rds', 'ModifyDBInstance', modify(`arn:aws:iam::${ACCOUNT_ID}:role/ec2-role`), INVALID_ROLE);
    h.call('iam', 'CreateRole', { RoleName: 'rds-monitoring-role', Path: '/service-role/', AssumeRolePolicyDocument: MONITORING_TRUST_POLICY });
    expectRefused(h, 'rds', 'ModifyDBInstance', modify(ROLE_ARN), INVALID_ROLE);
    const arn = `arn:aws:iam::${ACCOUNT_ID}:role/service-role/rds-monitoring-role`;
    const out = h.rds<ModifyDBInstanceResult>('ModifyDBInstance', modify(arn)).DBInstance!;
    expect(out).toMatchObject({ MonitoringInterval: 60, MonitoringRoleArn: arn });
  });

  it('a role whose trust policy is changed to trust monitoring becomes usable', () => {
    const h = new Harness();
    readyInstance(h);
    h.call('iam', 'CreateRole', { RoleName: 'rds-monitoring-role', AssumeRolePolicyDocument: trustPolicyFor('lambda.amazonaws.com') });
    const modify = { DBInstanceIdentifier: 'aurora-writer', MonitoringInterval: 30, MonitoringRoleArn: ROLE_ARN, ApplyImmediately: true };
    expectRefused(h, 'rds', 'ModifyDBInstance', modify, INVALID_ROLE);
    h.call('iam', 'UpdateAssumeRolePolicy', { RoleName: 'rds-monitoring-role', PolicyDocument: MONITORING_TRUST_POLICY });
    expect(h.rds<ModifyDBInstanceResult>('ModifyDBInstance', modify).DBInstance!.MonitoringInterval).toBe(30);
  });
});
