import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  IAMClient,
  IAMServiceException,
  ListAttachedRolePoliciesCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { CreateDBClusterCommand, CreateDBInstanceCommand, RDSClient, RDSServiceException } from '@aws-sdk/client-rds';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { SEED_IAM_CREATE_POLICY } from './support/seed-document';
import { createSandbox, rdsClientFor, startEndpointServer, type TestSandbox } from './support/test-servers';

const MINUTE = 60_000;
const PASSWORD = 'Sup3r-Secret-Pass';
const MONITORING_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole';
const MONITORING_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'monitoring.rds.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const INVALID_ROLE = 'IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING';

async function rejection(promise: Promise<unknown>): Promise<IAMServiceException | RDSServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IAMServiceException || error instanceof RDSServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

/** Issue 4, IAM and STS: roles, policies, the caller's identity and the Enhanced Monitoring role RDS checks. */
describe('IAM and STS over the wire (SDK, AWS CLI v2, boto3)', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let iam: IAMClient;
  let sts: STSClient;
  let rds: RDSClient;
  let account: string;
  const advance = (ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');
  const credentials = () => ({ accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey });

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    // IAM is global: its clients sign for us-east-1 whatever the sandbox's region.
    iam = new IAMClient({ endpoint: sandbox.endpointUrl, region: 'us-east-1', credentials: credentials() });
    sts = new STSClient({ endpoint: sandbox.endpointUrl, region: sandbox.region, credentials: credentials() });
    rds = rdsClientFor(sandbox);
    account = (await sts.send(new GetCallerIdentityCommand({}))).Account!;
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'aurora-mysql-prod', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: PASSWORD }));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'aurora-mysql-writer', DBInstanceClass: 'db.r6g.large', Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-mysql-prod' }));
    await advance(10 * MINUTE);
  });
  afterAll(async () => {
    iam?.destroy();
    sts?.destroy();
    rds?.destroy();
    await server?.close();
  });

  describe('@aws-sdk/client-iam and @aws-sdk/client-sts', () => {
    it('GetCallerIdentity names the learner user of the sandbox account', async () => {
      const identity = await sts.send(new GetCallerIdentityCommand({}));
      expect(identity).toMatchObject({ Account: account, Arn: `arn:aws:iam::${account}:user/learner`, UserId: expect.stringMatching(/^AIDA[A-Z0-9]{17}$/) });
      expect(account).toMatch(/^\d{12}$/);
    });

    it('creates the SDK monitoring role, returns its trust policy URL-encoded and attaches the AWS managed policy', async () => {
      const document = JSON.stringify(MONITORING_TRUST);
      const created = await iam.send(new CreateRoleCommand({ RoleName: 'sdk-monitoring-role', AssumeRolePolicyDocument: document, Description: 'from the SDK' }));
      expect(created.Role).toMatchObject({ RoleName: 'sdk-monitoring-role', Path: '/', Arn: `arn:aws:iam::${account}:role/sdk-monitoring-role` });
      expect(created.Role!.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/);
      expect(created.Role!.CreateDate).toBeInstanceOf(Date);
      const role = (await iam.send(new GetRoleCommand({ RoleName: 'sdk-monitoring-role' }))).Role!;
      // The JS SDK hands the document over as IAM sends it: URL-encoded.
      expect(role.AssumeRolePolicyDocument).toBe(encodeURIComponent(document));
      expect(role).toMatchObject({ MaxSessionDuration: 3600, Description: 'from the SDK' });
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'sdk-monitoring-role', PolicyArn: MONITORING_POLICY_ARN }));
      const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'sdk-monitoring-role' }));
      expect(attached.AttachedPolicies).toEqual([{ PolicyName: 'AmazonRDSEnhancedMonitoringRole', PolicyArn: MONITORING_POLICY_ARN }]);
      const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: MONITORING_POLICY_ARN, VersionId: 'v1' }));
      expect(JSON.parse(decodeURIComponent(version.PolicyVersion!.Document!)).Version).toBe('2012-10-17');
    });

    it('refuses a role that does not exist and a malformed policy', async () => {
      const missing = await rejection(iam.send(new GetRoleCommand({ RoleName: 'no-such-role' })));
      expect(missing).toBeInstanceOf(NoSuchEntityException);
      expect(missing.message).toBe('The role with name no-such-role cannot be found.');
      expect(missing.$metadata.httpStatusCode).toBe(404);
      const malformed = await rejection(iam.send(new CreatePolicyCommand({ PolicyName: 'broken', PolicyDocument: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"' })));
      expect(malformed).toBeInstanceOf(MalformedPolicyDocumentException);
      expect(malformed.message).toBe('This policy contains invalid Json');
      expect(malformed.$metadata.httpStatusCode).toBe(400);
    });

    it('RDS accepts the SDK role for Enhanced Monitoring and refuses one it cannot assume', async () => {
      const create = (id: string, role: string) =>
        rds.send(
          new CreateDBInstanceCommand({
            DBInstanceIdentifier: id,
            DBInstanceClass: 'db.r6g.large',
            Engine: 'aurora-mysql',
            DBClusterIdentifier: 'aurora-mysql-prod',
            MonitoringInterval: 60,
            MonitoringRoleArn: role,
          }),
        );
      const refused = await rejection(create('sdk-reader-1', `arn:aws:iam::${account}:role/not-a-role`));
      expect({ name: refused.name, message: refused.message }).toEqual({ name: 'InvalidParameterValue', message: INVALID_ROLE });
      const created = await create('sdk-reader-1', `arn:aws:iam::${account}:role/sdk-monitoring-role`);
      expect(created.DBInstance).toMatchObject({ MonitoringInterval: 60, MonitoringRoleArn: `arn:aws:iam::${account}:role/sdk-monitoring-role` });
    });
  });

  describe.runIf(haveRealAwsCli())('real AWS CLI v2', () => {
    it("runs the seed's IAM commands and enables Enhanced Monitoring with the role they make", async () => {
      const trust = JSON.stringify(MONITORING_TRUST);
      const { stdout, stderr, status } = await runWithRealCli(
        `set -e
aws sts get-caller-identity --query Arn --output text
aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '${trust}' --tags Key=team,Value=db --query Role.Arn --output text
aws iam list-roles --query 'Roles[].[RoleName,MaxSessionDuration]' --output text
aws iam list-role-tags --role-name rds-monitoring-role --query 'Tags[].[Key,Value]' --output text
aws iam attach-role-policy --role-name rds-monitoring-role --policy-arn ${MONITORING_POLICY_ARN}
aws iam get-role --role-name rds-monitoring-role --query 'Role.AssumeRolePolicyDocument.Statement[0].Principal.Service' --output text
aws iam list-attached-role-policies --role-name rds-monitoring-role --query 'AttachedPolicies[].PolicyName' --output text
${SEED_IAM_CREATE_POLICY.replace(':region:account:', `:${sandbox.region}:${account}:`)} --query 'Policy.[PolicyName,Arn,DefaultVersionId]' --output text
aws rds modify-db-instance \\
  --db-instance-identifier aurora-mysql-writer \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::${account}:role/rds-monitoring-role \\
  --apply-immediately --query 'DBInstance.[MonitoringInterval,MonitoringRoleArn]' --output text`,
        sandbox,
      );
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.trim().split('\n')).toEqual([
        `arn:aws:iam::${account}:user/learner`,
        `arn:aws:iam::${account}:role/rds-monitoring-role`,
        'rds-monitoring-role\t3600',
        'sdk-monitoring-role\t3600',
        'team\tdb',
        'monitoring.rds.amazonaws.com',
        'AmazonRDSEnhancedMonitoringRole',
        `AuroraConnect\tarn:aws:iam::${account}:policy/AuroraConnect\tv1`,
        `60\tarn:aws:iam::${account}:role/rds-monitoring-role`,
      ]);
    });

    it('shows the trust policy as a JSON object, as on AWS', async () => {
      const { stdout, status } = await runWithRealCli('aws iam get-role --role-name rds-monitoring-role', sandbox);
      expect(status).toBe(0);
      expect(JSON.parse(stdout).Role.AssumeRolePolicyDocument).toEqual(MONITORING_TRUST);
    });

    it.each([
      ['a role that does not exist', 'aws iam get-role --role-name no-such-role', 'An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name no-such-role cannot be found.'],
      [
        'a malformed policy',
        `aws iam create-policy --policy-name Broken --policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "connect", "Resource": "*"}]}'`,
        'An error occurred (MalformedPolicyDocument) when calling the CreatePolicy operation: Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
      ],
      [
        'a duplicate role',
        `aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '${JSON.stringify(MONITORING_TRUST)}'`,
        'An error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name rds-monitoring-role already exists.',
      ],
      [
        'an unknown monitoring role',
        'aws rds modify-db-instance --db-instance-identifier aurora-mysql-writer --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::ACCOUNT:role/unknown-role --apply-immediately',
        `An error occurred (InvalidParameterValue) when calling the ModifyDBInstance operation: ${INVALID_ROLE}`,
      ],
    ])('refuses %s with exit 254', async (_name, command, message) => {
      // The writer is modifying after the seed command above; RDS checks its state before the role.
      await advance(10 * MINUTE);
      const { stderr, status } = await runWithRealCli(command.replace('ACCOUNT', account), sandbox);
      expect({ status, stderr: stderr.trim() }).toEqual({ status: 254, stderr: message });
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    it('decodes policy documents into dicts and sees the same errors', async () => {
      const result = await runBoto3(
        `iam = region_client('iam', 'us-east-1')
sts = region_client('sts', ${JSON.stringify(sandbox.region)})
emit(sts.get_caller_identity()['Account'])
iam.create_role(RoleName='boto-monitoring-role', AssumeRolePolicyDocument=json.dumps(${JSON.stringify(MONITORING_TRUST)}), Path='/service-role/')
role = iam.get_role(RoleName='boto-monitoring-role')['Role']
emit([role['Arn'], role['AssumeRolePolicyDocument']])
iam.attach_role_policy(RoleName='boto-monitoring-role', PolicyArn=${JSON.stringify(MONITORING_POLICY_ARN)})
emit([p['PolicyName'] for p in iam.list_policies(Scope='AWS', OnlyAttached=True)['Policies']])
try:
    iam.get_role(RoleName='no-such-role')
except ClientError as e:
    emit([e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']])
try:
    iam.create_policy(PolicyName='NoResource', PolicyDocument=json.dumps({'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': 'rds-db:connect'}]}))
except ClientError as e:
    emit([e.response['Error']['Code'], e.response['Error']['Message']])`,
        { ...sandbox },
      );
      expect(result).toEqual([
        account,
        [`arn:aws:iam::${account}:role/service-role/boto-monitoring-role`, MONITORING_TRUST],
        ['AmazonRDSEnhancedMonitoringRole'],
        ['NoSuchEntity', 'The role with name no-such-role cannot be found.', 404],
        ['MalformedPolicyDocument', 'Policy statement must contain resources.'],
      ]);
    });
  });
});
