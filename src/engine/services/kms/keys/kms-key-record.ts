export type KmsKeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

export interface KmsTagRecord {
  readonly key: string;
  readonly value: string;
}

/** A KMS key as the sandbox keeps it (rendered to `KeyMetadata` by `renderKeyMetadata`). */
export interface KmsKeyRecord {
  /** A UUID, or `mrk-` and 32 hex digits for a multi-Region key. */
  readonly keyId: string;
  readonly arn: string;
  readonly createdAt: number;
  description: string;
  readonly keyManager: 'AWS' | 'CUSTOMER';
  readonly keySpec: string;
  readonly keyUsage: string;
  readonly multiRegion: boolean;
  readonly policy: string;
  keyState: KmsKeyState;
  /** Set while `PendingDeletion`. */
  deletionDate: number | null;
  pendingWindowInDays: number | null;
  tags: KmsTagRecord[];
}
