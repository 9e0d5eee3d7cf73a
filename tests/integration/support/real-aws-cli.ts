import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REAL_AWS_CLI = '/usr/bin/aws';

/** Whether the real AWS CLI v2 is here; under CI=true its absence is a failure, never a skip. */
export function haveRealAwsCli(): boolean {
  if (existsSync(REAL_AWS_CLI)) return true;
  if (process.env.CI === 'true') throw new Error(`CI needs the real AWS CLI at ${REAL_AWS_CLI}: apt-get install -y awscli`);
  console.warn(`SKIPPED real AWS CLI suites: ${REAL_AWS_CLI} not found. Install it with: apt-get install -y awscli`);
  return false;
}

export interface Credentials {
  readonly endpointUrl: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
}

/**
 * The machine the in-browser terminal stands for: configured by `aws configure`, so its one profile,
 * `default`, holds the sandbox's credentials and region (and `--profile default` works).
 */
function configuredAwsDirectory(creds: Credentials): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'aurora-aws-config-'));
  writeFileSync(path.join(directory, 'config'), `[default]\nregion = ${creds.region}\n`);
  writeFileSync(path.join(directory, 'credentials'), `[default]\naws_access_key_id = ${creds.accessKeyId}\naws_secret_access_key = ${creds.secretAccessKey}\n`);
  return directory;
}

/**
 * Runs a bash script in which `aws` is the real CLI pointed at a sandbox endpoint. Asynchronous, so
 * a server in this same process can answer it.
 */
export async function runWithRealCli(script: string, creds: Credentials): Promise<{ stdout: string; stderr: string; status: number }> {
  const awsDirectory = configuredAwsDirectory(creds);
  const prelude = `set -o pipefail\naws() { ${REAL_AWS_CLI} --endpoint-url "$SANDBOX_ENDPOINT" "$@"; }\n`;
  const child = spawn('bash', ['-c', prelude + script], {
    env: {
      ...({} as NodeJS.ProcessEnv),
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SANDBOX_ENDPOINT: creds.endpointUrl,
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
      AWS_DEFAULT_REGION: creds.region,
      AWS_PAGER: '',
      AWS_CONFIG_FILE: path.join(awsDirectory, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(awsDirectory, 'credentials'),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  rmSync(awsDirectory, { recursive: true, force: true });
  return { stdout, stderr, status };
}
