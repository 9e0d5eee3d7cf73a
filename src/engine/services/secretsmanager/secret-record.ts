/** One version of a secret's value. Exactly one of `secretString` / `secretBinary` is set. */
export interface SecretVersionRecord {
  readonly versionId: string;
  readonly secretString: string | null;
  /** Base64, so the state stays plain JSON. */
  readonly secretBinary: string | null;
  /** Staging labels (`AWSCURRENT`, `AWSPREVIOUS`, `AWSPENDING`, custom). */
  stages: string[];
  readonly createdAt: number;
}

export interface SecretTagRecord {
  readonly Key: string;
  readonly Value: string;
}

/** A Secrets Manager secret as the sandbox keeps it, keyed by its name in the region's state. */
export interface SecretRecord {
  readonly name: string;
  /** `arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 random characters>`. */
  readonly arn: string;
  description: string | null;
  /** As the caller gave it; null for the AWS managed key `aws/secretsmanager` (then not reported). */
  kmsKeyId: string | null;
  readonly createdAt: number;
  lastChangedAt: number;
  /** Set while the secret is scheduled for deletion. */
  deletedAt: number | null;
  /** When a scheduled deletion becomes permanent. */
  deletionDueAt: number | null;
  /** In creation order. */
  versions: SecretVersionRecord[];
  tags: SecretTagRecord[];
  /** The AWS service that manages the secret (`rds`), or null for a learner's own secret. */
  readonly owningService: string | null;
  readonly rotationEnabled: boolean;
  readonly rotationDays: number | null;
}
