import type { CreatePolicyResponse, CreateRoleResponse } from '@aws-sdk/client-iam';
import type { Harness } from './engine-harness';

/** The trust policy the RDS User Guide gives for the Enhanced Monitoring role. */
export const MONITORING_TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: '', Effect: 'Allow', Principal: { Service: 'monitoring.rds.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export const ENHANCED_MONITORING_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole';

/** The seed's IAM database authentication policy, for `aurora-mysql-prod`'s user `iamuser`. */
export function auroraConnectPolicy(region: string, accountId: string): string {
  return `{
    "Version": "2012-10-17",
    "Statement": [{
      "Effect": "Allow",
      "Action": [
        "rds-db:connect"
      ],
      "Resource": [
        "arn:aws:rds-db:${region}:${accountId}:dbuser:aurora-mysql-prod/iamuser"
      ]
    }]
  }`;
}

export function trustPolicyFor(service: string): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });
}

/** `rds-monitoring-role`, trusted by `monitoring.rds.amazonaws.com`, with the AWS managed policy attached. */
export function createMonitoringRole(h: Harness, roleName = 'rds-monitoring-role') {
  const role = h.call<CreateRoleResponse>('iam', 'CreateRole', { RoleName: roleName, AssumeRolePolicyDocument: MONITORING_TRUST_POLICY }).Role!;
  h.call('iam', 'AttachRolePolicy', { RoleName: roleName, PolicyArn: ENHANCED_MONITORING_POLICY_ARN });
  return role;
}

export function createPolicy(h: Harness, policyName: string, document: string) {
  return h.call<CreatePolicyResponse>('iam', 'CreatePolicy', { PolicyName: policyName, PolicyDocument: document }).Policy!;
}
