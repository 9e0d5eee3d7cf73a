import { describe, expect, it } from 'vitest';
import type { ListAliasesResponse } from '@aws-sdk/client-kms';
import type {
  CreateSecretResponse,
  DeleteSecretResponse,
  DescribeSecretResponse,
  GetSecretValueResponse,
  ListSecretsResponse,
  PutSecretValueResponse,
  UpdateSecretResponse,
} from '@aws-sdk/client-secrets-manager';
import { decodeActionInput, encodeActionInput } from '../../../src/engine/sandbox/action-input-codec';
import { replayActions } from '../../../src/engine/sandbox/replay-actions';
import type { RequestAction } from '../../../src/engine/sandbox/sandbox-action';
import { ACCOUNT_ID, Harness, MINUTE, REGION, START, expectRefused, identity } from './support/engine-harness';

const DAY = 24 * 60 * MINUTE;
const NOT_FOUND = { code: 'ResourceNotFoundException', status: 400, message: "Secrets Manager can't find the specified secret." };
const MARKED = { code: 'InvalidRequestException', message: "You can't perform this operation on the secret because it was marked for deletion." };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function sm<T>(h: Harness, operation: string, input: object): T {
  return h.call<T>('secretsmanager', operation, input);
}

function create(h: Harness, input: object): CreateSecretResponse {
  return sm<CreateSecretResponse>(h, 'CreateSecret', input);
}

describe('CreateSecret and GetSecretValue', () => {
  it('creates a secret with an ARN of its name and six random characters, and an AWSCURRENT version', () => {
    const h = new Harness();
    const created = create(h, { Name: 'prod/aurora/admin', SecretString: '{"username":"admin","password":"p"}', Description: 'Aurora admin' });
    expect(created.ARN).toMatch(new RegExp(`^arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:prod/aurora/admin-[A-Za-z0-9]{6}$`));
    expect(created.Name).toBe('prod/aurora/admin');
    expect(created.VersionId).toMatch(UUID);

    const value = sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 'prod/aurora/admin' });
    expect(value).toMatchObject({ ARN: created.ARN, Name: 'prod/aurora/admin', VersionId: created.VersionId, VersionStages: ['AWSCURRENT'] });
    expect(value.SecretString).toBe('{"username":"admin","password":"p"}');
    expect(value.CreatedDate).toBeInstanceOf(Date);
    // by full ARN and by partial ARN (without the random suffix)
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: created.ARN }).VersionId).toBe(created.VersionId);
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: created.ARN!.slice(0, -7) }).VersionId).toBe(created.VersionId);
  });

  it('uses ClientRequestToken as the version id and keeps binary secrets as bytes', () => {
    const h = new Harness();
    const token = 'EXAMPLE1-90ab-cdef-fedc-ba987SECRET1';
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(create(h, { Name: 'bin', SecretBinary: bytes, ClientRequestToken: token }).VersionId).toBe(token);
    const value = sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 'bin' });
    expect(value.SecretString).toBeUndefined();
    expect([...value.SecretBinary!]).toEqual([...bytes]);
  });

  it('refuses an unknown secret, a duplicate name, a bad name and two values', () => {
    const h = new Harness();
    expectRefused(h, 'secretsmanager', 'GetSecretValue', { SecretId: 'nope' }, NOT_FOUND);
    expectRefused(h, 'secretsmanager', 'DescribeSecret', { SecretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:nope-AbCdEf` }, NOT_FOUND);
    create(h, { Name: 'dup', SecretString: 'x' });
    expectRefused(h, 'secretsmanager', 'CreateSecret', { Name: 'dup', SecretString: 'y' }, {
      code: 'ResourceExistsException',
      status: 400,
      message: 'The operation failed because the secret dup already exists.',
    });
    expectRefused(h, 'secretsmanager', 'CreateSecret', { Name: 'bad name!', SecretString: 'y' }, {
      code: 'InvalidParameterException',
      message: 'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
    });
    expectRefused(h, 'secretsmanager', 'CreateSecret', { Name: 'both', SecretString: 'y', SecretBinary: new Uint8Array([1]) }, {
      code: 'InvalidParameterException',
      message: "You can't specify both a binary secret value and a string secret value in the same secret.",
    });
    expectRefused(h, 'secretsmanager', 'CreateSecret', { Name: 'short-token', SecretString: 'y', ClientRequestToken: 'too-short' }, { code: 'ValidationException' });
  });

  it('a secret without a value has no version until one is put', () => {
    const h = new Harness();
    expect(create(h, { Name: 'empty' }).VersionId).toBeUndefined();
    expectRefused(h, 'secretsmanager', 'GetSecretValue', { SecretId: 'empty' }, {
      code: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
    expect(sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 'empty' }).VersionIdsToStages).toBeUndefined();
  });
});

describe('PutSecretValue, UpdateSecret and versions', () => {
  it('moves AWSCURRENT to the new version and AWSPREVIOUS to the old one', () => {
    const h = new Harness();
    const v1 = create(h, { Name: 's', SecretString: 'one' }).VersionId!;
    const v2 = sm<PutSecretValueResponse>(h, 'PutSecretValue', { SecretId: 's', SecretString: 'two' });
    expect(v2.VersionStages).toEqual(['AWSCURRENT']);
    const v3 = sm<UpdateSecretResponse>(h, 'UpdateSecret', { SecretId: 's', SecretString: 'three', Description: 'changed' }).VersionId!;
    const described = sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 's' });
    expect(described.VersionIdsToStages).toEqual({ [v2.VersionId!]: ['AWSPREVIOUS'], [v3]: ['AWSCURRENT'] });
    expect(described.Description).toBe('changed');
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 's' }).SecretString).toBe('three');
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 's', VersionStage: 'AWSPREVIOUS' }).SecretString).toBe('two');
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 's', VersionId: v1 }).SecretString).toBe('one');
    expectRefused(h, 'secretsmanager', 'GetSecretValue', { SecretId: 's', VersionId: v1, VersionStage: 'AWSCURRENT' }, {
      code: 'InvalidRequestException',
      message: 'You provided a VersionStage that is not associated to the provided VersionId.',
    });
    expectRefused(h, 'secretsmanager', 'GetSecretValue', { SecretId: 's', VersionStage: 'AWSPENDING' }, {
      code: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret value for staging label: AWSPENDING",
    });
  });

  it('a custom stage stays off AWSCURRENT; a retried token is idempotent, a changed value is refused', () => {
    const h = new Harness();
    create(h, { Name: 's', SecretString: 'one' });
    const token = 'a'.repeat(32);
    const pending = sm<PutSecretValueResponse>(h, 'PutSecretValue', { SecretId: 's', SecretString: 'two', ClientRequestToken: token, VersionStages: ['AWSPENDING'] });
    expect(pending).toMatchObject({ VersionId: token, VersionStages: ['AWSPENDING'] });
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 's' }).SecretString).toBe('one');
    h.engine.advanceTo(h.now + 1000);
    const before = h.snapshot();
    expect(sm<PutSecretValueResponse>(h, 'PutSecretValue', { SecretId: 's', SecretString: 'two', ClientRequestToken: token, VersionStages: ['AWSPENDING'] }).VersionId).toBe(token);
    expect(h.snapshot()).toEqual(before);
    expectRefused(h, 'secretsmanager', 'PutSecretValue', { SecretId: 's', SecretString: 'other', ClientRequestToken: token }, {
      code: 'ResourceExistsException',
      message: "You can't modify an existing version, you can only create a new version.",
    });
  });
});

describe('DescribeSecret and ListSecrets', () => {
  it('describes dates, tags, the KMS key as given, and omits what AWS omits', () => {
    const h = new Harness();
    create(h, { Name: 'tagged', SecretString: 'x', KmsKeyId: 'alias/aurora-secrets', Tags: [{ Key: 'env', Value: 'prod' }] });
    const described = sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 'tagged' });
    expect(described).toMatchObject({ Name: 'tagged', KmsKeyId: 'alias/aurora-secrets', Tags: [{ Key: 'env', Value: 'prod' }] });
    expect(described.CreatedDate).toEqual(described.LastChangedDate);
    expect(described.OwningService).toBeUndefined();
    expect(described.RotationEnabled).toBeUndefined();
    create(h, { Name: 'plain', SecretString: 'x' });
    const plain = sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 'plain' });
    expect(plain.KmsKeyId).toBeUndefined();
    expect(plain.Tags).toBeUndefined();
  });

  it("a value under the default key makes KMS create the AWS managed key aws/secretsmanager", () => {
    const h = new Harness();
    const target = () =>
      h.call<ListAliasesResponse>('kms', 'ListAliases', {}).Aliases!.find((alias) => alias.AliasName === 'alias/aws/secretsmanager')?.TargetKeyId;
    create(h, { Name: 'no-value' });
    create(h, { Name: 'own-key', SecretString: 'x', KmsKeyId: 'alias/mine' });
    expect(target()).toBeUndefined();
    create(h, { Name: 'default-key', SecretString: 'x' });
    expect(target()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('filters by name, description, tag key/value and all, with negation, sorts and pages', () => {
    const h = new Harness();
    create(h, { Name: 'prod/db', SecretString: 'x', Description: 'Production Aurora', Tags: [{ Key: 'env', Value: 'prod' }] });
    create(h, { Name: 'prod/api', SecretString: 'x', Tags: [{ Key: 'team', Value: 'web' }] });
    create(h, { Name: 'dev/db', SecretString: 'x', Description: 'dev database' });
    const names = (input: object) => sm<ListSecretsResponse>(h, 'ListSecrets', input).SecretList!.map((s) => s.Name);
    expect(names({})).toEqual(['dev/db', 'prod/api', 'prod/db']);
    expect(names({ SortOrder: 'asc' })).toEqual(['prod/db', 'prod/api', 'dev/db']);
    expect(names({ SortBy: 'name', SortOrder: 'asc' })).toEqual(['dev/db', 'prod/api', 'prod/db']);
    expect(names({ Filters: [{ Key: 'name', Values: ['prod/'] }] })).toEqual(['prod/api', 'prod/db']);
    expect(names({ Filters: [{ Key: 'name', Values: ['Prod/'] }] })).toEqual([]);
    expect(names({ Filters: [{ Key: 'description', Values: ['production'] }] })).toEqual(['prod/db']);
    expect(names({ Filters: [{ Key: 'tag-key', Values: ['team'] }] })).toEqual(['prod/api']);
    expect(names({ Filters: [{ Key: 'tag-value', Values: ['prod'] }] })).toEqual(['prod/db']);
    expect(names({ Filters: [{ Key: 'name', Values: ['!prod'] }] })).toEqual(['dev/db']);
    expect(names({ Filters: [{ Key: 'all', Values: ['database'] }] })).toEqual(['dev/db']);
    expect(names({ Filters: [{ Key: 'name', Values: ['prod'] }, { Key: 'tag-key', Values: ['env'] }] })).toEqual(['prod/db']);

    const first = sm<ListSecretsResponse>(h, 'ListSecrets', { MaxResults: 2, SortOrder: 'asc' });
    expect(first.SecretList!.map((s) => s.Name)).toEqual(['prod/db', 'prod/api']);
    const second = sm<ListSecretsResponse>(h, 'ListSecrets', { MaxResults: 2, SortOrder: 'asc', NextToken: first.NextToken });
    expect(second.SecretList!.map((s) => s.Name)).toEqual(['dev/db']);
    expect(second.NextToken).toBeUndefined();
    expectRefused(h, 'secretsmanager', 'ListSecrets', { NextToken: 'garbage' }, { code: 'InvalidNextTokenException' });
    expectRefused(h, 'secretsmanager', 'ListSecrets', { MaxResults: 101 }, { code: 'ValidationException' });
  });
});

describe('DeleteSecret and RestoreSecret', () => {
  it('schedules deletion after the recovery window; meanwhile the value is refused and the name is held', () => {
    const h = new Harness();
    create(h, { Name: 'old', SecretString: 'x' });
    const deleted = sm<DeleteSecretResponse>(h, 'DeleteSecret', { SecretId: 'old', RecoveryWindowInDays: 7 });
    expect(deleted.DeletionDate!.getTime()).toBe(h.now + 7 * DAY);
    expectRefused(h, 'secretsmanager', 'GetSecretValue', { SecretId: 'old' }, MARKED);
    expectRefused(h, 'secretsmanager', 'PutSecretValue', { SecretId: 'old', SecretString: 'y' }, MARKED);
    expectRefused(h, 'secretsmanager', 'DeleteSecret', { SecretId: 'old' }, MARKED);
    expectRefused(h, 'secretsmanager', 'CreateSecret', { Name: 'old', SecretString: 'y' }, {
      code: 'InvalidRequestException',
      message: "You can't create this secret because a secret with this name is already scheduled for deletion.",
    });
    expect(sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 'old' }).DeletedDate).toBeInstanceOf(Date);
    expect(sm<ListSecretsResponse>(h, 'ListSecrets', {}).SecretList).toEqual([]);
    expect(sm<ListSecretsResponse>(h, 'ListSecrets', { IncludePlannedDeletion: true }).SecretList).toHaveLength(1);

    sm(h, 'RestoreSecret', { SecretId: 'old' });
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 'old' }).SecretString).toBe('x');
    h.advance(8 * DAY);
    expect(sm<GetSecretValueResponse>(h, 'GetSecretValue', { SecretId: 'old' }).SecretString).toBe('x');

    sm(h, 'DeleteSecret', { SecretId: 'old' });
    h.advance(29 * DAY);
    expect(sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 'old' }).Name).toBe('old');
    h.advance(2 * DAY);
    expectRefused(h, 'secretsmanager', 'DescribeSecret', { SecretId: 'old' }, NOT_FOUND);
    expect(create(h, { Name: 'old', SecretString: 'new' }).Name).toBe('old');
  });

  it('deletes at once with ForceDeleteWithoutRecovery, and checks the window', () => {
    const h = new Harness();
    create(h, { Name: 'gone', SecretString: 'x' });
    expectRefused(h, 'secretsmanager', 'DeleteSecret', { SecretId: 'gone', RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true }, {
      code: 'InvalidParameterException',
      message: "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
    });
    expectRefused(h, 'secretsmanager', 'DeleteSecret', { SecretId: 'gone', RecoveryWindowInDays: 6 }, {
      code: 'InvalidParameterException',
      message: 'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
    });
    sm(h, 'DeleteSecret', { SecretId: 'gone', ForceDeleteWithoutRecovery: true });
    expectRefused(h, 'secretsmanager', 'GetSecretValue', { SecretId: 'gone' }, NOT_FOUND);
    expectRefused(h, 'secretsmanager', 'DeleteSecret', { SecretId: 'gone' }, NOT_FOUND);
  });
});

describe('TagResource and UntagResource', () => {
  it('adds, replaces and removes tags', () => {
    const h = new Harness();
    create(h, { Name: 't', SecretString: 'x', Tags: [{ Key: 'a', Value: '1' }] });
    sm(h, 'TagResource', { SecretId: 't', Tags: [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }] });
    expect(sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 't' }).Tags).toEqual([{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }]);
    sm(h, 'UntagResource', { SecretId: 't', TagKeys: ['a', 'zzz'] });
    expect(sm<DescribeSecretResponse>(h, 'DescribeSecret', { SecretId: 't' }).Tags).toEqual([{ Key: 'b', Value: '3' }]);
    expectRefused(h, 'secretsmanager', 'TagResource', { SecretId: 'nope', Tags: [] }, NOT_FOUND);
  });
});

describe('replay', () => {
  it('rebuilds the same secrets from the stored log, binary values and random passwords included', () => {
    const h = new Harness('replay-seed');
    const steps: [string, object][] = [
      ['GetRandomPassword', {}],
      ['CreateSecret', { Name: 'bin', SecretBinary: new Uint8Array([9, 8, 7]) }],
      ['GetRandomPassword', { PasswordLength: 20 }],
      ['CreateSecret', { Name: 'text', SecretString: 'x' }],
      ['PutSecretValue', { SecretId: 'text', SecretString: 'y' }],
      ['DeleteSecret', { SecretId: 'bin', RecoveryWindowInDays: 7 }],
    ];
    const actions: RequestAction[] = steps.map(([operation, input], i) => {
      sm(h, operation, input);
      return {
        kind: 'request', seq: i + 1, at: h.now, source: 'wire', service: 'secretsmanager', operation, region: REGION,
        input: decodeActionInput(encodeActionInput(input as Record<string, unknown>)), outcome: 'ok',
      };
    });
    const replayed = replayActions(identity('replay-seed'), START, actions);
    expect(replayed.state).toEqual(h.engine.state);
  });
});
