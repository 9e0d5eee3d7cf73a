import type { Filter } from '@aws-sdk/client-rds';
import { invalidParameterValue } from './rds-errors';

/** How a filter reads a record, and how a filter value is normalised before comparing. */
export interface RdsFilterField<T> {
  readonly values: (record: T) => readonly string[];
  /** Checks and normalises one filter value (e.g. lowercases an identifier); may throw. */
  readonly normalise?: (value: string) => string;
}

export type RdsFilterFields<T> = Readonly<Record<string, RdsFilterField<T>>>;

/**
 * Compiles RDS `Filters`: a record passes when, for each filter, one of its values equals one of
 * the record's values (no wildcards in RDS). Unknown names and bad values throw up front.
 */
export function compileRdsFilters<T>(
  filters: readonly Filter[] | undefined,
  fieldsOrBuild: RdsFilterFields<T> | (() => RdsFilterFields<T>),
): (record: T) => boolean {
  // Most describes carry no filters: skip building a table of closures for them.
  if (!filters || filters.length === 0) return () => true;
  const fields = typeof fieldsOrBuild === 'function' ? fieldsOrBuild() : fieldsOrBuild;
  const compiled = filters.map((filter) => {
    const name = filter.Name ?? '';
    if (!Object.hasOwn(fields, name)) throw invalidParameterValue(`Unrecognized filter name: ${name}`);
    const field = fields[name];
    const wanted = new Set((filter.Values ?? []).map((value) => (field.normalise ? field.normalise(value) : value)));
    return { field, wanted };
  });
  return (record) => compiled.every(({ field, wanted }) => field.values(record).some((value) => wanted.has(value)));
}
