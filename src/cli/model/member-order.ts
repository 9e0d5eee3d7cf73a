/**
 * `names` rearranged so that those `order` lists come first, in its order; the rest (members newer
 * than botocore's model, which the real CLI does not know) follow in their given order.
 */
export function inBotocoreOrder(names: readonly string[], order: readonly string[] | undefined): string[] {
  if (!order) return [...names];
  const rank = new Map(order.map((name, index) => [name, index]));
  const listed = names.filter((name) => rank.has(name)).sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
  return [...listed, ...names.filter((name) => !rank.has(name))];
}
