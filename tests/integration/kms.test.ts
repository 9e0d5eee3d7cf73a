import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { CreateDBClusterCommand, DescribeDBClustersCommand, KMSKeyNotAccessibleFault, type RDSClient } from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, rdsClientFor, startEndpointServer, type TestSandbox } from './support/test-servers';

function kmsClientFor(sandbox: TestSandbox): KMSClient {
  return new KMSClient({
    endpoint: sandbox.endpointUrl,
    region: sandbox.region,
    credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey },
  });
}

const accountOf = (arn: string) => arn.split(':')[4];

describe('KMS over awsJson1.1 with the SDK, the real AWS CLI v2 and boto3', () => {
  let server: RunningAppServer;

  beforeAll(async () => {
    server = await startEndpointServer();
  });
  afterAll(async () => server?.close());

  describe('@aws-sdk/client-kms', () => {
    let sandbox: TestSandbox;
    let kms: KMSClient;
    let rds: RDSClient;

    beforeAll(async () => {
      sandbox = await createSandbox(server);
      kms = kmsClientFor(sandbox);
      rds = rdsClientFor(sandbox);
    });
    afterAll(() => {
      kms?.destroy();
      rds?.destroy();
    });

    it('creates a key and an alias, finds the key by alias, lists both beside aws/rds', async () => {
      const created = await kms.send(new CreateKeyCommand({ Description: 'Aurora encryption key', Tags: [{ TagKey: 'env', TagValue: 'lab' }] }));
      const key = created.KeyMetadata!;
      expect(key).toMatchObject({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', KeyManager: 'CUSTOMER', Origin: 'AWS_KMS', MultiRegion: false });
      expect(key.CreationDate).toBeInstanceOf(Date);
      expect(key.Arn).toBe(`arn:aws:kms:${sandbox.region}:${accountOf(key.Arn!)}:key/${key.KeyId}`);
      expect(created.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
      await kms.send(new CreateAliasCommand({ AliasName: 'alias/aurora-encryption-key', TargetKeyId: key.KeyId }));
      const described = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aurora-encryption-key' }));
      expect(described.KeyMetadata).toEqual(key);
      const aliases = (await kms.send(new ListAliasesCommand({}))).Aliases!;
      expect(aliases.find((a) => a.AliasName === 'alias/aurora-encryption-key')?.TargetKeyId).toBe(key.KeyId);
      expect(aliases.find((a) => a.AliasName === 'alias/aws/rds')).toEqual({ AliasName: 'alias/aws/rds', AliasArn: `arn:aws:kms:${sandbox.region}:${accountOf(key.Arn!)}:alias/aws/rds` });
      expect((await kms.send(new ListKeysCommand({}))).Keys).toEqual([{ KeyId: key.KeyId, KeyArn: key.Arn }]);
    });

    it('an unknown key is NotFoundException (404); a duplicate alias AlreadyExistsException (409)', async () => {
      const missing = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/nope' })).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundException);
      expect((missing as NotFoundException).$metadata.httpStatusCode).toBe(404);
      expect((missing as NotFoundException).message).toMatch(/^Alias arn:aws:kms:us-east-1:\d{12}:alias\/nope is not found\.$/);
      const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
      const duplicate = await kms.send(new CreateAliasCommand({ AliasName: 'alias/aurora-encryption-key', TargetKeyId: KeyMetadata!.KeyId })).catch((e: unknown) => e);
      expect(duplicate).toBeInstanceOf(AlreadyExistsException);
      expect((duplicate as AlreadyExistsException).$metadata.httpStatusCode).toBe(409);
    });

    it('RDS takes the alias and reports the key ARN, refuses an alias KMS does not have, and reports a key pending deletion', async () => {
      const key = (await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aurora-encryption-key' }))).KeyMetadata!;
      const base = { Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!', StorageEncrypted: true };
      const cluster = (await rds.send(new CreateDBClusterCommand({ ...base, DBClusterIdentifier: 'enc', KmsKeyId: 'alias/aurora-encryption-key' }))).DBCluster!;
      expect(cluster.KmsKeyId).toBe(key.Arn);
      const refused = await rds.send(new CreateDBClusterCommand({ ...base, DBClusterIdentifier: 'nokey', KmsKeyId: 'alias/missing' })).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(KMSKeyNotAccessibleFault);
      expect((refused as KMSKeyNotAccessibleFault).message).toBe(
        'The specified KMS key [alias/missing] does not exist, is not enabled or you do not have permissions to access it.',
      );
      await server.services.sandboxes.advanceClock(sandbox.id, 15 * 60_000, 'api');
      await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
      const described = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'enc' }));
      expect(described.DBClusters![0].Status).toBe('inaccessible-encryption-credentials');
    });
  });

  describe.runIf(haveRealAwsCli())('the real AWS CLI v2', () => {
    let sandbox: TestSandbox;

    beforeAll(async () => {
      sandbox = await createSandbox(server);
    });

    it("the seed's --kms-key-id alias/aurora-encryption-key works after aws kms create-key and create-alias", async () => {
      const run = await runWithRealCli(
        `set -e
KEY_ID=$(aws kms create-key --description "Aurora encryption key" --query KeyMetadata.KeyId --output text)
aws kms create-alias --alias-name alias/aurora-encryption-key --target-key-id "$KEY_ID"
aws kms list-aliases --query "Aliases[?AliasName=='alias/aurora-encryption-key'].TargetKeyId" --output text
aws kms describe-key --key-id alias/aurora-encryption-key --query KeyMetadata.Arn --output text
aws kms list-keys --query 'Keys[].KeyArn' --output text
aws rds create-db-cluster --db-cluster-identifier aurora-encrypted --engine aurora-mysql --master-username admin --master-user-password SecurePassword123! --storage-encrypted --kms-key-id alias/aurora-encryption-key --query DBCluster.KmsKeyId --output text`,
        sandbox,
      );
      expect(run.stderr).toBe('');
      const [listedTarget, keyArn, listedKeys, clusterKey] = run.stdout.trim().split('\n');
      expect(keyArn).toMatch(/^arn:aws:kms:us-east-1:\d{12}:key\/[0-9a-f-]{36}$/);
      expect(keyArn.endsWith(listedTarget)).toBe(true);
      expect(listedKeys).toBe(keyArn);
      expect(clusterKey).toBe(keyArn);
    });

    it('errors: unknown key, duplicate alias, RDS refusing an alias that does not exist', async () => {
      const account = (await runWithRealCli(`aws sts get-caller-identity --query Account --output text`, sandbox)).stdout.trim();
      const unknown = await runWithRealCli(`aws kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab`, sandbox);
      expect(unknown.status).toBe(254);
      expect(unknown.stderr.trim()).toBe(
        `An error occurred (NotFoundException) when calling the DescribeKey operation: Key 'arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist`,
      );
      const duplicate = await runWithRealCli(`aws kms create-alias --alias-name alias/aurora-encryption-key --target-key-id $(aws kms create-key --query KeyMetadata.KeyId --output text)`, sandbox);
      expect(duplicate.status).toBe(254);
      expect(duplicate.stderr.trim()).toBe(
        `An error occurred (AlreadyExistsException) when calling the CreateAlias operation: An alias with the name arn:aws:kms:us-east-1:${account}:alias/aurora-encryption-key already exists`,
      );
      const refused = await runWithRealCli(
        `aws rds create-db-cluster --db-cluster-identifier no-key --engine aurora-mysql --master-username admin --master-user-password SecurePassword123! --storage-encrypted --kms-key-id alias/does-not-exist`,
        sandbox,
      );
      expect(refused.status).toBe(254);
      expect(refused.stderr.trim()).toBe(
        'An error occurred (KMSKeyNotAccessibleFault) when calling the CreateDBCluster operation: The specified KMS key [alias/does-not-exist] does not exist, is not enabled or you do not have permissions to access it.',
      );
    });

    it('schedule-key-deletion and cancel-key-deletion', async () => {
      const run = await runWithRealCli(
        `set -e
KEY_ID=$(aws kms create-key --query KeyMetadata.KeyId --output text)
aws kms schedule-key-deletion --key-id "$KEY_ID" --pending-window-in-days 7 --query KeyState --output text
aws kms describe-key --key-id "$KEY_ID" --query 'KeyMetadata.[KeyState,PendingDeletionWindowInDays]' --output text
aws kms cancel-key-deletion --key-id "$KEY_ID" >/dev/null
aws kms describe-key --key-id "$KEY_ID" --query KeyMetadata.KeyState --output text`,
        sandbox,
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual(['PendingDeletion', 'PendingDeletion\t7', 'Disabled']);
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    let sandbox: TestSandbox;

    beforeAll(async () => {
      sandbox = await createSandbox(server);
    });

    it('creates, aliases, describes and lists; unknown key and duplicate alias are the errors AWS sends', async () => {
      const result = await runBoto3(
        `kms = region_client('kms', 'us-east-1')
key = kms.create_key(Description='py')['KeyMetadata']
kms.create_alias(AliasName='alias/py', TargetKeyId=key['KeyId'])
d = kms.describe_key(KeyId='alias/py')['KeyMetadata']
emit({'same': d['Arn'] == key['Arn'], 'state': d['KeyState'], 'created': isinstance(d['CreationDate'], datetime.datetime)})
emit(sorted(a['AliasName'] for a in kms.list_aliases(KeyId=key['KeyId'])['Aliases']))
emit([k['KeyId'] == key['KeyId'] for k in kms.list_keys()['Keys']])
try:
    kms.describe_key(KeyId='nope')
except ClientError as e:
    emit({'code': e.response['Error']['Code'], 'message': e.response['Error']['Message'], 'status': e.response['ResponseMetadata']['HTTPStatusCode']})
kms.create_alias(AliasName='alias/py', TargetKeyId=key['KeyId'])`,
        { ...sandbox },
      );
      expect(result).toEqual([
        { same: true, state: 'Enabled', created: true },
        ['alias/py'],
        [true],
        { code: 'NotFoundException', message: 'Invalid keyId nope', status: 404 },
        { error: { Code: 'AlreadyExistsException', Message: expect.stringMatching(/^An alias with the name arn:aws:kms:us-east-1:\d{12}:alias\/py already exists$/), HTTPStatusCode: 409 } },
      ]);
    });
  });
});
