import type { Filter } from '@aws-sdk/client-secrets-manager';
import type { SecretRecord } from './secret-record';
import { invalidParameter } from './secretsmanager-errors';

const VALUE_PATTERN = /^!?[a-zA-Z0-9 :_@/+=.\-!]*$/;
const MAX_VALUES = 10;

/** Words as Secrets Manager splits a search string: at case changes, letter/digit changes and punctuation. */
function words(text: string): string[] {
  return text.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g)?.map((word) => word.toLowerCase()) ?? [];
}

function startsWithAny(candidates: readonly string[], prefix: string, caseSensitive: boolean): boolean {
  return caseSensitive
    ? candidates.some((candidate) => candidate.startsWith(prefix))
    : candidates.some((candidate) => candidate.toLowerCase().startsWith(prefix.toLowerCase()));
}

/** Whether one (non-negated) filter value matches a secret (API reference, `Filter`). */
function valueMatches(key: string, value: string, secret: SecretRecord): boolean {
  switch (key) {
    case 'name':
      return secret.name.startsWith(value);
    case 'description':
      return startsWithAny(secret.description === null ? [] : [secret.description], value, false);
    case 'tag-key':
      return startsWithAny(secret.tags.map((tag) => tag.Key), value, true);
    case 'tag-value':
      return startsWithAny(secret.tags.map((tag) => tag.Value), value, true);
    case 'owning-service':
      return startsWithAny(secret.owningService === null ? [] : [secret.owningService], value, true);
    case 'primary-region':
      // Only replicated secrets have a primary Region, and the sandbox does not replicate.
      return false;
    case 'all': {
      const attributes = [secret.name, secret.description ?? '', ...secret.tags.flatMap((tag) => [tag.Key, tag.Value])].flatMap(words);
      const wanted = words(value);
      return wanted.length > 0 && wanted.every((word) => attributes.some((attribute) => attribute.startsWith(word)));
    }
    default:
      return false;
  }
}

/** Checks ListSecrets filters: known keys (the model checks), 1–10 values each, in the allowed characters. */
export function checkFilters(filters: readonly Filter[] | undefined): readonly Filter[] {
  for (const filter of filters ?? []) {
    const values = filter.Values ?? [];
    if (filter.Key === undefined) throw invalidParameter('Invalid filter key: a filter needs a Key.');
    if (values.length === 0 || values.length > MAX_VALUES) {
      throw invalidParameter(`A filter must have between 1 and ${MAX_VALUES} values.`);
    }
    const bad = values.find((value) => !VALUE_PATTERN.test(value));
    if (bad !== undefined) throw invalidParameter(`Invalid filter value: ${bad}`);
  }
  return filters ?? [];
}

/**
 * Whether a secret passes every filter: within one filter any plain value may match, and a value
 * starting with `!` must not match.
 */
export function matchesFilters(secret: SecretRecord, filters: readonly Filter[]): boolean {
  return filters.every((filter) => {
    const key = filter.Key ?? '';
    const values = filter.Values ?? [];
    const positive = values.filter((value) => !value.startsWith('!'));
    const negative = values.filter((value) => value.startsWith('!')).map((value) => value.slice(1));
    return (positive.length === 0 || positive.some((value) => valueMatches(key, value, secret)))
      && !negative.some((value) => valueMatches(key, value, secret));
  });
}
