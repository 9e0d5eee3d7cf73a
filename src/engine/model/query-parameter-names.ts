import type { WireProtocolName } from './service-model';
import type { ListPlan, MapPlan, MemberPlan } from './shape-plan';

/**
 * How a Query request names a shape's parts, following the SDK's `QueryShapeSerializer` (and
 * botocore's query/ec2 serializers, which agree):
 * - awsQuery: a structure member is its `xmlName` or member name; a list item is
 *   `Name.<item xmlName or "member">.N` unless the member is flattened (`Name.N`); a map entry is
 *   `Name.entry.N.<key|value>` (flattened: `Name.N.<key|value>`).
 * - ec2Query: a structure member is its `ec2QueryName`, else its capitalized `xmlName` or member
 *   name; every list is flattened (`Name.N`); maps as in awsQuery.
 */
export function memberParameterName(member: MemberPlan, protocol: WireProtocolName): string {
  if (protocol === 'ec2Query') {
    if (member.ec2QueryName !== undefined) return member.ec2QueryName;
    const name = member.xmlName ?? member.name;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return member.xmlName ?? member.name;
}

/** The segment between a list's name and its 1-based index, or undefined when items are `Name.N`. */
export function listItemSegment(list: ListPlan, flattened: boolean, protocol: WireProtocolName): string | undefined {
  if (protocol === 'ec2Query' || flattened) return undefined;
  return list.itemXmlName ?? 'member';
}

/** The segment between a map's name and the entry index (`entry`), or undefined when flattened. */
export function mapEntrySegment(flattened: boolean): string | undefined {
  return flattened ? undefined : 'entry';
}

export function mapKeySegment(map: MapPlan, protocol: WireProtocolName): string {
  return (protocol === 'ec2Query' ? map.keyEc2QueryName : undefined) ?? map.keyXmlName ?? 'key';
}

export function mapValueSegment(map: MapPlan, protocol: WireProtocolName): string {
  return (protocol === 'ec2Query' ? map.valueEc2QueryName : undefined) ?? map.valueXmlName ?? 'value';
}
