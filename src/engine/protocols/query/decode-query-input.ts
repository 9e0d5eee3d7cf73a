import {
  listItemSegment,
  mapEntrySegment,
  mapKeySegment,
  mapValueSegment,
  memberParameterName,
} from '../../model/query-parameter-names';
import type { WireProtocolName } from '../../model/service-model';
import type { ListPlan, MapPlan, MemberPlan, ShapePlan, StructurePlan } from '../../model/shape-plan';
import { decodeQueryScalar } from './decode-query-scalar';
import type { ParameterNode } from './parameter-tree';
import { invalidParameterValueError, missingParameterError, unknownParameterError } from './query-request-errors';

/** 1-based list and map indexes; nine digits keep them exact and far above any real request. */
const INDEX = /^[1-9]\d{0,8}$/;

const membersByParameterName = new Map<WireProtocolName, WeakMap<StructurePlan, Map<string, MemberPlan>>>();

function memberLookup(plan: StructurePlan, protocol: WireProtocolName): Map<string, MemberPlan> {
  let byPlan = membersByParameterName.get(protocol);
  if (!byPlan) membersByParameterName.set(protocol, (byPlan = new WeakMap()));
  let lookup = byPlan.get(plan);
  if (!lookup) {
    lookup = new Map(plan.members.map((member) => [memberParameterName(member, protocol), member]));
    byPlan.set(plan, lookup);
  }
  return lookup;
}

function firstChild(node: ParameterNode): ParameterNode | undefined {
  for (const child of node.children.values()) return child;
  return undefined;
}

function decodeStructureMembers(plan: StructurePlan, node: ParameterNode, protocol: WireProtocolName): Record<string, unknown> {
  const lookup = memberLookup(plan, protocol);
  const out: Record<string, unknown> = {};
  for (const [segment, child] of node.children) {
    const member = lookup.get(segment);
    if (!member) throw unknownParameterError(protocol, child.path);
    out[member.name] = decodeNode(member.shape, child, member.xmlFlattened, protocol);
  }
  return out;
}

/** The children of `node` under 1-based indexes, in index order. */
function indexedChildren(node: ParameterNode, protocol: WireProtocolName): ParameterNode[] {
  if (node.value !== undefined) throw unknownParameterError(protocol, node.path);
  const indexed: [number, ParameterNode][] = [];
  for (const [segment, child] of node.children) {
    if (!INDEX.test(segment)) throw unknownParameterError(protocol, child.path);
    indexed.push([Number(segment), child]);
  }
  return indexed.sort((a, b) => a[0] - b[0]).map(([, child]) => child);
}

/** The single expected child of a wrapper segment (`Tags.Tag`, `Map.entry`); anything else is unknown. */
function wrapped(node: ParameterNode, segment: string | undefined, protocol: WireProtocolName): ParameterNode {
  if (segment === undefined) return node;
  for (const [name, child] of node.children) {
    if (name !== segment) throw unknownParameterError(protocol, child.path);
  }
  return node.children.get(segment) ?? node;
}

function decodeList(plan: ListPlan, node: ParameterNode, flattened: boolean, protocol: WireProtocolName): unknown[] {
  const segment = listItemSegment(plan, flattened, protocol);
  if (node.value !== undefined) {
    // `Name=` is how Query clients send an empty list.
    if (node.value === '' && node.children.size === 0) return [];
    throw invalidParameterValueError(
      node.path,
      node.value,
      `Expected a list: send its items as ${node.path}.${segment === undefined ? '' : `${segment}.`}1, ...`,
    );
  }
  return indexedChildren(wrapped(node, segment, protocol), protocol).map((item) => decodeNode(plan.item, item, false, protocol));
}

function decodeMap(plan: MapPlan, node: ParameterNode, flattened: boolean, protocol: WireProtocolName): Record<string, unknown> {
  if (node.value !== undefined) {
    if (node.value === '' && node.children.size === 0) return {};
    throw unknownParameterError(protocol, node.path);
  }
  const keySegment = mapKeySegment(plan, protocol);
  const valueSegment = mapValueSegment(plan, protocol);
  const out: Record<string, unknown> = {};
  for (const entry of indexedChildren(wrapped(node, mapEntrySegment(flattened), protocol), protocol)) {
    for (const [name, child] of entry.children) {
      if (name !== keySegment && name !== valueSegment) throw unknownParameterError(protocol, child.path);
    }
    const keyNode = entry.children.get(keySegment);
    const valueNode = entry.children.get(valueSegment);
    if (!keyNode) throw missingParameterError(`${entry.path}.${keySegment}`);
    if (!valueNode) throw missingParameterError(`${entry.path}.${valueSegment}`);
    const key = String(decodeNode(plan.key, keyNode, false, protocol));
    // defineProperty: a key named `__proto__` must stay data, not become the object's prototype.
    Object.defineProperty(out, key, {
      value: decodeNode(plan.value, valueNode, false, protocol),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function decodeNode(plan: ShapePlan, node: ParameterNode, flattened: boolean, protocol: WireProtocolName): unknown {
  switch (plan.kind) {
    case 'structure':
      if (node.value !== undefined) {
        throw invalidParameterValueError(node.path, node.value, `Expected a structure: send its members as ${node.path}.<Member>.`);
      }
      return decodeStructureMembers(plan, node, protocol);
    case 'list':
      return decodeList(plan, node, flattened, protocol);
    case 'map':
      return decodeMap(plan, node, flattened, protocol);
    default: {
      const child = firstChild(node);
      if (child) throw unknownParameterError(protocol, child.path);
      return decodeQueryScalar(plan, node.value ?? '', node.path);
    }
  }
}

/**
 * An operation's input structure from its parameter tree, typed per the model: numbers, booleans,
 * `Date`s, arrays in index order, nested objects. Throws the protocol's unknown-parameter error for
 * anything the model does not name, and `InvalidParameterValue` for a value of the wrong type.
 */
export function decodeQueryInput(plan: StructurePlan, root: ParameterNode, protocol: WireProtocolName): Record<string, unknown> {
  return decodeStructureMembers(plan, root, protocol);
}
