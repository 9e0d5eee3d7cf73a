import { ownEntry } from '../../shared/own-entry';
import { defaultVpcOf, type Ec2RegionState } from '../ec2-state';
import { malformedGroupId, missingParameter, securityGroupNameNotFound, securityGroupNotFound } from '../ec2-errors';
import type { SecurityGroupRecord } from './security-group-record';

/** `sg-` and 8 or 17 hex digits, the two shapes EC2 has issued. */
export const SECURITY_GROUP_ID = /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/;

/** The group with this id; a malformed or unknown id is refused as EC2 refuses it. */
export function securityGroupById(ec2: Ec2RegionState, groupId: string): SecurityGroupRecord {
  if (!SECURITY_GROUP_ID.test(groupId)) throw malformedGroupId(groupId);
  const group = ownEntry(ec2.securityGroups, groupId);
  if (!group) throw securityGroupNotFound(groupId);
  return group;
}

/** Group names only name groups of the default VPC, as in EC2. */
export function securityGroupByName(ec2: Ec2RegionState, groupName: string): SecurityGroupRecord {
  const defaultVpc = defaultVpcOf(ec2);
  const group = Object.values(ec2.securityGroups).find((g) => g.vpcId === defaultVpc?.vpcId && g.groupName === groupName);
  if (!group) throw securityGroupNameNotFound(groupName, defaultVpc?.vpcId ?? '');
  return group;
}

/** The group a request names by `GroupId` (which wins) or `GroupName`. */
export function requestedSecurityGroup(
  ec2: Ec2RegionState,
  request: { readonly GroupId?: string | undefined; readonly GroupName?: string | undefined },
): SecurityGroupRecord {
  if (request.GroupId !== undefined && request.GroupId !== '') return securityGroupById(ec2, request.GroupId);
  if (request.GroupName !== undefined && request.GroupName !== '') return securityGroupByName(ec2, request.GroupName);
  throw missingParameter('groupName or groupId');
}
