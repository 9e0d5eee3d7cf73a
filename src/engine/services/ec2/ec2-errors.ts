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
