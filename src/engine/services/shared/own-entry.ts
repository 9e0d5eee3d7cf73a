/**
 * Looks a key up in a state table without falling through to `Object.prototype`: resource names
 * such as `constructor` or `toString` are valid AWS identifiers.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
