import { invalidParameterValue } from '../ec2-errors';

/** Rule descriptions: up to 255 characters of a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$* . */
const RULE_DESCRIPTION = /^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]{0,255}$/;

export function checkRuleDescription(description: string | undefined): string | null {
  if (description === undefined) return null;
  if (!RULE_DESCRIPTION.test(description)) {
    throw invalidParameterValue(
      'Invalid rule description. Valid descriptions are strings less than 256 characters from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*',
    );
  }
  return description;
}
