import type { OperationContext } from '../../sandbox/operation-context';
import { ownEntry } from '../shared/own-entry';
import { newVersionId } from './secret-arn';
import { generatePassword } from './random-password';
import { storeNewSecret } from './store-secret';

/** RDS rotates the secrets it manages every 7 days by default (Aurora User Guide, rds-secrets-manager). */
const RDS_ROTATION_DAYS = 7;
/** RDS master passwords may not contain `/`, `"`, `@` or a space (FACTS.md §2). */
const RDS_PASSWORD_EXCLUDED = '/"@ \\';

export interface RdsManagedSecretRequest {
  readonly clusterArn: string;
  readonly masterUsername: string;
  /** The key RDS was given (`MasterUserSecretKmsKeyId`), or null for `aws/secretsmanager`. */
  readonly kmsKeyId: string | null;
}

/**
 * The secret RDS creates for `ManageMasterUserPassword` in the cluster's region: named
 * `rds!cluster-<uuid>`, owned by `rds`, holding `{"username", "password"}` with a password RDS
 * generated, tagged with the cluster's ARN. Returns its ARN (the cluster's `MasterUserSecret`).
 */
export function createRdsManagedSecret(ctx: OperationContext, request: RdsManagedSecretRequest): string {
  const name = `rds!cluster-${newVersionId(ctx.ids)}`;
  const password = generatePassword(
    {
      length: 32,
      excludeCharacters: RDS_PASSWORD_EXCLUDED,
      excludeNumbers: false,
      excludePunctuation: false,
      excludeUppercase: false,
      excludeLowercase: false,
      includeSpace: false,
      requireEachIncludedType: true,
    },
    (count) => Buffer.from(ctx.ids.hex(count * 2), 'hex'),
  );
  const secret = storeNewSecret(ctx, {
    name,
    description: `Secret associated with primary RDS DB cluster: ${request.clusterArn}`,
    kmsKeyId: request.kmsKeyId,
    tags: [
      { Key: 'aws:rds:primaryDBClusterArn', Value: request.clusterArn },
      { Key: 'aws:secretsmanager:owningService', Value: 'rds' },
    ],
    value: { secretString: JSON.stringify({ username: request.masterUsername, password }), secretBinary: null },
    owningService: 'rds',
    rotationDays: RDS_ROTATION_DAYS,
  });
  return secret.arn;
}

/**
 * Deletes the secret RDS manages for a cluster, when the cluster is deleted or stops managing its
 * password: at once, without a recovery window. A secret already gone is ignored.
 */
export function deleteRdsManagedSecret(ctx: Pick<OperationContext, 'regionState'>, secretArn: string): void {
  const { secrets } = ctx.regionState.secretsmanager;
  const secret = Object.values(secrets).find((candidate) => candidate.arn === secretArn);
  if (secret && ownEntry(secrets, secret.name) === secret && secret.owningService === 'rds') delete secrets[secret.name];
}
