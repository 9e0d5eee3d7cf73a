/** A sandbox as stored: identity, credentials, owner and clock settings (not its state). */
export interface SandboxRecord {
  readonly id: string;
  readonly learnerId: string;
  readonly labSlug: string | null;
  readonly accountId: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly seed: string;
  readonly realStartedAt: Date;
  readonly virtualStartMs: number;
  readonly clockSpeed: number;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}
