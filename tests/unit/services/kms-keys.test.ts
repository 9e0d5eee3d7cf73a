import type {
  CancelKeyDeletionResponse,
  CreateKeyResponse,
  DescribeKeyResponse,
  ListKeysResponse,
  ListResourceTagsResponse,
  ScheduleKeyDeletionResponse,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, expectRefused, Harness, REGION, START } from './support/engine-harness';

const DAY = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function createKey(h: Harness, input: object = {}): string {
  return h.call<CreateKeyResponse>('kms', 'CreateKey', input).KeyMetadata!.KeyId!;
}

describe('KMS keys', () => {
  it('CreateKey returns a customer managed symmetric key with KMS defaults', () => {
    const h = new Harness();
    const { KeyMetadata } = h.call<CreateKeyResponse>('kms', 'CreateKey', { Description: 'Aurora encryption', Tags: [{ TagKey: 'env', TagValue: 'lab' }] });
    expect(KeyMetadata!.KeyId).toMatch(UUID);
    expect(KeyMetadata).toEqual({
      AWSAccountId: ACCOUNT_ID,
      KeyId: KeyMetadata!.KeyId,
      Arn: `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${KeyMetadata!.KeyId}`,
      CreationDate: new Date(START + 1000),
      Enabled: true,
      Description: 'Aurora encryption',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
    });
    const tags = h.call<ListResourceTagsResponse>('kms', 'ListResourceTags', { KeyId: KeyMetadata!.KeyId });
    expect(tags).toEqual({ Tags: [{ TagKey: 'env', TagValue: 'lab' }], Truncated: false });
  });

  it('an empty description is "" and a multi-Region key gets an mrk- id', () => {
    const h = new Harness();
    const key = h.call<CreateKeyResponse>('kms', 'CreateKey', { MultiRegion: true }).KeyMetadata!;
    expect(key.Description).toBe('');
    expect(key.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(key.MultiRegionConfiguration).toEqual({ MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: key.Arn, Region: REGION }, ReplicaKeys: [] });
  });

  it('asymmetric keys need a KeyUsage their spec supports', () => {
    const h = new Harness();
    expectRefused(h, 'kms', 'CreateKey', { KeySpec: 'RSA_2048' }, { code: 'ValidationException' });
    expectRefused(h, 'kms', 'CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'ENCRYPT_DECRYPT' }, { code: 'ValidationException' });
    const rsa = h.call<CreateKeyResponse>('kms', 'CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }).KeyMetadata!;
    expect(rsa.SigningAlgorithms).toContain('RSASSA_PSS_SHA_256');
    expect(rsa.EncryptionAlgorithms).toBeUndefined();
  });

  it('refuses tags in the aws: namespace and malformed policies', () => {
    const h = new Harness();
    expectRefused(h, 'kms', 'CreateKey', { Tags: [{ TagKey: 'aws:x', TagValue: 'v' }] }, { code: 'TagException', status: 400, message: 'Tags beginning with aws: are reserved' });
    expectRefused(h, 'kms', 'CreateKey', { Policy: '{not json' }, { code: 'MalformedPolicyDocument', status: 400 });
  });

  it('DescribeKey finds a key by id, key ARN, alias name and alias ARN', () => {
    const h = new Harness();
    const keyId = createKey(h);
    h.call('kms', 'CreateAlias', { AliasName: 'alias/aurora-encryption-key', TargetKeyId: keyId });
    const arn = `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${keyId}`;
    for (const reference of [keyId, arn, 'alias/aurora-encryption-key', `arn:aws:kms:${REGION}:${ACCOUNT_ID}:alias/aurora-encryption-key`]) {
      expect(h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: reference }).KeyMetadata!.Arn).toBe(arn);
    }
  });

  it('DescribeKey of what does not exist answers NotFoundException as KMS words it', () => {
    const h = new Harness();
    const missing = '1234abcd-12ab-34cd-56ef-1234567890ab';
    expectRefused(h, 'kms', 'DescribeKey', { KeyId: missing }, {
      code: 'NotFound',
      status: 404,
      message: `Key 'arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${missing}' does not exist`,
    });
    expectRefused(h, 'kms', 'DescribeKey', { KeyId: 'not-a-key' }, { code: 'NotFound', message: 'Invalid keyId not-a-key' });
    expectRefused(h, 'kms', 'DescribeKey', { KeyId: 'alias/nope' }, {
      code: 'NotFound',
      message: `Alias arn:aws:kms:${REGION}:${ACCOUNT_ID}:alias/nope is not found.`,
    });
    expectRefused(h, 'kms', 'DescribeKey', { KeyId: `arn:aws:kms:eu-west-1:${ACCOUNT_ID}:key/${missing}` }, { code: 'NotFound', message: 'Invalid arn eu-west-1' });
  });

  it('alias/aws/rds names the AWS managed key even before RDS has created it, without creating it', () => {
    const h = new Harness();
    const before = structuredClone(h.engine.state.regions);
    const managed = h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: 'alias/aws/rds' }).KeyMetadata!;
    expect(managed).toMatchObject({
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      Description: 'Default key that protects my RDS database volumes when no other key is defined',
      Arn: `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${managed.KeyId}`,
    });
    expect(h.engine.state.regions).toEqual(before);
    expect(h.call<ListKeysResponse>('kms', 'ListKeys', {}).Keys).toEqual([]);
  });

  it('missing and enum members are ValidationExceptions in the JSON services\' wording', () => {
    const h = new Harness();
    expectRefused(h, 'kms', 'DescribeKey', {}, {
      code: 'ValidationException',
      status: 400,
      message: "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    });
    const error = expectRefused(h, 'kms', 'CreateKey', { KeySpec: 'AES_256' }, { code: 'ValidationException' });
    expect(error.message).toMatch(/^1 validation error detected: Value 'AES_256' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: \[.*SYMMETRIC_DEFAULT.*\]$/);
  });

  it('ListKeys pages with Limit and Marker', () => {
    const h = new Harness();
    const ids = [createKey(h), createKey(h), createKey(h)];
    const first = h.call<ListKeysResponse>('kms', 'ListKeys', { Limit: 2 });
    expect(first.Keys!.map((k) => k.KeyId)).toEqual(ids.slice(0, 2));
    expect(first.Truncated).toBe(true);
    const second = h.call<ListKeysResponse>('kms', 'ListKeys', { Limit: 2, Marker: first.NextMarker });
    expect(second).toEqual({ Keys: [{ KeyId: ids[2], KeyArn: `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${ids[2]}` }], Truncated: false });
    expectRefused(h, 'kms', 'ListKeys', { Limit: 0 }, {
      code: 'ValidationException',
      message: "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
    expectRefused(h, 'kms', 'ListKeys', { Marker: 'garbage!' }, { code: 'InvalidMarker' });
  });
});

describe('KMS key deletion and state', () => {
  it('ScheduleKeyDeletion: 7–30 days (default 30), PendingDeletion, then the key and its aliases are gone', () => {
    const h = new Harness();
    const keyId = createKey(h);
    h.call('kms', 'CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: keyId });
    expectRefused(h, 'kms', 'ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 6 }, {
      code: 'ValidationException',
      message: "1 validation error detected: Value '6' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
    });
    expectRefused(h, 'kms', 'ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 31 }, { code: 'ValidationException' });
    const scheduled = h.call<ScheduleKeyDeletionResponse>('kms', 'ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    const arn = `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${keyId}`;
    expect(scheduled).toEqual({ KeyId: arn, DeletionDate: new Date(h.now + 7 * DAY), KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    const described = h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: keyId }).KeyMetadata!;
    expect(described).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false, DeletionDate: scheduled.DeletionDate, PendingDeletionWindowInDays: 7 });
    expectRefused(h, 'kms', 'ScheduleKeyDeletion', { KeyId: keyId }, { code: 'KMSInvalidStateException', status: 409, message: `${arn} is pending deletion.` });
    expectRefused(h, 'kms', 'EnableKey', { KeyId: keyId }, { code: 'KMSInvalidStateException' });
    h.advance(7 * DAY);
    expectRefused(h, 'kms', 'DescribeKey', { KeyId: keyId }, { code: 'NotFound', message: `Key '${arn}' does not exist` });
    expectRefused(h, 'kms', 'DescribeKey', { KeyId: 'alias/doomed' }, { code: 'NotFound' });
  });

  it('CancelKeyDeletion leaves the key Disabled; EnableKey brings it back', () => {
    const h = new Harness();
    const keyId = createKey(h);
    const arn = `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${keyId}`;
    expectRefused(h, 'kms', 'CancelKeyDeletion', { KeyId: keyId }, { code: 'KMSInvalidStateException', message: `${arn} is not pending deletion.` });
    h.call('kms', 'ScheduleKeyDeletion', { KeyId: keyId });
    expect(h.call<CancelKeyDeletionResponse>('kms', 'CancelKeyDeletion', { KeyId: keyId })).toEqual({ KeyId: arn });
    expect(h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: keyId }).KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    h.advance(31 * DAY);
    h.call('kms', 'EnableKey', { KeyId: keyId });
    expect(h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: keyId }).KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
    h.call('kms', 'DisableKey', { KeyId: keyId });
    expect(h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: keyId }).KeyMetadata!.KeyState).toBe('Disabled');
  });

  it('AWS managed keys refuse deletion and changes, as their key policy does', () => {
    const h = new Harness();
    const managed = h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: 'alias/aws/rds' }).KeyMetadata!;
    expectRefused(h, 'kms', 'ScheduleKeyDeletion', { KeyId: 'alias/aws/rds' }, {
      code: 'AccessDeniedException',
      message: `User: arn:aws:iam::${ACCOUNT_ID}:user/learner is not authorized to perform: kms:ScheduleKeyDeletion on resource: ${managed.Arn} because no resource-based policy allows the kms:ScheduleKeyDeletion action`,
    });
    expectRefused(h, 'kms', 'DisableKey', { KeyId: 'alias/aws/rds' }, { code: 'AccessDeniedException' });
  });

  it('TagResource merges, UntagResource removes', () => {
    const h = new Harness();
    const keyId = createKey(h, { Tags: [{ TagKey: 'a', TagValue: '1' }] });
    h.call('kms', 'TagResource', { KeyId: keyId, Tags: [{ TagKey: 'a', TagValue: '2' }, { TagKey: 'b', TagValue: '3' }] });
    h.call('kms', 'UntagResource', { KeyId: keyId, TagKeys: ['b', 'zzz'] });
    expect(h.call<ListResourceTagsResponse>('kms', 'ListResourceTags', { KeyId: keyId }).Tags).toEqual([{ TagKey: 'a', TagValue: '2' }]);
  });
});
