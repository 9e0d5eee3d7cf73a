import { AwsError } from '../../../aws-error';
import { constraintViolation, validationException } from '../kms-errors';

const ALIAS_PATTERN = /^[a-zA-Z0-9:/_-]+$/;

/**
 * An alias name a caller may create, move or delete: `alias/` and a name of letters, digits, `/`,
 * `_` and `-` (the model's pattern allows `:`, KMS itself refuses it), at most 256 characters,
 * and not in the `alias/aws/` space AWS reserves for its managed keys.
 */
export function checkCustomerAliasName(aliasName: string): string {
  if (aliasName.length > 256) {
    throw constraintViolation(aliasName, 'aliasName', 'Member must have length less than or equal to 256');
  }
  if (!aliasName.startsWith('alias/')) throw validationException('Invalid identifier');
  if (aliasName.startsWith('alias/aws/')) {
    throw new AwsError('NotAuthorizedException', 'The alias/aws/ prefix is reserved for AWS managed keys.', 400);
  }
  if (aliasName.includes(':')) throw validationException(`${aliasName} contains invalid characters for an alias`);
  if (!ALIAS_PATTERN.test(aliasName) || aliasName === 'alias/') {
    throw constraintViolation(aliasName, 'aliasName', 'Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$');
  }
  return aliasName;
}

/** `TargetKeyId` names a key by id or key ARN only. */
export function checkAliasTarget(targetKeyId: string): void {
  if (targetKeyId.startsWith('alias/') || /^arn:[^:]*:kms:[^:]*:[^:]*:alias\//.test(targetKeyId)) {
    throw validationException('Aliases must refer to keys. Not aliases');
  }
}
