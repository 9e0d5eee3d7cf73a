import type { OperationContext } from '../../sandbox/operation-context';
import { ensureDefaultSecretKey } from './default-secret-key';
import { newSecretArn, newVersionId } from './secret-arn';
import type { SecretRecord, SecretTagRecord } from './secret-record';
import type { SecretValueInput } from './secret-value';
import { AWSCURRENT, addSecretVersion } from './secret-versions';

export interface NewSecret {
  readonly name: string;
  readonly description: string | null;
  readonly kmsKeyId: string | null;
  readonly tags: SecretTagRecord[];
  readonly value: SecretValueInput | null;
  /** The first version's id (`ClientRequestToken`), else a new UUID. */
  readonly versionId?: string | undefined;
  readonly owningService?: string | null;
  readonly rotationDays?: number | null;
}

/** Stores an already-checked new secret in the request's region; its value becomes AWSCURRENT. */
export function storeNewSecret(ctx: Pick<OperationContext, 'state' | 'regionState' | 'region' | 'accountId' | 'ids' | 'now'>, secret: NewSecret): SecretRecord {
  const at = ctx.now.getTime();
  const record: SecretRecord = {
    name: secret.name,
    arn: newSecretArn(ctx.region, ctx.accountId, secret.name, ctx.ids),
    description: secret.description,
    kmsKeyId: secret.kmsKeyId,
    createdAt: at,
    lastChangedAt: at,
    deletedAt: null,
    deletionDueAt: null,
    versions: [],
    tags: secret.tags,
    owningService: secret.owningService ?? null,
    rotationEnabled: secret.rotationDays != null,
    rotationDays: secret.rotationDays ?? null,
  };
  if (secret.value) addSecretVersion(record, secret.versionId ?? newVersionId(ctx.ids), secret.value, [AWSCURRENT], at);
  ctx.regionState.secretsmanager.secrets[record.name] = record;
  ensureDefaultSecretKey(ctx, record);
  return record;
}
