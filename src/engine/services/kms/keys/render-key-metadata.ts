import type { KeyMetadata } from '@aws-sdk/client-kms';
import { KEY_SPECS } from './key-specs';
import type { KmsKeyRecord } from './kms-key-record';

/** `KeyMetadata` as DescribeKey, CreateKey and friends return it. */
export function renderKeyMetadata(key: KmsKeyRecord, accountId: string, region: string): KeyMetadata {
  const spec = KEY_SPECS[key.keySpec];
  const usage = key.keyUsage;
  return {
    AWSAccountId: accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.createdAt),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: usage as KeyMetadata['KeyUsage'],
    KeyState: key.keyState,
    DeletionDate: key.deletionDate === null ? undefined : new Date(key.deletionDate),
    Origin: 'AWS_KMS',
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec as KeyMetadata['CustomerMasterKeySpec'],
    KeySpec: key.keySpec as KeyMetadata['KeySpec'],
    EncryptionAlgorithms: spec?.encryptionAlgorithms?.[usage] as KeyMetadata['EncryptionAlgorithms'],
    SigningAlgorithms: usage === 'SIGN_VERIFY' ? (spec?.signingAlgorithms as KeyMetadata['SigningAlgorithms']) : undefined,
    KeyAgreementAlgorithms: usage === 'KEY_AGREEMENT' ? (spec?.keyAgreementAlgorithms as KeyMetadata['KeyAgreementAlgorithms']) : undefined,
    MultiRegion: key.multiRegion,
    MultiRegionConfiguration: key.multiRegion
      ? { MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: key.arn, Region: region }, ReplicaKeys: [] }
      : undefined,
    PendingDeletionWindowInDays: key.pendingWindowInDays ?? undefined,
    MacAlgorithms: usage === 'GENERATE_VERIFY_MAC' ? (spec?.macAlgorithms as KeyMetadata['MacAlgorithms']) : undefined,
  };
}
