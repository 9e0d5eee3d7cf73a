import { GeneralError } from './cli-errors';
import type { GlobalOptions } from './global-options';

/**
 * The in-browser terminal is configured as `aws configure` leaves a machine: one profile, `default`,
 * holding the sandbox's credentials and region. Any other `--profile` (or `AWS_PROFILE`) fails as
 * botocore's ProfileNotFound does, at the moment the CLI first reads its configuration.
 */
const CONFIGURED_PROFILES: readonly string[] = ['default'];

export function ensureProfileExists(globals: GlobalOptions): void {
  if (globals.profile !== undefined && !CONFIGURED_PROFILES.includes(globals.profile)) {
    throw new GeneralError(`The config profile (${globals.profile}) could not be found`);
  }
}
