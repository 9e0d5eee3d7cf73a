/**
 * What the SDK's `.d.ts` typings say that its runtime schemas do not: per structure shape, the
 * members that are required and the members whose values come from an enum table
 * (a member of list type names the table of its elements).
 */
export interface ModelFacts {
  /** shape name -> required member names, in declaration order */
  readonly required: Readonly<Record<string, readonly string[]>>;
  /** shape name -> member name -> enum table name */
  readonly enums: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** enum table name -> allowed values */
  readonly enumValues: Readonly<Record<string, readonly string[]>>;
}
