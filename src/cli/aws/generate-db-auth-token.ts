import { ensureProfileExists } from './configured-profiles';
import { ArgParser, type ActionSpec } from '../argparse/arg-parser';
import { pyInt } from '../python/py-number';
import { UnknownArgumentError } from './cli-errors';
import type { GlobalOptions } from './global-options';

export const GENERATE_DB_AUTH_TOKEN_ACTIONS: readonly ActionSpec[] = [
  { dest: 'hostname', optionStrings: ['--hostname'], nargs: 'one', kind: 'store', required: true },
  { dest: 'port', optionStrings: ['--port'], nargs: 'one', kind: 'store', required: true },
  { dest: 'username', optionStrings: ['--username'], nargs: 'one', kind: 'store', required: true },
];

/**
 * `aws rds generate-db-auth-token` (awscli/customizations/rds.py): a presigned `connect` URL used as
 * the password for IAM database authentication. The sandbox has no real credentials to sign with,
 * so the signature is a fixed placeholder; the shape of the token is the real one.
 */
export function generateDbAuthToken(args: readonly string[], globals: GlobalOptions): string {
  const parser = new ArgParser(GENERATE_DB_AUTH_TOKEN_ACTIONS);
  const { values, extras } = parser.parseKnownArgs(args);
  if (extras.length > 0) throw new UnknownArgumentError(extras);
  const port = pyInt(String(values.get('port')));
  ensureProfileExists(globals);
  const username = encodeURIComponent(String(values.get('username')));
  const credential = encodeURIComponent(`ASIASANDBOXEXAMPLE/19700101/${globals.region}/rds-db/aws4_request`);
  return (
    `${String(values.get('hostname'))}:${port}/?Action=connect&DBUser=${username}` +
    `&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}&X-Amz-Date=19700101T000000Z` +
    `&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${'0'.repeat(64)}\n`
  );
}
