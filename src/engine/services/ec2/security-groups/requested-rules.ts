import type { IpPermission, UserIdGroupPair } from '@aws-sdk/client-ec2';
import { ownEntry } from '../../shared/own-entry';
import { checkIpv4Cidr, checkIpv6Cidr } from '../cidr-block';
import type { Ec2RegionState } from '../ec2-state';
import { invalidParameterCombination, malformedGroupId, missingParameter, prefixListNotFound, securityGroupNotFound } from '../ec2-errors';
import { SECURITY_GROUP_ID, securityGroupByName } from './find-security-group';
import { checkRuleDescription } from './rule-description';
import { ruleProtocol } from './rule-protocol';
import type { SecurityGroupRulePeer } from './security-group-record';

/** A rule a request asks for (authorize) or names (revoke), before it has an id. */
export interface RequestedRule {
  readonly ipProtocol: string;
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly peer: SecurityGroupRulePeer;
  readonly description: string | null;
}

/** The rule-describing members the Authorize and Revoke operations share. */
export interface RuleRequest {
  readonly IpPermissions?: IpPermission[] | undefined;
  readonly IpProtocol?: string | undefined;
  readonly FromPort?: number | undefined;
  readonly ToPort?: number | undefined;
  readonly CidrIp?: string | undefined;
  readonly SourceSecurityGroupName?: string | undefined;
  readonly SourceSecurityGroupOwnerId?: string | undefined;
}

/** How rule peers are checked: authorizing needs referenced groups to exist, revoking only matches. */
export type PeerCheck = 'must-exist' | 'match-only';

/** A group name that can name no group: a revoke naming an unknown group matches no rule. */
const UNRESOLVED_GROUP = 'sg-unresolved';

function groupPeer(ec2: Ec2RegionState, accountId: string, pair: UserIdGroupPair, check: PeerCheck): SecurityGroupRulePeer {
  const userId = pair.UserId ?? accountId;
  if (pair.GroupId !== undefined && pair.GroupId !== '') {
    if (!SECURITY_GROUP_ID.test(pair.GroupId)) throw malformedGroupId(pair.GroupId);
    // Another account's groups are beyond the sandbox: referenced unchecked.
    if (check === 'must-exist' && userId === accountId && !ownEntry(ec2.securityGroups, pair.GroupId)) {
      throw securityGroupNotFound(pair.GroupId);
    }
    return { kind: 'group', groupId: pair.GroupId, userId };
  }
  if (pair.GroupName !== undefined && pair.GroupName !== '') {
    if (check === 'must-exist') return { kind: 'group', groupId: securityGroupByName(ec2, pair.GroupName).groupId, userId };
    const found = Object.values(ec2.securityGroups).find((g) => g.groupName === pair.GroupName);
    return { kind: 'group', groupId: found?.groupId ?? UNRESOLVED_GROUP, userId };
  }
  throw missingParameter('ipPermissions.groups.groupId or ipPermissions.groups.groupName');
}

function rulesOfPermission(ec2: Ec2RegionState, accountId: string, permission: IpPermission, check: PeerCheck): RequestedRule[] {
  const protocol = ruleProtocol(permission.IpProtocol, permission.FromPort, permission.ToPort);
  const rules: RequestedRule[] = [];
  const add = (peer: SecurityGroupRulePeer, description: string | undefined) =>
    rules.push({ ...protocol, peer, description: checkRuleDescription(description) });
  for (const range of permission.IpRanges ?? []) {
    if (range.CidrIp === undefined) throw missingParameter('ipPermissions.ipRanges.cidrIp');
    add({ kind: 'ipv4', cidr: checkIpv4Cidr(range.CidrIp) }, range.Description);
  }
  for (const range of permission.Ipv6Ranges ?? []) {
    if (range.CidrIpv6 === undefined) throw missingParameter('ipPermissions.ipv6Ranges.cidrIpv6');
    add({ kind: 'ipv6', cidr: checkIpv6Cidr(range.CidrIpv6) }, range.Description);
  }
  for (const pair of permission.UserIdGroupPairs ?? []) add(groupPeer(ec2, accountId, pair, check), pair.Description);
  for (const prefixList of permission.PrefixListIds ?? []) {
    const id = prefixList.PrefixListId ?? '';
    // The sandbox has no prefix lists (not even AWS-managed ones), so none can be referenced.
    if (check === 'must-exist') throw prefixListNotFound(id);
    add({ kind: 'prefix-list', prefixListId: id }, prefixList.Description);
  }
  if (rules.length === 0) {
    throw missingParameter('ipPermissions.ipRanges, ipPermissions.ipv6Ranges, ipPermissions.groups or ipPermissions.prefixListIds');
  }
  return rules;
}

function usesSimpleForm(request: RuleRequest): boolean {
  return [request.IpProtocol, request.FromPort, request.ToPort, request.CidrIp, request.SourceSecurityGroupName, request.SourceSecurityGroupOwnerId].some(
    (value) => value !== undefined,
  );
}

/**
 * The top-level form (`IpProtocol`/`FromPort`/`ToPort`/`CidrIp`, or `SourceSecurityGroupName`, which
 * grants all of TCP, UDP and ICMP from that group and takes no protocol, ports or CIDR).
 */
function simpleFormPermissions(request: RuleRequest): IpPermission[] {
  if (request.SourceSecurityGroupName !== undefined) {
    if (request.CidrIp !== undefined || request.IpProtocol !== undefined || request.FromPort !== undefined || request.ToPort !== undefined) {
      throw invalidParameterCombination(
        'SourceSecurityGroupName cannot be combined with CidrIp, IpProtocol, FromPort or ToPort; use IpPermissions for a specific protocol and port range.',
      );
    }
    const pair: UserIdGroupPair = { GroupName: request.SourceSecurityGroupName, UserId: request.SourceSecurityGroupOwnerId };
    return [
      { IpProtocol: 'icmp', FromPort: -1, ToPort: -1, UserIdGroupPairs: [pair] },
      { IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, UserIdGroupPairs: [pair] },
      { IpProtocol: 'udp', FromPort: 0, ToPort: 65535, UserIdGroupPairs: [pair] },
    ];
  }
  if (request.CidrIp === undefined) throw missingParameter('cidrIp or sourceSecurityGroupName');
  return [{ IpProtocol: request.IpProtocol, FromPort: request.FromPort, ToPort: request.ToPort, IpRanges: [{ CidrIp: request.CidrIp }] }];
}

/** The permissions a request names: its `IpPermissions`, or its top-level simple form (never both). */
export function requestedPermissions(request: RuleRequest): IpPermission[] {
  const listed = request.IpPermissions ?? [];
  const simple = usesSimpleForm(request);
  if (listed.length > 0 && simple) {
    throw invalidParameterCombination('IpPermissions cannot be combined with IpProtocol, FromPort, ToPort, CidrIp or SourceSecurityGroupName.');
  }
  if (simple) return simpleFormPermissions(request);
  if (listed.length === 0) throw missingParameter('ipPermissions');
  return listed;
}

/** Every single rule (one protocol, range and peer each) that `permissions` spell out, checked. */
export function requestedRules(ec2: Ec2RegionState, accountId: string, permissions: readonly IpPermission[], check: PeerCheck): RequestedRule[] {
  return permissions.flatMap((permission) => rulesOfPermission(ec2, accountId, permission, check));
}
