import type { IamTag } from '../roles/role-record';

/** One version of a managed policy (the sandbox only ever makes `v1`). */
export interface PolicyVersionRecord {
  readonly versionId: string;
  /** The document exactly as it was sent (IAM returns it URL-encoded). */
  readonly document: string;
  readonly isDefaultVersion: boolean;
  readonly createDate: number;
}

/** A managed policy: a customer managed one in `IamState`, or an AWS managed one from the catalog. */
export interface ManagedPolicyRecord {
  readonly policyName: string;
  readonly policyId: string;
  readonly path: string;
  readonly arn: string;
  readonly description: string | null;
  readonly createDate: number;
  readonly updateDate: number;
  readonly defaultVersionId: string;
  readonly versions: readonly PolicyVersionRecord[];
  readonly tags: readonly IamTag[];
}
