/**
 * Query parameters split on `.` into a tree, so `Tags.Tag.1.Key=a&Tags.Tag.1.Value=b` becomes
 * Tags -> Tag -> 1 -> {Key: a, Value: b}. Decoding walks this tree against the model, and any node
 * it does not consume is a parameter the operation does not have.
 */
export interface ParameterNode {
  /** The parameter name up to and including this node, as the client sent it (`Tags.Tag.1`). */
  readonly path: string;
  /** The value when a parameter ends exactly here (`Name=` gives `''`). */
  value: string | undefined;
  readonly children: Map<string, ParameterNode>;
}

function childOf(node: ParameterNode, segment: string): ParameterNode {
  let child = node.children.get(segment);
  if (!child) {
    child = { path: node.path === '' ? segment : `${node.path}.${segment}`, value: undefined, children: new Map() };
    node.children.set(segment, child);
  }
  return child;
}

export function buildParameterTree(parameters: ReadonlyMap<string, string>): ParameterNode {
  const root: ParameterNode = { path: '', value: undefined, children: new Map() };
  for (const [name, value] of parameters) {
    let node = root;
    for (const segment of name.split('.')) node = childOf(node, segment);
    node.value = value;
  }
  return root;
}
