import type { DeterministicIds } from '../../sandbox/deterministic-ids';

const MIXED_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `arn:aws:secretsmanager:<region>:<account>:secret:<name>-` + 6 random letters and digits. */
export function newSecretArn(region: string, accountId: string, name: string, ids: DeterministicIds): string {
  const bytes = Buffer.from(ids.hex(12), 'hex');
  const suffix = [...bytes].map((byte) => MIXED_ALNUM[byte % MIXED_ALNUM.length]).join('');
  return `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${suffix}`;
}

/** A UUID (v4 layout) for a version id, from the sandbox's deterministic ids. */
export function newVersionId(ids: DeterministicIds): string {
  const hex = ids.hex(32);
  const variant = '89ab'[parseInt(hex[16], 16) % 4];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
