import type { CreateKeyRequest, CreateKeyResponse } from '@aws-sdk/client-kms';
import { AwsError } from '../../../aws-error';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { kmsKeyArn } from '../kms-arns';
import { validationException } from '../kms-errors';
import { checkTags } from '../tags/kms-tags';
import { newKeyId } from './key-ids';
import { KEY_SPECS, needsExplicitUsage } from './key-specs';
import type { KmsKeyRecord } from './kms-key-record';
import { renderKeyMetadata } from './render-key-metadata';

/** The key policy KMS attaches when CreateKey names none: the account may do anything with the key. */
function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' },
    ],
  });
}

function checkPolicy(policy: string | undefined, accountId: string): string {
  if (policy === undefined) return defaultKeyPolicy(accountId);
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    throw modeledError('kms', 'MalformedPolicyDocumentException', 'The key policy is not a valid JSON document.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('Statement' in parsed)) {
    throw modeledError('kms', 'MalformedPolicyDocumentException', 'The key policy must contain a Statement.');
  }
  return policy;
}

function checkSpecAndUsage(input: CreateKeyRequest): { keySpec: string; keyUsage: string } {
  if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined) {
    throw validationException('You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.');
  }
  const keySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  const facts = KEY_SPECS[keySpec];
  if (!facts) throw new AwsError('UnsupportedOperationException', `KeySpec ${keySpec} is not available in this sandbox.`, 400);
  if (input.KeyUsage === undefined && needsExplicitUsage(keySpec)) {
    throw validationException(`You must specify a KeyUsage value for an asymmetric KMS key with KeySpec ${keySpec}.`);
  }
  const keyUsage = input.KeyUsage ?? facts.usages[0];
  if (!facts.usages.includes(keyUsage)) {
    throw validationException(`KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}.`);
  }
  return { keySpec, keyUsage };
}

/**
 * CreateKey: a customer managed key, Enabled, with KMS's defaults (SYMMETRIC_DEFAULT,
 * ENCRYPT_DECRYPT, Origin AWS_KMS, single-Region, the default key policy). Key material from
 * outside KMS and custom key stores are not offered by this sandbox.
 */
export const createKey = defineOperation<CreateKeyRequest, CreateKeyResponse>((ctx, input) => {
  if (input.Origin !== undefined && input.Origin !== 'AWS_KMS') {
    throw new AwsError('UnsupportedOperationException', `Origin ${input.Origin} is not available in this sandbox; keys have Origin AWS_KMS.`, 400);
  }
  if (input.CustomKeyStoreId !== undefined || input.XksKeyId !== undefined) {
    throw modeledError('kms', 'CustomKeyStoreNotFoundException', 'This sandbox has no custom key stores.');
  }
  const { keySpec, keyUsage } = checkSpecAndUsage(input);
  const description = input.Description ?? '';
  if (description.length > 8192) {
    throw validationException(`1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192`);
  }
  const policy = checkPolicy(input.Policy, ctx.accountId);
  const tags = checkTags(input.Tags);
  const multiRegion = input.MultiRegion === true;

  const keyId = newKeyId(ctx.ids, multiRegion);
  const key: KmsKeyRecord = {
    keyId,
    arn: kmsKeyArn(ctx.region, ctx.accountId, keyId),
    createdAt: ctx.now.getTime(),
    description,
    keyManager: 'CUSTOMER',
    keySpec,
    keyUsage,
    multiRegion,
    policy,
    keyState: 'Enabled',
    deletionDate: null,
    pendingWindowInDays: null,
    tags,
  };
  ctx.regionState.kms.keys[keyId] = key;
  return { KeyMetadata: renderKeyMetadata(key, ctx.accountId, ctx.region) };
});
