import type {
  GetPolicyResponse,
  GetPolicyVersionResponse,
  GetRolePolicyResponse,
  ListAttachedRolePoliciesResponse,
  ListPoliciesResponse,
  ListRolePoliciesResponse,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, REGION, START, expectRefused } from './support/engine-harness';
import { ENHANCED_MONITORING_POLICY_ARN, auroraConnectPolicy, createMonitoringRole, createPolicy } from './support/iam-fixtures';

const CONNECT_ARN = `arn:aws:iam::${ACCOUNT_ID}:policy/AuroraConnect`;

describe('CreatePolicy / GetPolicy / GetPolicyVersion', () => {
  it("accepts the seed's rds-db:connect policy and gives it v1", () => {
    const h = new Harness();
    const document = auroraConnectPolicy(REGION, ACCOUNT_ID);
    const policy = createPolicy(h, 'AuroraConnect', document);
    expect(policy).toEqual({
      PolicyName: 'AuroraConnect',
      PolicyId: expect.stringMatching(/^ANPA[A-Z0-9]{17}$/),
      Arn: CONNECT_ARN,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: new Date(START + 1000),
      UpdateDate: new Date(START + 1000),
    });
    expect(h.call<GetPolicyResponse>('iam', 'GetPolicy', { PolicyArn: CONNECT_ARN }).Policy).toEqual(policy);
    const version = h.call<GetPolicyVersionResponse>('iam', 'GetPolicyVersion', { PolicyArn: CONNECT_ARN, VersionId: 'v1' }).PolicyVersion!;
    expect(version).toEqual({ Document: encodeURIComponent(document), VersionId: 'v1', IsDefaultVersion: true, CreateDate: new Date(START + 1000) });
    expectRefused(h, 'iam', 'GetPolicyVersion', { PolicyArn: CONNECT_ARN, VersionId: 'v2' }, { code: 'NoSuchEntity', status: 404 });
  });

  it('gives the description only from GetPolicy and refuses a duplicate name', () => {
    const h = new Harness();
    const created = h.call<{ Policy: object }>('iam', 'CreatePolicy', {
      PolicyName: 'AuroraConnect',
      PolicyDocument: auroraConnectPolicy(REGION, ACCOUNT_ID),
      Description: 'IAM database authentication',
      Path: '/db/',
    }).Policy;
    expect(created).not.toHaveProperty('Description');
    const arn = `arn:aws:iam::${ACCOUNT_ID}:policy/db/AuroraConnect`;
    expect(h.call<GetPolicyResponse>('iam', 'GetPolicy', { PolicyArn: arn }).Policy).toMatchObject({ Arn: arn, Path: '/db/', Description: 'IAM database authentication' });
    expectRefused(
      h,
      'iam',
      'CreatePolicy',
      { PolicyName: 'auroraconnect', PolicyDocument: auroraConnectPolicy(REGION, ACCOUNT_ID) },
      { code: 'EntityAlreadyExists', status: 409, message: 'A policy called auroraconnect already exists. Duplicate names are not allowed.' },
    );
  });

  it('refuses a malformed policy with MalformedPolicyDocument', () => {
    const h = new Harness();
    expectRefused(h, 'iam', 'CreatePolicy', { PolicyName: 'p', PolicyDocument: '{"Version": "2012-10-17", "Statement": [' }, {
      code: 'MalformedPolicyDocument',
      status: 400,
      message: 'This policy contains invalid Json',
    });
    expectRefused(h, 'iam', 'CreatePolicy', { PolicyName: 'p', PolicyDocument: 'null' }, { code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' });
  });

  it('knows an unknown policy and a malformed ARN', () => {
    const h = new Harness();
    expectRefused(h, 'iam', 'GetPolicy', { PolicyArn: `arn:aws:iam::${ACCOUNT_ID}:policy/Nope` }, {
      code: 'NoSuchEntity',
      status: 404,
      message: `Policy arn:aws:iam::${ACCOUNT_ID}:policy/Nope was not found.`,
    });
    expectRefused(h, 'iam', 'GetPolicy', { PolicyArn: 'arn:aws:iam::aws:policy' }, { code: 'InvalidInput', message: 'ARN arn:aws:iam::aws:policy is not valid.' });
  });

  it('serves the AWS managed Enhanced Monitoring policy from the catalog', () => {
    const h = new Harness();
    const policy = h.call<GetPolicyResponse>('iam', 'GetPolicy', { PolicyArn: ENHANCED_MONITORING_POLICY_ARN }).Policy!;
    expect(policy).toMatchObject({
      PolicyName: 'AmazonRDSEnhancedMonitoringRole',
      Path: '/service-role/',
      DefaultVersionId: 'v1',
      Description: 'Provides access to Cloudwatch for RDS Enhanced Monitoring',
      CreateDate: new Date('2015-11-11T19:58:00Z'),
    });
    const document = h.call<GetPolicyVersionResponse>('iam', 'GetPolicyVersion', { PolicyArn: ENHANCED_MONITORING_POLICY_ARN, VersionId: 'v1' }).PolicyVersion!.Document!;
    expect(JSON.parse(decodeURIComponent(document)).Statement[0].Action).toEqual(['logs:CreateLogGroup', 'logs:PutRetentionPolicy']);
  });
});

describe('ListPolicies', () => {
  it('lists by scope, attachment and path', () => {
    const h = new Harness();
    createPolicy(h, 'AuroraConnect', auroraConnectPolicy(REGION, ACCOUNT_ID));
    const names = (input: object) => h.call<ListPoliciesResponse>('iam', 'ListPolicies', input).Policies!.map((p) => p.PolicyName);
    expect(names({ Scope: 'Local' })).toEqual(['AuroraConnect']);
    expect(names({ Scope: 'AWS' })).toContain('AmazonRDSEnhancedMonitoringRole');
    expect(names({})).toEqual(expect.arrayContaining(['AuroraConnect', 'AmazonRDSEnhancedMonitoringRole', 'AdministratorAccess']));
    expect(names({ OnlyAttached: true })).toEqual([]);
    createMonitoringRole(h);
    expect(h.call<ListPoliciesResponse>('iam', 'ListPolicies', { OnlyAttached: true }).Policies).toEqual([
      expect.objectContaining({ PolicyName: 'AmazonRDSEnhancedMonitoringRole', AttachmentCount: 1 }),
    ]);
    expect(names({ Scope: 'AWS', PathPrefix: '/service-role/' })).toEqual(['AmazonRDSEnhancedMonitoringRole']);
    const page = h.call<ListPoliciesResponse>('iam', 'ListPolicies', { MaxItems: 1 });
    expect(page.IsTruncated).toBe(true);
    expect(h.call<ListPoliciesResponse>('iam', 'ListPolicies', { MaxItems: 1, Marker: page.Marker }).Policies![0].PolicyName).not.toBe(page.Policies![0].PolicyName);
  });
});

describe('AttachRolePolicy / DetachRolePolicy / ListAttachedRolePolicies', () => {
  it('attaches AWS managed and customer managed policies, idempotently', () => {
    const h = new Harness();
    createMonitoringRole(h);
    createPolicy(h, 'AuroraConnect', auroraConnectPolicy(REGION, ACCOUNT_ID));
    h.call('iam', 'AttachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: CONNECT_ARN });
    h.call('iam', 'AttachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: CONNECT_ARN });
    expect(h.call<ListAttachedRolePoliciesResponse>('iam', 'ListAttachedRolePolicies', { RoleName: 'rds-monitoring-role' })).toEqual({
      AttachedPolicies: [
        { PolicyName: 'AmazonRDSEnhancedMonitoringRole', PolicyArn: ENHANCED_MONITORING_POLICY_ARN },
        { PolicyName: 'AuroraConnect', PolicyArn: CONNECT_ARN },
      ],
      IsTruncated: false,
    });
    expect(h.call<GetPolicyResponse>('iam', 'GetPolicy', { PolicyArn: CONNECT_ARN }).Policy!.AttachmentCount).toBe(1);
    expectRefused(h, 'iam', 'DeletePolicy', { PolicyArn: CONNECT_ARN }, { code: 'DeleteConflict', status: 409, message: 'Cannot delete a policy attached to entities.' });
    h.call('iam', 'DetachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: CONNECT_ARN });
    expectRefused(h, 'iam', 'DetachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: CONNECT_ARN }, {
      code: 'NoSuchEntity',
      message: `Policy ${CONNECT_ARN} was not found.`,
    });
    h.call('iam', 'DeletePolicy', { PolicyArn: CONNECT_ARN });
    expectRefused(h, 'iam', 'GetPolicy', { PolicyArn: CONNECT_ARN }, { code: 'NoSuchEntity' });
  });

  it('refuses a policy or a role that does not exist', () => {
    const h = new Harness();
    createMonitoringRole(h);
    const missing = `arn:aws:iam::${ACCOUNT_ID}:policy/Missing`;
    expectRefused(h, 'iam', 'AttachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: missing }, {
      code: 'NoSuchEntity',
      status: 404,
      message: `Policy ${missing} does not exist or is not attachable.`,
    });
    expectRefused(h, 'iam', 'AttachRolePolicy', { RoleName: 'ghost', PolicyArn: ENHANCED_MONITORING_POLICY_ARN }, {
      code: 'NoSuchEntity',
      message: 'The role with name ghost cannot be found.',
    });
  });

  it('stops at ten managed policies per role', () => {
    const h = new Harness();
    createMonitoringRole(h);
    for (let i = 1; i <= 9; i++) {
      createPolicy(h, `p${i}`, auroraConnectPolicy(REGION, ACCOUNT_ID));
      h.call('iam', 'AttachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: `arn:aws:iam::${ACCOUNT_ID}:policy/p${i}` });
    }
    createPolicy(h, 'p10', auroraConnectPolicy(REGION, ACCOUNT_ID));
    expectRefused(h, 'iam', 'AttachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: `arn:aws:iam::${ACCOUNT_ID}:policy/p10` }, {
      code: 'LimitExceeded',
      status: 409,
      message: 'Cannot exceed quota for PoliciesPerRole: 10',
    });
  });
});

describe('inline role policies', () => {
  it('puts, gets (URL-encoded), lists and deletes', () => {
    const h = new Harness();
    createMonitoringRole(h);
    const document = auroraConnectPolicy(REGION, ACCOUNT_ID);
    h.call('iam', 'PutRolePolicy', { RoleName: 'rds-monitoring-role', PolicyName: 'connect', PolicyDocument: document });
    expect(h.call<GetRolePolicyResponse>('iam', 'GetRolePolicy', { RoleName: 'rds-monitoring-role', PolicyName: 'connect' })).toEqual({
      RoleName: 'rds-monitoring-role',
      PolicyName: 'connect',
      PolicyDocument: encodeURIComponent(document),
    });
    expect(h.call<ListRolePoliciesResponse>('iam', 'ListRolePolicies', { RoleName: 'rds-monitoring-role' })).toEqual({ PolicyNames: ['connect'], IsTruncated: false });
    expectRefused(h, 'iam', 'GetRolePolicy', { RoleName: 'rds-monitoring-role', PolicyName: 'other' }, {
      code: 'NoSuchEntity',
      message: 'The role policy with name other cannot be found.',
    });
    expectRefused(h, 'iam', 'PutRolePolicy', { RoleName: 'rds-monitoring-role', PolicyName: 'bad', PolicyDocument: '{"Statement":{"Effect":"Allow","Action":"s3:*"}}' }, {
      code: 'MalformedPolicyDocument',
      message: 'Policy statement must contain resources.',
    });
    h.call('iam', 'DeleteRolePolicy', { RoleName: 'rds-monitoring-role', PolicyName: 'connect' });
    expect(h.call<ListRolePoliciesResponse>('iam', 'ListRolePolicies', { RoleName: 'rds-monitoring-role' }).PolicyNames).toEqual([]);
  });
});
