import type { AuroraEngine } from './catalog/aurora-engines';
import { isReservedMasterUsername } from './catalog/reserved-master-usernames';
import { invalidParameterCombination, invalidParameterValue } from './rds-errors';

/** 1–16 letters or digits, a letter first (FACTS.md §2). */
const MASTER_USERNAME = /^[A-Za-z][A-Za-z0-9]{0,15}$/;
/** Printable ASCII except `/`, `"`, `@` and space (FACTS.md §2). */
const PASSWORD_CHARACTERS = /^[\x21-\x7e]*$/;
const PASSWORD_FORBIDDEN = /[/"@ ]/;

export interface MasterCredentialsRequest {
  readonly MasterUsername?: string | undefined;
  readonly MasterUserPassword?: string | undefined;
  readonly ManageMasterUserPassword?: boolean | undefined;
}

/**
 * Checks the master user settings of a new cluster: a valid, non-reserved user name, and either
 * a valid password or an RDS-managed one (not both).
 */
export function checkMasterCredentials(engine: AuroraEngine, request: MasterCredentialsRequest): void {
  const { MasterUsername: username, MasterUserPassword: password, ManageMasterUserPassword: managed } = request;
  if (username === undefined || username === '') {
    throw invalidParameterValue('The parameter MasterUsername must be provided and must not be blank.');
  }
  if (!MASTER_USERNAME.test(username)) {
    throw invalidParameterValue(
      'The parameter MasterUsername is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters and digits; and must be 1 to 16 characters long.',
    );
  }
  if (isReservedMasterUsername(engine, username)) {
    throw invalidParameterValue(`MasterUsername ${username} cannot be used as it is a reserved word used by the engine`);
  }
  if (managed === true) {
    if (password !== undefined) {
      throw invalidParameterCombination('You cannot specify MasterUserPassword when ManageMasterUserPassword is turned on.');
    }
    return;
  }
  if (password === undefined || password === '') {
    throw invalidParameterValue('The parameter MasterUserPassword must be provided and must not be blank.');
  }
  if (password.length < 8) {
    throw invalidParameterValue('The parameter MasterUserPassword is not a valid password because it is shorter than 8 characters.');
  }
  if (password.length > 41) {
    throw invalidParameterValue('The parameter MasterUserPassword is not a valid password because it is longer than 41 characters.');
  }
  if (!PASSWORD_CHARACTERS.test(password) || PASSWORD_FORBIDDEN.test(password)) {
    throw invalidParameterValue(
      `The parameter MasterUserPassword is not a valid password. Only printable ASCII characters besides '/', '@', '"', ' ' may be used.`,
    );
  }
}
