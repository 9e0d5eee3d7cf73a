import type { EngineMode } from '../catalog/engine-versions';
import { modeledError } from '../../../model/modeled-error';
import { awsManagedRdsKeyArn, resolveKmsKeyArn, type KeyScope } from '../kms-keys';
import { invalidParameterCombination } from '../rds-errors';

const STORAGE_TYPES = ['aurora', 'aurora-iopt1'];

export interface ClusterStorageRequest {
  readonly StorageEncrypted?: boolean | undefined;
  readonly KmsKeyId?: string | undefined;
  readonly StorageType?: string | undefined;
}

export interface ClusterStorage {
  readonly storageEncrypted: boolean;
  readonly kmsKeyId: string | null;
  readonly storageType: string;
}

export type { KeyScope } from '../kms-keys';

/**
 * Storage type and encryption. Encrypted clusters get the named key or the account's
 * `aws/rds` key; Serverless v1 clusters are always encrypted.
 */
export function resolveClusterStorage(mode: EngineMode, request: ClusterStorageRequest, scope: KeyScope): ClusterStorage {
  const storageType = request.StorageType ?? 'aurora';
  if (!STORAGE_TYPES.includes(storageType)) {
    throw modeledError('rds', 'StorageTypeNotSupportedFault', `Invalid storage type: ${storageType}. Aurora DB clusters support aurora and aurora-iopt1.`);
  }
  if (mode === 'serverless' && request.StorageEncrypted === false) {
    throw invalidParameterCombination('Aurora Serverless v1 DB clusters are always encrypted; StorageEncrypted cannot be false.');
  }
  const encrypted = mode === 'serverless' || request.StorageEncrypted === true;
  if (request.KmsKeyId !== undefined && !encrypted) {
    throw invalidParameterCombination('The parameter KmsKeyId requires StorageEncrypted to be true.');
  }
  if (!encrypted) return { storageEncrypted: false, kmsKeyId: null, storageType };
  const kmsKeyId =
    request.KmsKeyId === undefined
      ? awsManagedRdsKeyArn(scope.seed, scope.region, scope.accountId)
      : resolveKmsKeyArn(request.KmsKeyId, scope);
  return { storageEncrypted: true, kmsKeyId, storageType };
}
