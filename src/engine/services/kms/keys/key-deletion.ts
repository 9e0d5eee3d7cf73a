import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';

export const KEY_DELETION_TRANSITION = 'kms.key.delete';

/**
 * The end of a key's waiting period: KMS deletes the key and every alias that points to it. A key
 * whose deletion was cancelled (or rescheduled) in the meantime is left alone.
 */
export const deleteKeyWhenDue: TransitionHandler = (ctx, payload) => {
  const { kms } = ctx.regionState;
  const keyId = String(payload.keyId);
  const key = ownEntry(kms.keys, keyId);
  if (!key || key.keyState !== 'PendingDeletion' || key.deletionDate !== Number(payload.deletionDate)) return;
  delete kms.keys[keyId];
  for (const alias of Object.values(kms.aliases)) {
    if (alias.targetKeyId === keyId) delete kms.aliases[alias.aliasName];
  }
};
