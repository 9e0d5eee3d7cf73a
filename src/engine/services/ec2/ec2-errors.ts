import { AwsError } from '../../aws-error';

/**
 * EC2's errors. Its model declares almost none, so codes, messages and statuses are written here as
 * EC2 sends them (all client faults, HTTP 400).
 */
function idsNotFound(code: string, noun: string, ids: readonly string[]): AwsError {
  const quoted = ids.join(', ');
  return ids.length === 1
    ? new AwsError(code, `The ${noun} ID '${quoted}' does not exist`, 400)
    : new AwsError(code, `The ${noun} IDs '${quoted}' do not exist`, 400);
}

export function vpcNotFound(ids: readonly string[]): AwsError {
  return idsNotFound('InvalidVpcID.NotFound', 'vpc', ids);
}

export function subnetNotFound(ids: readonly string[]): AwsError {
  return idsNotFound('InvalidSubnetID.NotFound', 'subnet', ids);
}

export function securityGroupNotFound(groupId: string): AwsError {
  return new AwsError('InvalidGroup.NotFound', `The security group '${groupId}' does not exist`, 400);
}

export function securityGroupNameNotFound(groupName: string, vpcId: string): AwsError {
  return new AwsError('InvalidGroup.NotFound', `The security group '${groupName}' does not exist in default VPC '${vpcId}'`, 400);
}

export function malformedGroupId(groupId: string): AwsError {
  return new AwsError('InvalidGroupId.Malformed', `Invalid id: "${groupId}" (expecting "sg-...")`, 400);
}

export function invalidFilter(name: string): AwsError {
  return new AwsError('InvalidParameterValue', `The filter '${name}' is invalid`, 400);
}

export function invalidMaxResults(value: number, min: number, max: number): AwsError {
  return new AwsError(
    'InvalidParameterValue',
    `Value ( ${value} ) for parameter maxResults is invalid. Parameter must be between ${min} and ${max}.`,
    400,
  );
}

export function invalidNextToken(token: string): AwsError {
  return new AwsError('InvalidParameterValue', `The token '${token}' is invalid.`, 400);
}

export function unknownAvailabilityZones(names: readonly string[]): AwsError {
  return new AwsError('InvalidParameterValue', `Invalid availability zone: [${names.join(', ')}]`, 400);
}

export function unknownAvailabilityZoneIds(ids: readonly string[]): AwsError {
  return new AwsError('InvalidParameterValue', `Invalid availability zone id: [${ids.join(', ')}]`, 400);
}

export function missingParameter(name: string): AwsError {
  return new AwsError('MissingParameter', `The request must contain the parameter ${name}`, 400);
}

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, 400);
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombination', message, 400);
}

/** EC2 answers a DryRun that would have succeeded with this error (HTTP 412). */
export function dryRunSucceeded(): AwsError {
  return new AwsError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
}

export function securityGroupDuplicate(groupName: string, vpcId: string): AwsError {
  return new AwsError('InvalidGroup.Duplicate', `The security group '${groupName}' already exists for VPC '${vpcId}'`, 400);
}

export function securityGroupInUse(groupId: string): AwsError {
  return new AwsError('DependencyViolation', `resource ${groupId} has a dependent object`, 400);
}

export function defaultSecurityGroupUndeletable(groupId: string): AwsError {
  return new AwsError('CannotDelete', `the specified group: "${groupId}" name: "default" cannot be deleted by a user`, 400);
}

export function securityGroupLimitExceeded(): AwsError {
  return new AwsError('SecurityGroupLimitExceeded', 'The maximum number of security groups has been reached.', 400);
}

export function rulesPerGroupLimitExceeded(): AwsError {
  return new AwsError('RulesPerSecurityGroupLimitExceeded', 'The maximum number of rules per security group has been reached.', 400);
}

export function permissionDuplicate(ruleText: string): AwsError {
  return new AwsError('InvalidPermission.Duplicate', `the specified rule "${ruleText}" already exists`, 400);
}

export function permissionNotFound(): AwsError {
  return new AwsError('InvalidPermission.NotFound', 'The specified rule does not exist in this security group.', 400);
}

export function malformedRuleId(ruleId: string): AwsError {
  return new AwsError('InvalidSecurityGroupRuleId.Malformed', `Invalid id: "${ruleId}" (expecting "sgr-...")`, 400);
}

export function securityGroupRuleNotFound(ruleIds: readonly string[]): AwsError {
  return idsNotFound('InvalidSecurityGroupRuleId.NotFound', 'security group rule', ruleIds);
}

export function prefixListNotFound(prefixListId: string): AwsError {
  return new AwsError('InvalidPrefixListId.NotFound', `The prefix list ID '${prefixListId}' does not exist`, 400);
}

export function malformedCidr(cidr: string): AwsError {
  return invalidParameterValue(`CIDR block ${cidr} is malformed`);
}

export function unknownProtocol(protocol: string): AwsError {
  return invalidParameterValue(`Invalid value '${protocol}' for IP protocol. Unknown protocol.`);
}

export function invalidId(id: string): AwsError {
  return new AwsError('InvalidID', `The ID '${id}' is not valid`, 400);
}

export function tagLimitExceeded(): AwsError {
  return new AwsError('TagLimitExceeded', 'The maximum number of Tags for a resource has been reached.', 400);
}

export function noDefaultVpc(): AwsError {
  return new AwsError('VPCIdNotSpecified', 'No default VPC for this user', 400);
}
