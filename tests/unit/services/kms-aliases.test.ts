import type { CreateKeyResponse, ListAliasesResponse } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, expectRefused, Harness, REGION, START } from './support/engine-harness';

function createKey(h: Harness): string {
  return h.call<CreateKeyResponse>('kms', 'CreateKey', {}).KeyMetadata!.KeyId!;
}

const aliasArn = (name: string) => `arn:aws:kms:${REGION}:${ACCOUNT_ID}:${name}`;

describe('KMS aliases', () => {
  it('CreateAlias names a customer key; ListAliases shows it beside the predefined AWS aliases', () => {
    const h = new Harness();
    const keyId = createKey(h);
    h.call('kms', 'CreateAlias', { AliasName: 'alias/aurora-encryption-key', TargetKeyId: keyId });
    const { Aliases, Truncated } = h.call<ListAliasesResponse>('kms', 'ListAliases', {});
    expect(Truncated).toBe(false);
    expect(Aliases![0]).toEqual({
      AliasName: 'alias/aurora-encryption-key',
      AliasArn: aliasArn('alias/aurora-encryption-key'),
      TargetKeyId: keyId,
      CreationDate: new Date(START + 2000),
      LastUpdatedDate: new Date(START + 2000),
    });
    expect(Aliases).toContainEqual({ AliasName: 'alias/aws/rds', AliasArn: aliasArn('alias/aws/rds') });
    const names = Aliases!.map((a) => a.AliasName!);
    expect(names).toEqual([...names].sort());
    expect(h.call<ListAliasesResponse>('kms', 'ListAliases', { KeyId: keyId }).Aliases!.map((a) => a.AliasName)).toEqual(['alias/aurora-encryption-key']);
  });

  it('refuses a duplicate alias with AlreadyExistsException', () => {
    const h = new Harness();
    const keyId = createKey(h);
    h.call('kms', 'CreateAlias', { AliasName: 'alias/dup', TargetKeyId: keyId });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/dup', TargetKeyId: createKey(h) }, {
      code: 'AlreadyExists',
      status: 409,
      message: `An alias with the name ${aliasArn('alias/dup')} already exists`,
    });
  });

  it('alias names: the alias/ prefix, not alias/aws/, the allowed characters; targets are keys', () => {
    const h = new Harness();
    const keyId = createKey(h);
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'my-key', TargetKeyId: keyId }, { code: 'ValidationException', message: 'Invalid identifier' });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/aws/mine', TargetKeyId: keyId }, { code: 'NotAuthorizedException' });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/my:key', TargetKeyId: keyId }, {
      code: 'ValidationException',
      message: 'alias/my:key contains invalid characters for an alias',
    });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/my key', TargetKeyId: keyId }, {
      code: 'ValidationException',
      message: "1 validation error detected: Value 'alias/my key' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    });
    h.call('kms', 'CreateAlias', { AliasName: 'alias/a', TargetKeyId: keyId });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/b', TargetKeyId: 'alias/a' }, { code: 'ValidationException', message: 'Aliases must refer to keys. Not aliases' });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/c', TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }, { code: 'NotFound' });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/d', TargetKeyId: 'alias/aws/rds' }, { code: 'ValidationException' });
  });

  it('an alias cannot name a key pending deletion; UpdateAlias moves it; DeleteAlias removes it', () => {
    const h = new Harness();
    const first = createKey(h);
    const second = createKey(h);
    h.call('kms', 'ScheduleKeyDeletion', { KeyId: second });
    expectRefused(h, 'kms', 'CreateAlias', { AliasName: 'alias/x', TargetKeyId: second }, { code: 'KMSInvalidStateException' });
    h.call('kms', 'CreateAlias', { AliasName: 'alias/x', TargetKeyId: first });
    h.call('kms', 'CancelKeyDeletion', { KeyId: second });
    h.call('kms', 'UpdateAlias', { AliasName: 'alias/x', TargetKeyId: second });
    expect(h.call<ListAliasesResponse>('kms', 'ListAliases', { KeyId: second }).Aliases!.map((a) => a.AliasName)).toEqual(['alias/x']);
    h.call('kms', 'DeleteAlias', { AliasName: 'alias/x' });
    expectRefused(h, 'kms', 'DeleteAlias', { AliasName: 'alias/x' }, { code: 'NotFound', message: `Alias ${aliasArn('alias/x')} is not found.` });
    expectRefused(h, 'kms', 'UpdateAlias', { AliasName: 'alias/x', TargetKeyId: first }, { code: 'NotFound' });
  });

  it('ListAliases pages (Limit at most 100)', () => {
    const h = new Harness();
    const page = h.call<ListAliasesResponse>('kms', 'ListAliases', { Limit: 5 });
    expect(page.Aliases).toHaveLength(5);
    expect(page.Truncated).toBe(true);
    const rest = h.call<ListAliasesResponse>('kms', 'ListAliases', { Marker: page.NextMarker });
    expect(rest.Truncated).toBe(false);
    expect(page.Aliases!.length + rest.Aliases!.length).toBe(13);
    expectRefused(h, 'kms', 'ListAliases', { Limit: 101 }, { code: 'ValidationException' });
  });
});
