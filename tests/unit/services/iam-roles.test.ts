import type { GetRoleResponse, ListRolesResponse, ListRoleTagsResponse } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, START, expectRefused } from './support/engine-harness';
import { MONITORING_TRUST_POLICY, createMonitoringRole, trustPolicyFor } from './support/iam-fixtures';

describe('CreateRole / GetRole', () => {
  it('creates a role with AWS defaults and returns the trust policy URL-encoded', () => {
    const h = new Harness();
    const role = createMonitoringRole(h);
    expect(role).toEqual({
      Path: '/',
      RoleName: 'rds-monitoring-role',
      RoleId: expect.stringMatching(/^AROA[A-Z0-9]{17}$/),
      Arn: `arn:aws:iam::${ACCOUNT_ID}:role/rds-monitoring-role`,
      CreateDate: new Date(START + 1000),
      AssumeRolePolicyDocument: encodeURIComponent(MONITORING_TRUST_POLICY),
    });
    const got = h.call<GetRoleResponse>('iam', 'GetRole', { RoleName: 'rds-monitoring-role' }).Role!;
    expect(got).toEqual({ ...role, MaxSessionDuration: 3600, RoleLastUsed: {} });
    expect(JSON.parse(decodeURIComponent(got.AssumeRolePolicyDocument!))).toEqual(JSON.parse(MONITORING_TRUST_POLICY));
  });

  it('puts the path in the ARN and keeps description, session duration and tags', () => {
    const h = new Harness();
    h.call('iam', 'CreateRole', {
      RoleName: 'Monitoring',
      Path: '/service-role/',
      AssumeRolePolicyDocument: MONITORING_TRUST_POLICY,
      Description: 'Enhanced Monitoring',
      MaxSessionDuration: 7200,
      Tags: [{ Key: 'team', Value: 'db' }],
    });
    const role = h.call<GetRoleResponse>('iam', 'GetRole', { RoleName: 'monitoring' }).Role!;
    expect(role).toMatchObject({
      RoleName: 'Monitoring',
      Path: '/service-role/',
      Arn: `arn:aws:iam::${ACCOUNT_ID}:role/service-role/Monitoring`,
      Description: 'Enhanced Monitoring',
      MaxSessionDuration: 7200,
      Tags: [{ Key: 'team', Value: 'db' }],
    });
  });

  it('refuses a role that does not exist with NoSuchEntity 404', () => {
    const h = new Harness();
    expectRefused(h, 'iam', 'GetRole', { RoleName: 'nope' }, { code: 'NoSuchEntity', status: 404, message: 'The role with name nope cannot be found.' });
  });

  it('refuses a duplicate name, whatever its case, with EntityAlreadyExists 409', () => {
    const h = new Harness();
    createMonitoringRole(h);
    expectRefused(
      h,
      'iam',
      'CreateRole',
      { RoleName: 'RDS-Monitoring-Role', AssumeRolePolicyDocument: MONITORING_TRUST_POLICY },
      { code: 'EntityAlreadyExists', status: 409, message: 'Role with name RDS-Monitoring-Role already exists.' },
    );
  });

  it.each([
    [{ RoleName: 'bad name!' }, "1 validation error detected: Value 'bad name!' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"],
    [{ RoleName: 'r'.repeat(65) }, `1 validation error detected: Value '${'r'.repeat(65)}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64`],
    [{ Path: 'service-role' }, "1 validation error detected: Value 'service-role' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"],
    [{ MaxSessionDuration: 60 }, "1 validation error detected: Value '60' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600"],
  ])('refuses %j with ValidationError', (overrides, message) => {
    const h = new Harness();
    expectRefused(h, 'iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: MONITORING_TRUST_POLICY, ...overrides }, { code: 'ValidationError', status: 400, message });
  });

  it('counts every broken constraint in one message', () => {
    const h = new Harness();
    const error = expectRefused(h, 'iam', 'CreateRole', { RoleName: 'a b', Path: 'x', AssumeRolePolicyDocument: MONITORING_TRUST_POLICY }, { code: 'ValidationError' });
    expect(error.message).toMatch(/^2 validation errors detected: Value 'a b' at 'roleName' .*; Value 'x' at 'path' /);
  });

  it('refuses a trust policy that is not one', () => {
    const h = new Harness();
    const identityPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    expectRefused(h, 'iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: identityPolicy }, { code: 'MalformedPolicyDocument', status: 400, message: 'Has prohibited field Resource' });
    expectRefused(h, 'iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: '{"Version":' }, { code: 'MalformedPolicyDocument', message: 'This policy contains invalid Json' });
  });

  it('refuses duplicate tag keys', () => {
    const h = new Harness();
    expectRefused(
      h,
      'iam',
      'CreateRole',
      { RoleName: 'r', AssumeRolePolicyDocument: MONITORING_TRUST_POLICY, Tags: [{ Key: 'a', Value: '1' }, { Key: 'A', Value: '2' }] },
      { code: 'InvalidInput', status: 400, message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.' },
    );
  });
});

describe('ListRoles, UpdateAssumeRolePolicy, tags', () => {
  it('lists roles by name with MaxItems/Marker and a path prefix', () => {
    const h = new Harness();
    for (const name of ['charlie', 'alpha', 'bravo']) h.call('iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: MONITORING_TRUST_POLICY });
    h.call('iam', 'CreateRole', { RoleName: 'svc', Path: '/service-role/', AssumeRolePolicyDocument: MONITORING_TRUST_POLICY });
    const first = h.call<ListRolesResponse>('iam', 'ListRoles', { MaxItems: 2 });
    expect(first.Roles!.map((r) => r.RoleName)).toEqual(['alpha', 'bravo']);
    expect(first.IsTruncated).toBe(true);
    expect(first.Roles![0]).not.toHaveProperty('RoleLastUsed');
    expect(first.Roles![0].MaxSessionDuration).toBe(3600);
    const rest = h.call<ListRolesResponse>('iam', 'ListRoles', { MaxItems: 2, Marker: first.Marker });
    expect(rest.Roles!.map((r) => r.RoleName)).toEqual(['charlie', 'svc']);
    expect(rest.IsTruncated).toBe(false);
    expect(h.call<ListRolesResponse>('iam', 'ListRoles', { PathPrefix: '/service-role/' }).Roles!.map((r) => r.RoleName)).toEqual(['svc']);
  });

  it('replaces the trust policy after checking it', () => {
    const h = new Harness();
    createMonitoringRole(h);
    const lambda = trustPolicyFor('lambda.amazonaws.com');
    h.call('iam', 'UpdateAssumeRolePolicy', { RoleName: 'rds-monitoring-role', PolicyDocument: lambda });
    expect(decodeURIComponent(h.call<GetRoleResponse>('iam', 'GetRole', { RoleName: 'rds-monitoring-role' }).Role!.AssumeRolePolicyDocument!)).toBe(lambda);
    expectRefused(h, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'rds-monitoring-role', PolicyDocument: '[]' }, { code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' });
    expectRefused(h, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'gone', PolicyDocument: lambda }, { code: 'NoSuchEntity' });
  });

  it('tags and untags a role, keys case-insensitively', () => {
    const h = new Harness();
    createMonitoringRole(h);
    h.call('iam', 'TagRole', { RoleName: 'rds-monitoring-role', Tags: [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'db' }] });
    h.call('iam', 'TagRole', { RoleName: 'rds-monitoring-role', Tags: [{ Key: 'ENV', Value: 'prod' }] });
    h.call('iam', 'UntagRole', { RoleName: 'rds-monitoring-role', TagKeys: ['TEAM'] });
    expect(h.call<ListRoleTagsResponse>('iam', 'ListRoleTags', { RoleName: 'rds-monitoring-role' })).toEqual({ Tags: [{ Key: 'ENV', Value: 'prod' }], IsTruncated: false });
  });
});

describe('DeleteRole', () => {
  it('refuses while a managed or inline policy remains, then deletes', () => {
    const h = new Harness();
    createMonitoringRole(h);
    const arn = 'arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole';
    expectRefused(h, 'iam', 'DeleteRole', { RoleName: 'rds-monitoring-role' }, { code: 'DeleteConflict', status: 409, message: 'Cannot delete entity, must detach all policies first.' });
    h.call('iam', 'DetachRolePolicy', { RoleName: 'rds-monitoring-role', PolicyArn: arn });
    h.call('iam', 'PutRolePolicy', {
      RoleName: 'rds-monitoring-role',
      PolicyName: 'logs',
      PolicyDocument: JSON.stringify({ Statement: { Effect: 'Allow', Action: 'logs:*', Resource: '*' } }),
    });
    expectRefused(h, 'iam', 'DeleteRole', { RoleName: 'rds-monitoring-role' }, { code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' });
    h.call('iam', 'DeleteRolePolicy', { RoleName: 'rds-monitoring-role', PolicyName: 'logs' });
    h.call('iam', 'DeleteRole', { RoleName: 'rds-monitoring-role' });
    expectRefused(h, 'iam', 'GetRole', { RoleName: 'rds-monitoring-role' }, { code: 'NoSuchEntity' });
    expectRefused(h, 'iam', 'DeleteRole', { RoleName: 'rds-monitoring-role' }, { code: 'NoSuchEntity', message: 'The role with name rds-monitoring-role cannot be found.' });
  });
});
