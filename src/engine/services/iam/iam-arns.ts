/** IAM ARNs have no region: `arn:aws:iam::<account>:role/<path><name>`, `...:policy/<path><name>`. */
export function iamArn(accountId: string, kind: 'role' | 'policy', path: string, name: string): string {
  return `arn:aws:iam::${accountId}:${kind}${path}${name}`;
}

export interface ParsedIamArn {
  /** A 12-digit account id, or `aws` for AWS managed policies. */
  readonly accountId: string;
  readonly path: string;
  readonly name: string;
}

const IAM_ARN = /^arn:aws:iam::(\d{12}|aws):(role|policy)(\/(?:[^/]+\/)*)([^/]+)$/;

/** Splits a role or policy ARN into account, path and name; undefined when it is not one. */
export function parseIamArn(arn: string, kind: 'role' | 'policy'): ParsedIamArn | undefined {
  const match = IAM_ARN.exec(arn);
  if (!match || match[2] !== kind) return undefined;
  return { accountId: match[1], path: match[3], name: match[4] };
}
