import type {
  AuthorizeSecurityGroupIngressResult,
  CreateSecurityGroupResult,
  DeleteSecurityGroupResult,
  DescribeSecurityGroupsResult,
  DescribeVpcsResult,
  SecurityGroup,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';

function defaultVpcId(h: Harness): string {
  return h.ec2<DescribeVpcsResult>('DescribeVpcs', {}).Vpcs![0].VpcId!;
}

function createGroup(h: Harness, name: string, extra: object = {}): string {
  return h.ec2<CreateSecurityGroupResult>('CreateSecurityGroup', { GroupName: name, Description: `${name} group`, ...extra }).GroupId!;
}

function describeGroup(h: Harness, groupId: string): SecurityGroup {
  return h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { GroupIds: [groupId] }).SecurityGroups![0];
}

describe('CreateSecurityGroup', () => {
  it('creates a group in the default VPC with an sg- id, its ARN and the allow-all IPv4 egress rule', () => {
    const h = new Harness();
    const vpcId = defaultVpcId(h);
    const created = h.ec2<CreateSecurityGroupResult>('CreateSecurityGroup', {
      GroupName: 'aurora-mysql-sg',
      Description: 'Security group for Aurora MySQL cluster',
      VpcId: vpcId,
      TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'Name', Value: 'aurora' }] }],
    });
    expect(created.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(created.SecurityGroupArn).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT_ID}:security-group/${created.GroupId}`);
    expect(created.Tags).toEqual([{ Key: 'Name', Value: 'aurora' }]);
    const group = describeGroup(h, created.GroupId!);
    expect(group).toMatchObject({ GroupName: 'aurora-mysql-sg', Description: 'Security group for Aurora MySQL cluster', VpcId: vpcId, OwnerId: ACCOUNT_ID });
    expect(group.IpPermissions).toEqual([]);
    expect(group.IpPermissionsEgress).toEqual([
      { IpProtocol: '-1', UserIdGroupPairs: [], IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [] },
    ]);
  });

  it('defaults VpcId to the default VPC', () => {
    const h = new Harness();
    const groupId = createGroup(h, 'app-servers');
    expect(describeGroup(h, groupId).VpcId).toBe(defaultVpcId(h));
  });

  const refusals: [string, object, { code: string; message?: string | RegExp }][] = [
    ['reserved name default', { GroupName: 'default' }, { code: 'InvalidParameterValue', message: 'Cannot use reserved security group name: default' }],
    ['name shaped like an id', { GroupName: 'sg-app' }, { code: 'InvalidParameterValue', message: "Invalid value 'sg-app' for groupName. Group names may not be in the format sg-*." }],
    ['name with a character VPC groups refuse', { GroupName: 'app%servers' }, { code: 'InvalidParameterValue', message: /^Invalid value 'app%servers' for groupName/ }],
    ['name longer than 255', { GroupName: 'a'.repeat(256) }, { code: 'InvalidParameterValue', message: /Length exceeds maximum of 255/ }],
    ['empty name', { GroupName: '' }, { code: 'MissingParameter', message: 'The request must contain the parameter groupName' }],
    ['empty description', { Description: '' }, { code: 'MissingParameter', message: 'The request must contain the parameter groupDescription' }],
    ['non-ASCII description', { Description: 'café' }, { code: 'InvalidParameterValue' }],
    ['unknown VPC', { VpcId: 'vpc-0123456789abcdef0' }, { code: 'InvalidVpcID.NotFound', message: "The vpc ID 'vpc-0123456789abcdef0' does not exist" }],
    ['tags for another resource type', { TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'a', Value: 'b' }] }] }, { code: 'InvalidParameterValue', message: "'instance' is not a valid taggable resource type for this operation." }],
    ['aws: tag key', { TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'aws:x', Value: 'b' }] }] }, { code: 'InvalidParameterValue' }],
    ['dry run', { DryRun: true }, { code: 'DryRunOperation', message: 'Request would have succeeded, but DryRun flag is set.' }],
  ];
  for (const [name, overrides, expected] of refusals) {
    it(`refuses: ${name}`, () => {
      const h = new Harness();
      expectRefused(h, 'ec2', 'CreateSecurityGroup', { GroupName: 'app', Description: 'app', ...overrides }, expected);
    });
  }

  it('refuses a second group of the same name in the same VPC with InvalidGroup.Duplicate', () => {
    const h = new Harness();
    createGroup(h, 'aurora-mysql-sg');
    expectRefused(h, 'ec2', 'CreateSecurityGroup', { GroupName: 'aurora-mysql-sg', Description: 'again' }, {
      code: 'InvalidGroup.Duplicate',
      status: 400,
      message: `The security group 'aurora-mysql-sg' already exists for VPC '${defaultVpcId(h)}'`,
    });
  });

  it('gives groups of the same name in two regions their own ids', () => {
    const h = new Harness();
    const east = createGroup(h, 'app');
    const west = h.ec2<CreateSecurityGroupResult>('CreateSecurityGroup', { GroupName: 'app', Description: 'app' }, 'us-west-2').GroupId;
    expect(west).not.toBe(east);
  });
});

describe('DeleteSecurityGroup', () => {
  it('deletes by id and by name, answering Return and the GroupId', () => {
    const h = new Harness();
    const a = createGroup(h, 'a');
    const b = createGroup(h, 'b');
    expect(h.ec2<DeleteSecurityGroupResult>('DeleteSecurityGroup', { GroupId: a })).toEqual({ Return: true, GroupId: a });
    expect(h.ec2<DeleteSecurityGroupResult>('DeleteSecurityGroup', { GroupName: 'b' })).toEqual({ Return: true, GroupId: b });
    expect(h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', {}).SecurityGroups!.map((g) => g.GroupName)).toEqual(['default']);
  });

  it("refuses the VPC's default group with CannotDelete", () => {
    const h = new Harness();
    const defaultId = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', {}).SecurityGroups![0].GroupId!;
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupId: defaultId }, {
      code: 'CannotDelete',
      message: `the specified group: "${defaultId}" name: "default" cannot be deleted by a user`,
    });
  });

  it('refuses unknown, malformed and missing groups', () => {
    const h = new Harness();
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupId: 'sg-0123456789abcdef0' }, { code: 'InvalidGroup.NotFound', message: "The security group 'sg-0123456789abcdef0' does not exist" });
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupId: 'sg-app' }, { code: 'InvalidGroupId.Malformed', message: 'Invalid id: "sg-app" (expecting "sg-...")' });
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupName: 'nope' }, { code: 'InvalidGroup.NotFound', message: `The security group 'nope' does not exist in default VPC '${defaultVpcId(h)}'` });
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', {}, { code: 'MissingParameter' });
  });

  it("refuses a group another group's rule references (DependencyViolation), but not a self-reference", () => {
    const h = new Harness();
    const app = createGroup(h, 'app');
    const db = createGroup(h, 'db');
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: app }] }] });
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: db }] }] });
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupId: app }, { code: 'DependencyViolation', message: `resource ${app} has a dependent object` });
    h.ec2('DeleteSecurityGroup', { GroupId: db });
    h.ec2('DeleteSecurityGroup', { GroupId: app });
  });

  it('refuses a group a DB cluster uses until the cluster lets go of it', () => {
    const h = new Harness();
    const sg = createGroup(h, 'aurora-mysql-sg');
    h.rds('CreateDBCluster', { DBClusterIdentifier: 'c1', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!', VpcSecurityGroupIds: [sg] });
    expectRefused(h, 'ec2', 'DeleteSecurityGroup', { GroupId: sg }, { code: 'DependencyViolation', message: `resource ${sg} has a dependent object` });
    h.advance(30 * 60_000);
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'c1', SkipFinalSnapshot: true });
    h.advance(30 * 60_000);
    expect(h.ec2<DeleteSecurityGroupResult>('DeleteSecurityGroup', { GroupId: sg }).Return).toBe(true);
  });
});

describe('AuthorizeSecurityGroupIngress', () => {
  it('adds the seed rule (tcp 3306 from an application group) as the CLI sends it, with an sgr- rule id', () => {
    const h = new Harness();
    const app = createGroup(h, 'app-servers');
    const db = createGroup(h, 'aurora-mysql-sg');
    const out = h.ec2<AuthorizeSecurityGroupIngressResult>('AuthorizeSecurityGroupIngress', {
      GroupId: db,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: app }] }],
    });
    expect(out.Return).toBe(true);
    expect(out.SecurityGroupRules).toHaveLength(1);
    const rule = out.SecurityGroupRules![0];
    expect(rule.SecurityGroupRuleId).toMatch(/^sgr-[0-9a-f]{17}$/);
    expect(rule).toMatchObject({
      GroupId: db,
      GroupOwnerId: ACCOUNT_ID,
      IsEgress: false,
      IpProtocol: 'tcp',
      FromPort: 3306,
      ToPort: 3306,
      ReferencedGroupInfo: { GroupId: app, UserId: ACCOUNT_ID },
      SecurityGroupRuleArn: `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:security-group-rule/${rule.SecurityGroupRuleId}`,
    });
    expect(describeGroup(h, db).IpPermissions).toEqual([
      { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ UserId: ACCOUNT_ID, GroupId: app }], IpRanges: [], Ipv6Ranges: [], PrefixListIds: [] },
    ]);
  });

  it('groups rules with the same protocol and ports into one IpPermission, descriptions kept per peer', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    h.ec2('AuthorizeSecurityGroupIngress', {
      GroupId: db,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'office' }, { CidrIp: '192.168.1.0/24' }], Ipv6Ranges: [{ CidrIpv6: '2001:DB8::/32' }] },
      ],
    });
    expect(describeGroup(h, db).IpPermissions).toEqual([
      {
        IpProtocol: 'tcp',
        FromPort: 5432,
        ToPort: 5432,
        UserIdGroupPairs: [],
        IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'office' }, { CidrIp: '192.168.1.0/24' }],
        Ipv6Ranges: [{ CidrIpv6: '2001:db8::/32' }],
        PrefixListIds: [],
      },
    ]);
  });

  it('takes the top-level simple form and a group name in the default VPC', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const app = createGroup(h, 'app');
    h.ec2('AuthorizeSecurityGroupIngress', { GroupName: 'db', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '203.0.113.0/24' });
    const out = h.ec2<AuthorizeSecurityGroupIngressResult>('AuthorizeSecurityGroupIngress', { GroupId: db, SourceSecurityGroupName: 'app' });
    expect(out.SecurityGroupRules!.map((r) => [r.IpProtocol, r.FromPort, r.ToPort, r.ReferencedGroupInfo?.GroupId])).toEqual([
      ['icmp', -1, -1, app],
      ['tcp', 0, 65535, app],
      ['udp', 0, 65535, app],
    ]);
  });

  it('normalises protocols: numbers of named protocols, -1 and other protocols without ports', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const out = h.ec2<AuthorizeSecurityGroupIngressResult>('AuthorizeSecurityGroupIngress', {
      GroupId: db,
      IpPermissions: [
        { IpProtocol: '6', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: 'UDP', FromPort: 53, ToPort: 53, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: '-1', FromPort: 1, ToPort: 2, IpRanges: [{ CidrIp: '10.1.0.0/16' }] },
        { IpProtocol: '50', IpRanges: [{ CidrIp: '10.2.0.0/16' }] },
        { IpProtocol: 'icmp', FromPort: 8, ToPort: -1, IpRanges: [{ CidrIp: '10.3.0.0/16' }] },
      ],
    });
    expect(out.SecurityGroupRules!.map((r) => [r.IpProtocol, r.FromPort, r.ToPort])).toEqual([
      ['tcp', 80, 80],
      ['udp', 53, 53],
      ['-1', -1, -1],
      ['50', -1, -1],
      ['icmp', 8, -1],
    ]);
    const all = describeGroup(h, db).IpPermissions!.find((p) => p.IpProtocol === '-1')!;
    expect(all.FromPort).toBeUndefined();
    expect(all.ToPort).toBeUndefined();
  });

  it('refuses a rule that already exists with InvalidPermission.Duplicate, and a rule given twice', () => {
    const h = new Harness();
    const app = createGroup(h, 'app');
    const db = createGroup(h, 'db');
    const rule = { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: app }] };
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [rule] });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ ...rule, UserIdGroupPairs: [{ GroupId: app, Description: 'other text' }] }] }, {
      code: 'InvalidPermission.Duplicate',
      status: 400,
      message: `the specified rule "peer: ${app}, TCP, from port: 3306, to port: 3306, ALLOW" already exists`,
    });
    const cidr = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] };
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [cidr, cidr] }, {
      code: 'InvalidPermission.Duplicate',
      message: 'the specified rule "peer: 10.0.0.0/8, TCP, from port: 22, to port: 22, ALLOW" already exists',
    });
  });

  const refusals: [string, object, { code: string; message?: string | RegExp }][] = [
    ['malformed IPv4 CIDR', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/33' }] }, { code: 'InvalidParameterValue', message: 'CIDR block 10.0.0.0/33 is malformed' }],
    ['CIDR without prefix', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.1' }] }, { code: 'InvalidParameterValue', message: 'CIDR block 10.0.0.1 is malformed' }],
    ['malformed IPv6 CIDR', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, Ipv6Ranges: [{ CidrIpv6: '2001:db8::/129' }] }, { code: 'InvalidParameterValue', message: 'CIDR block 2001:db8::/129 is malformed' }],
    ['unknown protocol', { IpProtocol: 'all', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue', message: "Invalid value 'all' for IP protocol. Unknown protocol." }],
    ['protocol 256', { IpProtocol: '256', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue', message: "Invalid value '256' for IP protocol. Unknown protocol." }],
    ['tcp without ports', { IpProtocol: 'tcp', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue', message: "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange." }],
    ['port above 65535', { IpProtocol: 'tcp', FromPort: 80, ToPort: 70000, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue', message: 'TCP/UDP (to) port (70000) out of range' }],
    ['port -1 for tcp', { IpProtocol: 'tcp', FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue', message: 'TCP/UDP (from) port (-1) out of range' }],
    ['from port above to port', { IpProtocol: 'tcp', FromPort: 80, ToPort: 70, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue' }],
    ['ICMP type out of range', { IpProtocol: 'icmp', FromPort: 256, ToPort: 0, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { code: 'InvalidParameterValue', message: 'ICMP type (256) out of range' }],
    ['unknown source group', { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: 'sg-0123456789abcdef0' }] }, { code: 'InvalidGroup.NotFound', message: "The security group 'sg-0123456789abcdef0' does not exist" }],
    ['malformed source group', { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: 'sg-application-servers' }] }, { code: 'InvalidGroupId.Malformed', message: 'Invalid id: "sg-application-servers" (expecting "sg-...")' }],
    ['no peer', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22 }, { code: 'MissingParameter' }],
    ['prefix list', { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-12345678' }] }, { code: 'InvalidPrefixListId.NotFound' }],
    ['bad rule description', { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'é' }] }, { code: 'InvalidParameterValue', message: /^Invalid rule description/ }],
  ];
  for (const [name, permission, expected] of refusals) {
    it(`refuses: ${name}`, () => {
      const h = new Harness();
      const db = createGroup(h, 'db');
      expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [permission] }, expected);
    });
  }

  it('refuses an unknown or malformed target group, no rules, and both forms at once', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const permission = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] };
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: 'sg-0123456789abcdef0', IpPermissions: [permission] }, { code: 'InvalidGroup.NotFound' });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: 'sg-12345678x', IpPermissions: [permission] }, { code: 'InvalidGroupId.Malformed' });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db }, { code: 'MissingParameter' });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db, CidrIp: '10.0.0.0/8', IpPermissions: [permission] }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [permission], DryRun: true }, { code: 'DryRunOperation', status: 412 });
  });

  it('refuses the 61st IPv4 inbound rule', () => {
    const h = new Harness();
    const db = createGroup(h, 'db');
    const ranges = Array.from({ length: 60 }, (_, i) => ({ CidrIp: `10.0.${i}.0/24` }));
    h.ec2('AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: ranges }] });
    expectRefused(h, 'ec2', 'AuthorizeSecurityGroupIngress', { GroupId: db, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.1.0.0/24' }] }] }, {
      code: 'RulesPerSecurityGroupLimitExceeded',
    });
  });
});
