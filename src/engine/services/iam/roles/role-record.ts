/** An IAM tag as IAM stores it. */
export interface IamTag {
  readonly key: string;
  readonly value: string;
}

/** An IAM role as the sandbox keeps it (`arn:aws:iam::<account>:role/<path><name>`). */
export interface RoleRecord {
  readonly roleName: string;
  readonly roleId: string;
  readonly path: string;
  readonly arn: string;
  readonly createDate: number;
  /** The trust policy exactly as it was sent (IAM returns it URL-encoded). */
  assumeRolePolicyDocument: string;
  description: string | null;
  maxSessionDuration: number;
  tags: IamTag[];
  /** ARNs of the managed policies attached, in attachment order. */
  attachedPolicyArns: string[];
  /** Inline policies by name, documents as sent. */
  inlinePolicies: Record<string, string>;
}
