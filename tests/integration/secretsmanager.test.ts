import { CreateDBClusterCommand, ModifyDBClusterCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  SecretsManagerClient,
  SecretsManagerServiceException,
} from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, rdsClientFor, startEndpointServer, type TestSandbox } from './support/test-servers';

const NOT_FOUND = "Secrets Manager can't find the specified secret.";
/** The seed's command, verbatim (aurora-seed.md, "Complete Aurora Setup"). */
const SEED_PASSWORD_COMMAND = `aws secretsmanager get-random-password --password-length 32 --exclude-characters '"@/\\' --query 'RandomPassword' --output text`;
/** What RDS accepts as a master password (FACTS.md §2): printable ASCII minus / " @ and space. */
const RDS_PASSWORD = /^[\x21-\x7e]{8,41}$/;
const RDS_FORBIDDEN = /[/"@ ]/;

async function rejection(promise: Promise<unknown>): Promise<SecretsManagerServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SecretsManagerServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('Secrets Manager over the wire', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let sm: SecretsManagerClient;
  let rds: RDSClient;
  const advance = (ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    sm = new SecretsManagerClient({
      endpoint: sandbox.endpointUrl,
      region: sandbox.region,
      credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey },
    });
    rds = rdsClientFor(sandbox);
  });
  afterAll(async () => {
    sm?.destroy();
    rds?.destroy();
    await server?.close();
  });

  describe('@aws-sdk/client-secrets-manager', () => {
    it('generates passwords that honour the options', async () => {
      const { RandomPassword } = await sm.send(new GetRandomPasswordCommand({ PasswordLength: 32, ExcludeCharacters: '"@/\\' }));
      expect(RandomPassword).toHaveLength(32);
      expect(RandomPassword).not.toMatch(/["@/\\ ]/);
      const digits = await sm.send(new GetRandomPasswordCommand({ PasswordLength: 12, ExcludeLowercase: true, ExcludeUppercase: true, ExcludePunctuation: true }));
      expect(digits.RandomPassword).toMatch(/^[0-9]{12}$/);
    });

    it('creates, reads, versions, describes and lists secrets; refuses unknown and duplicate ones', async () => {
      const created = await sm.send(new CreateSecretCommand({ Name: 'sdk/aurora', SecretString: '{"username":"admin","password":"one"}', Description: 'from the SDK', Tags: [{ Key: 'env', Value: 'lab' }] }));
      expect(created.ARN).toMatch(new RegExp(`^arn:aws:secretsmanager:${sandbox.region}:\\d{12}:secret:sdk/aurora-[A-Za-z0-9]{6}$`));
      const value = await sm.send(new GetSecretValueCommand({ SecretId: created.ARN }));
      expect(value).toMatchObject({ Name: 'sdk/aurora', VersionId: created.VersionId, VersionStages: ['AWSCURRENT'], SecretString: '{"username":"admin","password":"one"}' });
      expect(value.CreatedDate).toBeInstanceOf(Date);

      const put = await sm.send(new PutSecretValueCommand({ SecretId: 'sdk/aurora', SecretString: 'two' }));
      const described = await sm.send(new DescribeSecretCommand({ SecretId: 'sdk/aurora' }));
      expect(described.VersionIdsToStages).toEqual({ [created.VersionId!]: ['AWSPREVIOUS'], [put.VersionId!]: ['AWSCURRENT'] });
      expect(described.Tags).toEqual([{ Key: 'env', Value: 'lab' }]);
      expect(described.LastChangedDate).toBeInstanceOf(Date);

      const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
      await sm.send(new CreateSecretCommand({ Name: 'sdk/binary', SecretBinary: bytes }));
      expect([...(await sm.send(new GetSecretValueCommand({ SecretId: 'sdk/binary' }))).SecretBinary!]).toEqual([...bytes]);

      const listed = await sm.send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: ['sdk/'] }] }));
      expect(listed.SecretList!.map((s) => s.Name).sort()).toEqual(['sdk/aurora', 'sdk/binary']);

      const unknown = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'no-such-secret' })));
      expect(unknown).toBeInstanceOf(ResourceNotFoundException);
      expect(unknown.message).toBe(NOT_FOUND);
      expect(unknown.$metadata.httpStatusCode).toBe(400);
      const duplicate = await rejection(sm.send(new CreateSecretCommand({ Name: 'sdk/aurora', SecretString: 'x' })));
      expect(duplicate).toBeInstanceOf(ResourceExistsException);
      expect(duplicate.message).toBe('The operation failed because the secret sdk/aurora already exists.');

      await sm.send(new DeleteSecretCommand({ SecretId: 'sdk/binary', RecoveryWindowInDays: 7 }));
      const deleted = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'sdk/binary' })));
      expect(deleted.name).toBe('InvalidRequestException');
      expect(deleted.message).toBe("You can't perform this operation on the secret because it was marked for deletion.");
    });

    it('reads the secret RDS creates for ManageMasterUserPassword, and RDS deletes it when management is turned off', async () => {
      const cluster = (await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'sdk-managed', Engine: 'aurora-postgresql', MasterUsername: 'postgres', ManageMasterUserPassword: true }))).DBCluster!;
      const arn = cluster.MasterUserSecret!.SecretArn!;
      const secret = await sm.send(new DescribeSecretCommand({ SecretId: arn }));
      expect(secret.OwningService).toBe('rds');
      expect(secret.Name).toMatch(/^rds!cluster-[0-9a-f-]{36}$/);
      const credentials = JSON.parse((await sm.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString!) as { username: string; password: string };
      expect(credentials.username).toBe('postgres');
      expect(credentials.password).toMatch(RDS_PASSWORD);
      expect(credentials.password).not.toMatch(RDS_FORBIDDEN);
      const refused = await rejection(sm.send(new DeleteSecretCommand({ SecretId: arn })));
      expect(refused.name).toBe('InvalidRequestException');

      await advance(10 * 60_000);
      await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: 'sdk-managed', ManageMasterUserPassword: false, MasterUserPassword: 'Plain-Password-1', ApplyImmediately: true }));
      expect(await rejection(sm.send(new DescribeSecretCommand({ SecretId: arn })))).toBeInstanceOf(ResourceNotFoundException);
    });
  });

  describe.runIf(haveRealAwsCli())('real AWS CLI v2', () => {
    it("runs the seed's get-random-password command, alone and inside $(...) as create-db-cluster's password", async () => {
      const alone = await runWithRealCli(`for i in 1 2 3; do ${SEED_PASSWORD_COMMAND}; done`, sandbox);
      expect(alone.stderr).toBe('');
      expect(alone.status).toBe(0);
      const passwords = alone.stdout.trim().split('\n');
      expect(passwords).toHaveLength(3);
      for (const password of passwords) {
        expect(password).toHaveLength(32);
        expect(password).toMatch(RDS_PASSWORD);
        expect(password).not.toMatch(/[/"@\\ ]/);
      }

      // A password starting with "-" is read by the CLI as an option (against AWS too, about 1 time in
      // 90), so the seed's line is retried as a learner would retry it.
      const seeded = await runWithRealCli(
        `for i in 1 2 3; do
  aws rds create-db-cluster --db-cluster-identifier seed-password --engine aurora-mysql --master-username admin \\
    --master-user-password $(${SEED_PASSWORD_COMMAND}) \\
    --query 'DBCluster.Status' --output text 2>/dev/null && break
done`,
        sandbox,
      );
      expect(seeded.stdout.trim()).toBe('creating');
    });

    it('creates and reads secrets, and answers unknown and duplicate secrets as AWS does', async () => {
      const created = await runWithRealCli(
        `aws secretsmanager create-secret --name cli/aurora --secret-string '{"username":"admin","password":"pw"}' --query Name --output text
aws secretsmanager get-secret-value --secret-id cli/aurora --query SecretString --output text
aws secretsmanager describe-secret --secret-id cli/aurora --query 'length(keys(VersionIdsToStages))'
aws secretsmanager list-secrets --filters Key=name,Values=cli/ --query 'SecretList[].Name' --output text`,
        sandbox,
      );
      expect(created.stderr).toBe('');
      expect(created.stdout.trim().split('\n')).toEqual(['cli/aurora', '{"username":"admin","password":"pw"}', '1', 'cli/aurora']);

      const unknown = await runWithRealCli('aws secretsmanager get-secret-value --secret-id no-such-secret', sandbox);
      expect(unknown.status).toBe(254);
      expect(unknown.stderr.trim()).toBe(`An error occurred (ResourceNotFoundException) when calling the GetSecretValue operation: ${NOT_FOUND}`);
      const duplicate = await runWithRealCli("aws secretsmanager create-secret --name cli/aurora --secret-string 'x'", sandbox);
      expect(duplicate.status).toBe(254);
      expect(duplicate.stderr.trim()).toBe(
        'An error occurred (ResourceExistsException) when calling the CreateSecret operation: The operation failed because the secret cli/aurora already exists.',
      );
    });

    it('reads the secret of a cluster created with --manage-master-user-password using get-secret-value', async () => {
      const result = await runWithRealCli(
        `arn=$(aws rds create-db-cluster --db-cluster-identifier cli-managed --engine aurora-mysql --master-username admin \\
  --manage-master-user-password --query 'DBCluster.MasterUserSecret.SecretArn' --output text)
echo "$arn"
aws secretsmanager get-secret-value --secret-id "$arn" --query SecretString --output text
aws secretsmanager describe-secret --secret-id "$arn" --query OwningService --output text`,
        sandbox,
      );
      expect(result.stderr).toBe('');
      const [arn, secretString, owner] = result.stdout.trim().split('\n');
      expect(arn).toMatch(/^arn:aws:secretsmanager:[a-z0-9-]+:\d{12}:secret:rds!cluster-[0-9a-f-]{36}-[A-Za-z0-9]{6}$/);
      const credentials = JSON.parse(secretString) as { username: string; password: string };
      expect(credentials.username).toBe('admin');
      expect(credentials.password).toMatch(RDS_PASSWORD);
      expect(owner).toBe('rds');
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    it('generates a password, creates, reads and describes a secret, and reports AWS errors', async () => {
      const result = await runBoto3(
        `sm = region_client('secretsmanager', session.region_name)
emit(sm.get_random_password(PasswordLength=32, ExcludeCharacters='"@/\\\\')["RandomPassword"])
created = sm.create_secret(Name="boto/aurora", SecretString="s3cret")
emit(sm.get_secret_value(SecretId=created["ARN"])["SecretString"])
emit(sm.describe_secret(SecretId="boto/aurora")["Name"])
emit([s["Name"] for s in sm.list_secrets(Filters=[{"Key": "name", "Values": ["boto/"]}])["SecretList"]])
for call in (lambda: sm.get_secret_value(SecretId="no-such-secret"), lambda: sm.create_secret(Name="boto/aurora", SecretString="x")):
    try:
        call()
    except ClientError as e:
        emit({"Code": e.response["Error"]["Code"], "Message": e.response["Error"]["Message"], "Status": e.response["ResponseMetadata"]["HTTPStatusCode"]})`,
        sandbox,
      );
      const [password, value, name, names, unknown, duplicate] = result as [string, string, string, string[], object, object];
      expect(password).toHaveLength(32);
      expect(password).not.toMatch(/["@/\\ ]/);
      expect(value).toBe('s3cret');
      expect(name).toBe('boto/aurora');
      expect(names).toEqual(['boto/aurora']);
      expect(unknown).toEqual({ Code: 'ResourceNotFoundException', Message: NOT_FOUND, Status: 400 });
      expect(duplicate).toEqual({ Code: 'ResourceExistsException', Message: 'The operation failed because the secret boto/aurora already exists.', Status: 400 });
    });

    it('reads the RDS-managed secret of a cluster', async () => {
      // Debian's botocore predates ManageMasterUserPassword (and MasterUserSecret), so the cluster is created with the JS SDK.
      const cluster = (await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'boto-managed', Engine: 'aurora-mysql', MasterUsername: 'admin', ManageMasterUserPassword: true }))).DBCluster!;
      const result = await runBoto3(
        `sm = region_client('secretsmanager', session.region_name)
arn = ${JSON.stringify(cluster.MasterUserSecret!.SecretArn)}
emit(json.loads(sm.get_secret_value(SecretId=arn)["SecretString"])["username"])
emit(sm.describe_secret(SecretId=arn)["OwningService"])`,
        sandbox,
      );
      expect(result).toEqual(['admin', 'rds']);
    });
  });
});
