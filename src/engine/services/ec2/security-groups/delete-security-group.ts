import type { DeleteSecurityGroupRequest, DeleteSecurityGroupResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { defaultSecurityGroupUndeletable, dryRunSucceeded, securityGroupInUse } from '../ec2-errors';
import { requestedSecurityGroup } from './find-security-group';
import { securityGroupHasDependents } from './security-group-dependents';

/** Deletes a group by id or (default VPC) name; a VPC's `default` group and groups in use stay. */
export const deleteSecurityGroup = defineOperation<DeleteSecurityGroupRequest, DeleteSecurityGroupResult>((ctx, input) => {
  const ec2 = ctx.regionState.ec2;
  const group = requestedSecurityGroup(ec2, input);
  if (group.groupName === 'default') throw defaultSecurityGroupUndeletable(group.groupId);
  if (securityGroupHasDependents(ctx.regionState, group.groupId)) throw securityGroupInUse(group.groupId);
  if (input.DryRun === true) throw dryRunSucceeded();
  delete ec2.securityGroups[group.groupId];
  return { Return: true, GroupId: group.groupId };
});
