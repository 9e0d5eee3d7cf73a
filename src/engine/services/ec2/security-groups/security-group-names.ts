import { invalidParameterValue, missingParameter } from '../ec2-errors';

/** VPC security group names and descriptions: up to 255 of a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$* . */
const VPC_GROUP_TEXT = /^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]+$/;
const MAX_LENGTH = 255;
const ALLOWED = 'a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*';

function checkText(value: string, parameter: string): void {
  if (value.length === 0) throw missingParameter(parameter);
  if (value.length > MAX_LENGTH) {
    throw invalidParameterValue(`Invalid value '${value}' for ${parameter}. Length exceeds maximum of ${MAX_LENGTH} characters.`);
  }
  if (!VPC_GROUP_TEXT.test(value)) {
    throw invalidParameterValue(`Invalid value '${value}' for ${parameter}. Valid characters are ${ALLOWED}`);
  }
}

/** A new VPC security group's name: `default` is the VPC's own group, and `sg-*` would read as an id. */
export function checkNewGroupName(groupName: string): void {
  checkText(groupName, 'groupName');
  if (groupName === 'default') throw invalidParameterValue('Cannot use reserved security group name: default');
  if (groupName.toLowerCase().startsWith('sg-')) {
    throw invalidParameterValue(`Invalid value '${groupName}' for groupName. Group names may not be in the format sg-*.`);
  }
}

export function checkGroupDescription(description: string): void {
  checkText(description, 'groupDescription');
}
