import type { Filter } from '@aws-sdk/client-ec2';
import type { Ec2TagRecord } from './ec2-tag';
import { invalidFilter } from './ec2-errors';

/** How one filter name reads a resource: the values the filter's values are matched against. */
export type FilterField<T> = (resource: T) => readonly string[];

/** The filters a Describe operation supports, by name (aliases listed separately). */
export type FilterFields<T> = Readonly<Record<string, FilterField<T>>>;

/** Tag filters every taggable resource supports: `tag:<key>` and `tag-key`. */
export interface Taggable {
  readonly tags: readonly Ec2TagRecord[];
}

/** EC2 filter values take `*` (any run) and `?` (any one character) wildcards. */
function wildcardMatcher(pattern: string): (value: string) => boolean {
  if (!/[*?]/.test(pattern)) return (value) => value === pattern;
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const regex = new RegExp(`^${source}$`, 's');
  return (value) => regex.test(value);
}

interface CompiledFilter<T> {
  readonly field: FilterField<T>;
  readonly matchers: ((value: string) => boolean)[];
}

function fieldFor<T extends Taggable>(fields: FilterFields<T>, name: string): FilterField<T> | undefined {
  if (name.startsWith('tag:') && name.length > 4) {
    const key = name.slice(4);
    return (resource) => resource.tags.filter((tag) => tag.key === key).map((tag) => tag.value);
  }
  if (name === 'tag-key') return (resource) => resource.tags.map((tag) => tag.key);
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/**
 * Compiles `Filters` into a predicate: a resource passes when, for every filter, one of the
 * filter's values matches one of the resource's values for that name. Throws for an unknown
 * filter name, as EC2 does, before anything is read.
 */
export function compileFilters<T extends Taggable>(
  filters: readonly Filter[] | undefined,
  fields: FilterFields<T>,
): (resource: T) => boolean {
  const compiled: CompiledFilter<T>[] = (filters ?? []).map((filter) => {
    const name = filter.Name ?? '';
    const field = fieldFor(fields, name);
    if (!field) throw invalidFilter(name);
    return { field, matchers: (filter.Values ?? []).map(wildcardMatcher) };
  });
  return (resource) =>
    compiled.every(({ field, matchers }) => {
      const values = field(resource);
      return matchers.some((matches) => values.some(matches));
    });
}

export function bool(value: boolean): string {
  return value ? 'true' : 'false';
}
