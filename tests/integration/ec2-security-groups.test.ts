import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  DescribeSecurityGroupRulesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
  RevokeSecurityGroupIngressCommand,
} from '@aws-sdk/client-ec2';
import { CreateDBClusterCommand, RDSClient, RDSServiceException } from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, rdsClientFor, startEndpointServer, type TestSandbox } from './support/test-servers';

async function rejection(promise: Promise<unknown>): Promise<EC2ServiceException | RDSServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EC2ServiceException || error instanceof RDSServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('EC2 security groups over the wire', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let ec2: EC2Client;
  let rds: RDSClient;

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    ec2 = new EC2Client({
      endpoint: sandbox.endpointUrl,
      region: sandbox.region,
      credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey },
    });
    rds = rdsClientFor(sandbox);
  });
  afterAll(async () => {
    ec2?.destroy();
    rds?.destroy();
    await server?.close();
  });

  describe('@aws-sdk/client-ec2', () => {
    it('creates a group, authorizes a source-group rule, refuses the duplicate and an unknown group, revokes and deletes', async () => {
      const vpcId = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0].VpcId!;
      const app = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'sdk-app', Description: 'app servers', VpcId: vpcId }));
      const db = await ec2.send(
        new CreateSecurityGroupCommand({
          GroupName: 'sdk-db',
          Description: 'database',
          TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'tier', Value: 'db' }] }],
        }),
      );
      expect(db.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
      expect(db.SecurityGroupArn).toMatch(new RegExp(`^arn:aws:ec2:${sandbox.region}:\\d{12}:security-group/${db.GroupId}$`));
      expect(db.Tags).toEqual([{ Key: 'tier', Value: 'db' }]);

      const permission = { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, UserIdGroupPairs: [{ GroupId: app.GroupId }] };
      const authorized = await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: db.GroupId, IpPermissions: [permission] }));
      expect(authorized.Return).toBe(true);
      expect(authorized.SecurityGroupRules![0]).toMatchObject({
        GroupId: db.GroupId,
        IsEgress: false,
        IpProtocol: 'tcp',
        FromPort: 3306,
        ToPort: 3306,
        ReferencedGroupInfo: { GroupId: app.GroupId },
      });
      expect(authorized.SecurityGroupRules![0].SecurityGroupRuleId).toMatch(/^sgr-[0-9a-f]{17}$/);

      const duplicate = await rejection(ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: db.GroupId, IpPermissions: [permission] })));
      expect(duplicate.name).toBe('InvalidPermission.Duplicate');
      expect(duplicate.$metadata.httpStatusCode).toBe(400);
      expect(duplicate.message).toBe(`the specified rule "peer: ${app.GroupId}, TCP, from port: 3306, to port: 3306, ALLOW" already exists`);

      const unknown = await rejection(
        ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: 'sg-0123456789abcdef0', IpPermissions: [permission] })),
      );
      expect(unknown.name).toBe('InvalidGroup.NotFound');
      expect(unknown.message).toBe("The security group 'sg-0123456789abcdef0' does not exist");

      const described = (await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'ip-permission.group-id', Values: [app.GroupId!] }] })))
        .SecurityGroups!;
      expect(described.map((g) => g.GroupName)).toEqual(['sdk-db']);
      expect(described[0].IpPermissions![0].UserIdGroupPairs).toEqual([{ UserId: expect.stringMatching(/^\d{12}$/), GroupId: app.GroupId }]);
      const rules = await ec2.send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: [db.GroupId!] }] }));
      expect(rules.SecurityGroupRules).toHaveLength(2);

      const inUse = await rejection(ec2.send(new DeleteSecurityGroupCommand({ GroupId: app.GroupId })));
      expect(inUse.name).toBe('DependencyViolation');
      expect(inUse.message).toBe(`resource ${app.GroupId} has a dependent object`);

      const revoked = await ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: db.GroupId, IpPermissions: [permission] }));
      expect(revoked.Return).toBe(true);
      expect(revoked.RevokedSecurityGroupRules).toHaveLength(1);
      expect(await ec2.send(new DeleteSecurityGroupCommand({ GroupId: app.GroupId }))).toMatchObject({ Return: true, GroupId: app.GroupId });
    });

    it('links RDS: an unknown group is refused, a used group cannot be deleted', async () => {
      const sg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'sdk-aurora', Description: 'aurora' }))).GroupId!;
      const cluster = { Engine: 'aurora-postgresql', MasterUsername: 'pgadmin', MasterUserPassword: 'Sup3r-Secret-Pass' };
      const refused = await rejection(rds.send(new CreateDBClusterCommand({ ...cluster, DBClusterIdentifier: 'sdk-bad-sg', VpcSecurityGroupIds: ['sg-0123456789abcdef0'] })));
      expect(refused.name).toBe('InvalidParameterValue');
      expect(refused.message).toBe('Invalid security group , groupId= sg-0123456789abcdef0, groupName=.');
      const created = await rds.send(new CreateDBClusterCommand({ ...cluster, DBClusterIdentifier: 'sdk-sg', VpcSecurityGroupIds: [sg] }));
      expect(created.DBCluster!.VpcSecurityGroups).toEqual([{ VpcSecurityGroupId: sg, Status: 'active' }]);
      const inUse = await rejection(ec2.send(new DeleteSecurityGroupCommand({ GroupId: sg })));
      expect(inUse.name).toBe('DependencyViolation');
    });
  });

  describe.runIf(haveRealAwsCli())('the real AWS CLI v2', () => {
    const env = () => sandbox;

    it("runs the seed's create-security-group and authorize-security-group-ingress --source-group, then refuses the duplicate", async () => {
      const setup = await runWithRealCli(
        `set -e
VPC=$(aws ec2 describe-vpcs --filters Name=is-default,Values=true --query 'Vpcs[0].VpcId' --output text)
aws ec2 create-security-group --group-name app-servers --description "Application servers" --vpc-id $VPC --query GroupId --output text
aws ec2 create-security-group \\
  --group-name aurora-mysql-sg \\
  --description "Security group for Aurora MySQL cluster" \\
  --vpc-id $VPC`,
        env(),
      );
      expect(setup.stderr).toBe('');
      expect(setup.status).toBe(0);
      const [appSg, ...created] = setup.stdout.trim().split('\n');
      // CLI v2.9.19's model predates SecurityGroupArn, so it prints the GroupId alone.
      const createdJson = JSON.parse(created.join('\n')) as { GroupId: string };
      expect(createdJson.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
      const seedIngress = `aws ec2 authorize-security-group-ingress \\
  --group-id ${createdJson.GroupId} \\
  --protocol tcp \\
  --port 3306 \\
  --source-group ${appSg}`;
      const authorized = await runWithRealCli(seedIngress, env());
      expect(authorized.stderr).toBe('');
      const output = JSON.parse(authorized.stdout) as { Return: boolean; SecurityGroupRules: { IpProtocol: string; FromPort: number; ReferencedGroupInfo: { GroupId: string } }[] };
      expect(output.Return).toBe(true);
      expect(output.SecurityGroupRules).toMatchObject([{ IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, ReferencedGroupInfo: { GroupId: appSg } }]);

      const again = await runWithRealCli(seedIngress, env());
      expect(again.status).toBe(254);
      expect(again.stderr.trim()).toBe(
        `An error occurred (InvalidPermission.Duplicate) when calling the AuthorizeSecurityGroupIngress operation: the specified rule "peer: ${appSg}, TCP, from port: 3306, to port: 3306, ALLOW" already exists`,
      );
      const duplicateGroup = await runWithRealCli('aws ec2 create-security-group --group-name aurora-mysql-sg --description again', env());
      expect(duplicateGroup.status).toBe(254);
      expect(duplicateGroup.stderr).toMatch(/\(InvalidGroup\.Duplicate\) when calling the CreateSecurityGroup operation: The security group 'aurora-mysql-sg' already exists for VPC 'vpc-[0-9a-f]{17}'/);

      const rules = await runWithRealCli(
        `aws ec2 authorize-security-group-ingress --group-name aurora-mysql-sg --protocol tcp --port 22-23 --cidr 10.0.0.0/16 >/dev/null
aws ec2 describe-security-groups --group-ids ${createdJson.GroupId} --query 'SecurityGroups[0].IpPermissions[].[IpProtocol,FromPort,ToPort]' --output text`,
        env(),
      );
      expect(rules.stderr).toBe('');
      expect(rules.stdout.trim().split('\n').map((line) => line.split('\t'))).toEqual([
        ['tcp', '3306', '3306'],
        ['tcp', '22', '23'],
      ]);
    });

    it('refuses an unknown group, a malformed source group, and deleting a group a cluster uses', async () => {
      const unknown = await runWithRealCli('aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 3306 --cidr 10.0.0.0/16', env());
      expect(unknown.status).toBe(254);
      expect(unknown.stderr.trim()).toBe(
        "An error occurred (InvalidGroup.NotFound) when calling the AuthorizeSecurityGroupIngress operation: The security group 'sg-0123456789abcdef0' does not exist",
      );
      const malformed = await runWithRealCli(
        'aws ec2 authorize-security-group-ingress --group-name aurora-mysql-sg --protocol tcp --port 3306 --source-group sg-application-servers',
        env(),
      );
      expect(malformed.stderr.trim()).toBe(
        'An error occurred (InvalidGroupId.Malformed) when calling the AuthorizeSecurityGroupIngress operation: Invalid id: "sg-application-servers" (expecting "sg-...")',
      );
      const rdsUnknown = await runWithRealCli(
        'aws rds create-db-cluster --db-cluster-identifier cli-bad-sg --engine aurora-mysql --master-username admin --master-user-password SecurePassword123! --vpc-security-group-ids sg-12345678',
        env(),
      );
      expect(rdsUnknown.status).toBe(254);
      expect(rdsUnknown.stderr.trim()).toBe(
        'An error occurred (InvalidParameterValue) when calling the CreateDBCluster operation: Invalid security group , groupId= sg-12345678, groupName=.',
      );
      const inUse = await runWithRealCli(
        `set -e
SG=$(aws ec2 create-security-group --group-name cli-aurora --description "Aurora cluster" --query GroupId --output text)
aws rds create-db-cluster --db-cluster-identifier cli-sg --engine aurora-mysql --master-username admin --master-user-password SecurePassword123! --vpc-security-group-ids $SG --query 'DBCluster.VpcSecurityGroups[0].VpcSecurityGroupId' --output text
aws ec2 delete-security-group --group-id $SG`,
        env(),
      );
      expect(inUse.status).toBe(254);
      const sg = inUse.stdout.trim();
      expect(sg).toMatch(/^sg-[0-9a-f]{17}$/);
      expect(inUse.stderr.trim()).toBe(`An error occurred (DependencyViolation) when calling the DeleteSecurityGroup operation: resource ${sg} has a dependent object`);
      const defaultGroup = await runWithRealCli('aws ec2 delete-security-group --group-name default', env());
      expect(defaultGroup.stderr).toMatch(/\(CannotDelete\) when calling the DeleteSecurityGroup operation: the specified group: "sg-[0-9a-f]{17}" name: "default" cannot be deleted by a user/);
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    it('authorizes, refuses the duplicate, reports an unknown revoke and refuses deleting the default group', async () => {
      const result = (await runBoto3(
        `
group = ec2.create_security_group(GroupName='boto-db', Description='boto database')['GroupId']
rule = {'IpProtocol': 'tcp', 'FromPort': 5432, 'ToPort': 5432, 'IpRanges': [{'CidrIp': '10.0.0.0/16', 'Description': 'vpc'}]}
out = ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[rule])
emit({'return': out['Return'], 'rule': out['SecurityGroupRules'][0]['SecurityGroupRuleId']})
try:
    ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[rule])
except ClientError as e:
    emit(e.response['Error'])
other = {'IpProtocol': 'udp', 'FromPort': 53, 'ToPort': 53, 'IpRanges': [{'CidrIp': '0.0.0.0/0'}]}
revoked = ec2.revoke_security_group_ingress(GroupId=group, IpPermissions=[rule, other])
# Debian's botocore may predate RevokedSecurityGroupRules.
emit({'return': revoked['Return'], 'unknown': revoked.get('UnknownIpPermissions')})
found = ec2.describe_security_groups(Filters=[{'Name': 'group-name', 'Values': ['boto-*']}])['SecurityGroups']
emit([g['GroupName'] for g in found])
default = ec2.describe_security_groups(GroupNames=['default'])['SecurityGroups'][0]['GroupId']
ec2.delete_security_group(GroupId=default)
`,
        sandbox,
      )) as unknown[];
      expect(result[0]).toMatchObject({ return: true, rule: expect.stringMatching(/^sgr-[0-9a-f]{17}$/) });
      expect(result[1]).toMatchObject({
        Code: 'InvalidPermission.Duplicate',
        Message: 'the specified rule "peer: 10.0.0.0/16, TCP, from port: 5432, to port: 5432, ALLOW" already exists',
      });
      expect(result[2]).toEqual({
        return: false,
        unknown: [{ IpProtocol: 'udp', FromPort: 53, ToPort: 53, UserIdGroupPairs: [], IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [] }],
      });
      expect(result[3]).toEqual(['boto-db']);
      expect(result[4]).toMatchObject({ error: { Code: 'CannotDelete', HTTPStatusCode: 400 } });
    });
  });
});
