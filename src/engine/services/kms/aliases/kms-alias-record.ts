export interface KmsAliasRecord {
  /** `alias/<name>`. */
  readonly aliasName: string;
  targetKeyId: string;
  readonly createdAt: number;
  lastUpdatedAt: number;
}
