import type { KmsAliasRecord } from './aliases/kms-alias-record';
import type { KmsKeyRecord } from './keys/kms-key-record';

/** One region's KMS keys and aliases. */
export interface KmsRegionState {
  /** Keys by key id, in creation order (customer keys and AWS managed keys once created). */
  readonly keys: Record<string, KmsKeyRecord>;
  /** Aliases by name (`alias/x`); predefined AWS aliases appear here once their key exists. */
  readonly aliases: Record<string, KmsAliasRecord>;
}

export function createKmsRegionState(): KmsRegionState {
  return { keys: {}, aliases: {} };
}
