import type {
  AuthorizeSecurityGroupIngressResult,
  CreateSecurityGroupResult,
  DescribeSecurityGroupRulesResult,
  DescribeSecurityGroupsResult,
  RevokeSecurityGroupIngressResult,
  SecurityGroup,
} from '@aws-sdk/client-ec2';
import type { CreateDBClusterResult, DBClusterMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';
import { clusterInput } from './support/rds-fixtures';

function createGroup(h: Harness, name: string, region?: string): string {
  return h.ec2<CreateSecurityGroupResult>('CreateSecurityGroup', { GroupName: name, Description: `${name} group` }, region).GroupId!;
}

function describeGroup(h: Harness, groupId: string): SecurityGroup {
  return h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { GroupIds: [groupId] }).SecurityGroups![0];
}

function defaultGroupId(h: Harness, region?: string): string {
  return h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { GroupNames: ['default'] }, region).SecurityGroups![0].GroupId!;
}

const SSH = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] };

describe('egress rules', () => {
  it('authorizes and revokes outbound rules; the top-level simple form is not supported outbound', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const out = h.ec2<AuthorizeSecurityGroupIngressResult>('AuthorizeSecurityGroupEgress', { GroupId: db, IpPermissions: [SSH] });
    expect(out.SecurityGroupRules![0]).toMatchObject({ IsEgress: true, CidrIpv4: '10.0.0.0/8' });
    expect(describeGroup(h, db).IpPermissionsEgress!.map((p) => p.IpProtocol)).toEqual(['-1', 'tcp']);
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupEgress', { GroupId: db, IpPermissions: [SSH] }, { code: 'InvalidPermission.Duplicate' });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupEgress', { GroupId: db, IpProtocol: 'tcp', FromPort: 1, ToPort: 1, CidrIp: '10.0.0.0/8' }, { code: 'InvalidParameterCombination' });
    const allOut = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
    const revoked = h.ec2<RevokeSecurityGroupIngressResult>('RevokeSecurityGroupEgress', { GroupId: db, IpPermissions: [allOut] });
    expect(revoked.Return).toBe(true);
    expect(revoked.RevokedSecurityGroupRules).toMatchObject([{ GroupId: db, IsEgress: true, IpProtocol: '-1', CidrIpv4: '0.0.0.0/0' }]);
    expect(describeGroup(h, db).IpPermissionsEgress!.map((p) => p.IpProtocol)).toEqual(['tcp']);
  });
});

describe('RevokeSecurityGroupIngress', () => {
  it('revokes by properties, ignoring the description', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ ...SSH, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'vpn' }] }] });
    const out = h.ec2<RevokeSecurityGroupIngressResult>('RevokeSecurityGroupIngress', { GroupId: db, IpPermissions: [SSH] });
    expect(out.Return).toBe(true);
    expect(out.UnknownIpPermissions).toBeUndefined();
    expect(out.RevokedSecurityGroupRules).toMatchObject([{ GroupId: db, IsEgress: false, IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv4: '10.0.0.0/8', Description: 'vpn' }]);
    expect(describeGroup(h, db).IpPermissions).toEqual([]);
  });

  it('revokes by rule id, and refuses unknown and malformed rule ids', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const ruleId = h.ec2<AuthorizeSecurityGroupIngressResult>('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [SSH] }).SecurityGroupRules![0].SecurityGroupRuleId!;
    expectRefused(h, 'ec2', 'RevokeSecurityGroupIngress', { GroupId: db, SecurityGroupRuleIds: ['sgr-0123456789abcdef0'] }, {
      code: 'InvalidSecurityGroupRuleId.NotFound',
      message: "The security group rule ID 'sgr-0123456789abcdef0' does not exist",
    });
    expectRefused(h, 'ec2', 'RevokeSecurityGroupIngress', { GroupId: db, SecurityGroupRuleIds: ['rule-1'] }, { code: 'InvalidSecurityGroupRuleId.Malformed' });
    // An egress rule's id does not name an ingress rule.
    const egressId = h.ec2<DescribeSecurityGroupRulesResult>('DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [db] }] })
      .SecurityGroupRules!.find((r) => r.IsEgress)!.SecurityGroupRuleId!;
    expectRefused(h, 'ec2', 'RevokeSecurityGroupIngress', { GroupId: db, SecurityGroupRuleIds: [egressId] }, { code: 'InvalidSecurityGroupRuleId.NotFound' });
    const out = h.ec2<RevokeSecurityGroupIngressResult>('RevokeSecurityGroupIngress', { GroupId: db, SecurityGroupRuleIds: [ruleId] });
    expect(out).toMatchObject({ Return: true, RevokedSecurityGroupRules: [{ SecurityGroupRuleId: ruleId }] });
  });

  it('reports a rule that does not exist in UnknownIpPermissions (default VPC) and revokes the rest', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [SSH] });
    const https = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
    const out = h.ec2<RevokeSecurityGroupIngressResult>('RevokeSecurityGroupIngress', { GroupId: db, IpPermissions: [SSH, https] });
    expect(out.Return).toBe(false);
    expect(out.UnknownIpPermissions).toEqual([
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [], IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [] },
    ]);
    expect(out.RevokedSecurityGroupRules).toHaveLength(1);
    expect(describeGroup(h, db).IpPermissions).toEqual([]);
  });

  it('still validates what it is asked to revoke', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    expectRefused(h, 'ec2', 'RevokeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'ec2', 'RevokeSecurityGroupIngress', { GroupId: 'sg-0123456789abcdef0', IpPermissions: [SSH] }, { code: 'InvalidGroup.NotFound' });
    expectRefused(h, 'ec2', 'RevokeSecurityGroupIngress', { GroupId: db, SecurityGroupRuleIds: ['sgr-0123456789abcdef0'], IpPermissions: [SSH] }, { code: 'InvalidParameterCombination' });
  });
});

describe('DescribeSecurityGroups filters and DescribeSecurityGroupRules', () => {
  function setup() {
    const h = new Harness();
    const app = createGroup(h, 'app-servers');
    const db = h.ec2<CreateSecurityGroupResult>('CreateSecurityGroup', {
      GroupName: 'aurora-mysql-sg',
      Description: 'Security group for Aurora MySQL cluster',
      TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'Environment', Value: 'Production' }] }],
    }).GroupId!;
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: app }] }] });
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: app, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] });
    return { h, app, db };
  }
  const names = (h: Harness, filters: object[]) =>
    h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { Filters: filters }).SecurityGroups!.map((g) => g.GroupName).sort();

  it('filters by rule fields, description, tags and wildcards', () => {
    const { h, app } = setup();
    expect(names(h, [{ Name: 'ip-permission.from-port', Values: ['3306'] }])).toEqual(['aurora-mysql-sg']);
    expect(names(h, [{ Name: 'ip-permission.group-id', Values: [app] }])).toEqual(['aurora-mysql-sg']);
    expect(names(h, [{ Name: 'ip-permission.group-name', Values: ['app-*'] }])).toEqual(['aurora-mysql-sg']);
    expect(names(h, [{ Name: 'ip-permission.user-id', Values: [ACCOUNT_ID] }])).toEqual(['aurora-mysql-sg', 'default']);
    expect(names(h, [{ Name: 'ip-permission.ipv6-cidr', Values: ['::/0'] }])).toEqual(['app-servers']);
    expect(names(h, [{ Name: 'ip-permission.protocol', Values: ['tcp'] }])).toEqual(['app-servers', 'aurora-mysql-sg']);
    expect(names(h, [{ Name: 'egress.ip-permission.cidr', Values: ['0.0.0.0/0'] }])).toEqual(['app-servers', 'aurora-mysql-sg', 'default']);
    expect(names(h, [{ Name: 'description', Values: ['*Aurora*'] }])).toEqual(['aurora-mysql-sg']);
    expect(names(h, [{ Name: 'tag:Environment', Values: ['Production'] }])).toEqual(['aurora-mysql-sg']);
    expect(names(h, [{ Name: 'group-name', Values: ['aurora-mysql-sg', 'app-servers'] }, { Name: 'ip-permission.to-port', Values: ['443'] }])).toEqual(['app-servers']);
    expectRefused(h, 'ec2', 'DescribeSecurityGroups', { Filters: [{ Name: 'ip-permission.port', Values: ['1'] }] }, { code: 'InvalidParameterValue', message: "The filter 'ip-permission.port' is invalid" });
  });

  it('describes rules by id and by group-id filter', () => {
    const { h, db } = setup();
    const rules = h.ec2<DescribeSecurityGroupRulesResult>('DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [db] }] }).SecurityGroupRules!;
    expect(rules.map((r) => [r.IsEgress, r.IpProtocol, r.FromPort, r.ToPort]).sort()).toEqual([
      [false, 'tcp', 3306, 3306],
      [true, '-1', -1, -1],
    ]);
    const one = h.ec2<DescribeSecurityGroupRulesResult>('DescribeSecurityGroupRules', { SecurityGroupRuleIds: [rules[0].SecurityGroupRuleId] }).SecurityGroupRules!;
    expect(one).toEqual([rules[0]]);
    expectRefused(h, 'ec2', 'DescribeSecurityGroupRules', { SecurityGroupRuleIds: ['sgr-0123456789abcdef0'] }, { code: 'InvalidSecurityGroupRuleId.NotFound' });
  });

  it('keeps GroupIds and GroupNames lookups and their errors', () => {
    const { h, db } = setup();
    const both = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { GroupIds: [db], GroupNames: ['app-servers'] }).SecurityGroups!;
    expect(both.map((g) => g.GroupName).sort()).toEqual(['app-servers', 'aurora-mysql-sg']);
    expectRefused(h, 'ec2', 'DescribeSecurityGroups', { GroupIds: ['sg-0123456789abcdef0'] }, { code: 'InvalidGroup.NotFound' });
    expectRefused(h, 'ec2', 'DescribeSecurityGroups', { GroupNames: ['nope'] }, { code: 'InvalidGroup.NotFound' });
  });
});

describe('CreateTags and DeleteTags', () => {
  it('tags and untags security groups, VPCs and rules', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const vpc = describeGroup(h, db).VpcId!;
    h.ec2('CreateTags', { Resources: [db, vpc], Tags: [{ Key: 'Name', Value: 'one' }, { Key: 'team', Value: 'data' }] });
    h.ec2('CreateTags', { Resources: [db], Tags: [{ Key: 'Name', Value: 'two' }] });
    expect(describeGroup(h, db).Tags).toEqual([{ Key: 'Name', Value: 'two' }, { Key: 'team', Value: 'data' }]);
    h.ec2('DeleteTags', { Resources: [db], Tags: [{ Key: 'Name', Value: 'one' }, { Key: 'team' }] });
    expect(describeGroup(h, db).Tags).toEqual([{ Key: 'Name', Value: 'two' }]);
    h.ec2('DeleteTags', { Resources: [db] });
    expect(describeGroup(h, db).Tags).toBeUndefined();
    expectRefused(h, 'ec2', 'CreateTags', { Resources: [db, 'sg-0123456789abcdef0'], Tags: [{ Key: 'a', Value: 'b' }] }, { code: 'InvalidGroup.NotFound' });
    expectRefused(h, 'ec2', 'CreateTags', { Resources: ['i-0123456789abcdef0'], Tags: [{ Key: 'a', Value: 'b' }] }, { code: 'InvalidID' });
  });
});

describe('RDS clusters and security groups', () => {
  it("uses the VPC's default group when none is given, and a created group when named", () => {
    const h = new Harness();
    const sg = createGroup(h, 'aurora-mysql-sg');
    const plain = h.rds<CreateDBClusterResult>('CreateDBCluster', clusterInput({ DBClusterIdentifier: 'plain' })).DBCluster!;
    expect(plain.VpcSecurityGroups).toEqual([{ VpcSecurityGroupId: defaultGroupId(h), Status: 'active' }]);
    const named = h.rds<CreateDBClusterResult>('CreateDBCluster', clusterInput({ DBClusterIdentifier: 'named', VpcSecurityGroupIds: [sg] })).DBCluster!;
    expect(named.VpcSecurityGroups).toEqual([{ VpcSecurityGroupId: sg, Status: 'active' }]);
  });

  it('refuses an unknown group, a group of another region, and a deleted group', () => {
    const h = new Harness();
    const west = createGroup(h, 'west', 'us-west-2');
    const gone = createGroup(h, 'gone');
    h.ec2('DeleteSecurityGroup', { GroupId: gone });
    for (const id of ['sg-12345678', west, gone]) {
      expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ VpcSecurityGroupIds: [id] }), {
        code: 'InvalidParameterValue',
        message: `Invalid security group , groupId= ${id}, groupName=.`,
      });
    }
  });

  it('moves a cluster to another group with ModifyDBCluster, freeing the first for deletion', () => {
    const h = new Harness();
    const first = createGroup(h, 'first');
    const second = createGroup(h, 'second');
    h.rds('CreateDBCluster', clusterInput({ VpcSecurityGroupIds: [first] }));
    h.advance(30 * 60_000);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', VpcSecurityGroupIds: ['sg-0123456789abcdef0'], ApplyImmediately: true }, { code: 'InvalidParameterValue' });
    h.rds('ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', VpcSecurityGroupIds: [second], ApplyImmediately: true });
    const cluster = h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: 'aurora-prod' }).DBClusters![0];
    expect(cluster.VpcSecurityGroups).toEqual([{ VpcSecurityGroupId: second, Status: 'active' }]);
    h.ec2('DeleteSecurityGroup', { GroupId: first });
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupId: second }, { code: 'DependencyViolation' });
  });
});

describe('determinism', () => {
  function session(): { outputs: unknown[]; state: unknown } {
    const h = new Harness('seed-sg');
    const outputs: unknown[] = [];
    const app = createGroup(h, 'app');
    const db = createGroup(h, 'db');
    outputs.push(h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: app }] }] }));
    outputs.push(h.ec2('AuthorizeSecurityGroupEgress', { GroupId: db, IpPermissions: [SSH] }));
    outputs.push(h.ec2('RevokeSecurityGroupIngress', { GroupId: db, IpPermissions: [SSH] }));
    outputs.push(h.ec2('DescribeSecurityGroupRules', {}));
    return { outputs, state: structuredClone(h.engine.state) };
  }

  it('two engines fed the same security group requests make the same ids, outputs and state', () => {
    const a = session();
    const b = session();
    expect(b.outputs).toEqual(a.outputs);
    expect(b.state).toEqual(a.state);
  });
});
