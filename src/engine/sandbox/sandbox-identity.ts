/** Who a sandbox is: fixed when it is created, and the seed of everything deterministic in it. */
export interface SandboxIdentity {
  readonly sandboxId: string;
  /** 12-digit AWS account id, unique to this sandbox. */
  readonly accountId: string;
  readonly accessKeyId: string;
  /** The region a client gets when it names none. */
  readonly defaultRegion: string;
  /** Seeds resource ids, endpoint suffixes and anything else that AWS would make up. */
  readonly seed: string;
}
