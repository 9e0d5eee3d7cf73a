import { invalidParameter, validationError } from './secretsmanager-errors';

const NAME = /^[A-Za-z0-9/_+=.@-]+$/;
const MAX_NAME_LENGTH = 512;

/** A secret name: 1–512 ASCII letters, digits and `/_+=.@-` (API reference, CreateSecret `Name`). */
export function checkSecretName(name: string): string {
  if (name.length > MAX_NAME_LENGTH) {
    throw validationError(name, 'name', `Member must have length less than or equal to ${MAX_NAME_LENGTH}`);
  }
  if (!NAME.test(name)) {
    throw invalidParameter('Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!');
  }
  return name;
}
