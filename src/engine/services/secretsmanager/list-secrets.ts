import type { ListSecretsRequest, ListSecretsResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { renderSecretListEntry } from './render-secret';
import type { SecretRecord } from './secret-record';
import { checkFilters, matchesFilters } from './secret-filters';
import { invalidNextToken, validationError } from './secretsmanager-errors';

const MAX_RESULTS = 100;

function sortKey(secret: SecretRecord, sortBy: string): string | number {
  switch (sortBy) {
    case 'name':
      return secret.name;
    case 'last-changed-date':
      return secret.lastChangedAt;
    default:
      return secret.createdAt;
  }
}

/** Page position as an opaque token. */
function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

function decodeToken(token: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    const offset = typeof parsed === 'object' && parsed !== null ? (parsed as { offset?: unknown }).offset : undefined;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the error below
  }
  throw invalidNextToken();
}

/**
 * ListSecrets: the region's secrets (those scheduled for deletion only with
 * IncludePlannedDeletion), filtered, sorted by `SortBy` (default creation date) in `SortOrder`
 * (default `desc`), up to `MaxResults` (1–100) per page.
 */
export const listSecrets = defineOperation<ListSecretsRequest, ListSecretsResponse>((ctx, input) => {
  const maxResults = input.MaxResults ?? MAX_RESULTS;
  if (maxResults < 1) throw validationError(maxResults, 'maxResults', 'Member must have value greater than or equal to 1');
  if (maxResults > MAX_RESULTS) throw validationError(maxResults, 'maxResults', `Member must have value less than or equal to ${MAX_RESULTS}`);
  const filters = checkFilters(input.Filters);
  const offset = input.NextToken === undefined ? 0 : decodeToken(input.NextToken);
  const sortBy = input.SortBy ?? 'created-date';
  const direction = input.SortOrder === 'asc' ? 1 : -1;

  const secrets = Object.values(ctx.regionState.secretsmanager.secrets)
    .filter((secret) => (secret.deletedAt === null || input.IncludePlannedDeletion === true) && matchesFilters(secret, filters))
    .sort((a, b) => {
      const [x, y] = [sortKey(a, sortBy), sortKey(b, sortBy)];
      return (x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0) * direction;
    });
  const page = secrets.slice(offset, offset + maxResults);
  const next = offset + maxResults < secrets.length ? encodeToken(offset + maxResults) : undefined;
  return { SecretList: page.map(renderSecretListEntry), NextToken: next };
});
