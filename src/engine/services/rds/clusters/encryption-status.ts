import { kmsKeyUsable } from '../kms-keys';
import type { RdsView } from '../rds-view';

/** What RDS reports for a resource whose KMS key it can no longer use (Aurora.Status). */
export const INACCESSIBLE_ENCRYPTION_CREDENTIALS = 'inaccessible-encryption-credentials';

/**
 * The status RDS reports for an encrypted cluster or instance: once its KMS key is disabled,
 * pending deletion or deleted, RDS cannot read the storage and reports
 * `inaccessible-encryption-credentials` instead (a resource being deleted still says `deleting`).
 * Derived when rendering, so re-enabling the key (or cancelling its deletion and enabling it)
 * brings the stored status back.
 */
export function statusWithEncryption(view: Pick<RdsView, 'kms' | 'region'>, status: string, kmsKeyId: string | null): string {
  if (kmsKeyId === null || status === 'deleting' || status === 'creating') return status;
  return kmsKeyUsable(view.kms, view.region, kmsKeyId) ? status : INACCESSIBLE_ENCRYPTION_CREDENTIALS;
}
