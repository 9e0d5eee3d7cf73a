import { execFile, spawnSync } from 'node:child_process';
import type { Credentials } from './real-aws-cli';

/** Whether Debian's boto3 is importable; under CI=true its absence is a failure, never a skip. */
export function haveBoto3(): boolean {
  const ok = spawnSync('/usr/bin/python3', ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0;
  if (ok) return true;
  if (process.env.CI === 'true') throw new Error('CI needs boto3: apt-get install -y python3-boto3');
  console.warn('SKIPPED boto3 suites: boto3 not importable. Install it with: apt-get install -y python3-boto3');
  return false;
}

/**
 * Runs a Python snippet with `rds` and `ec2` boto3 clients pointed at a sandbox (plus `region_client(service, region)`
 * for other regions), and returns what it prints as JSON via `emit(value)`, or the botocore error it raised
 * (`{ "error": { "Code", "Message", "HTTPStatusCode" } }`). Asynchronous, so an in-process server can answer.
 */
export async function runBoto3(snippet: string, creds: Credentials): Promise<unknown> {
  const program = `
import boto3, json, sys, datetime
from botocore.exceptions import ClientError
session = boto3.session.Session(aws_access_key_id=${JSON.stringify(creds.accessKeyId)}, aws_secret_access_key=${JSON.stringify(creds.secretAccessKey)}, region_name=${JSON.stringify(creds.region)})
def region_client(service, region):
    return session.client(service, endpoint_url=${JSON.stringify(creds.endpointUrl)}, region_name=region)
rds = region_client('rds', ${JSON.stringify(creds.region)})
ec2 = region_client('ec2', ${JSON.stringify(creds.region)})
def emit(value):
    print(json.dumps(value, default=lambda o: o.isoformat() if isinstance(o, datetime.datetime) else str(o)))
try:
${snippet
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
except ClientError as e:
    emit({"error": {"Code": e.response["Error"]["Code"], "Message": e.response["Error"].get("Message"), "HTTPStatusCode": e.response["ResponseMetadata"]["HTTPStatusCode"]}})
`;
  const env: NodeJS.ProcessEnv = { ...({} as NodeJS.ProcessEnv), PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile('/usr/bin/python3', ['-c', program], { encoding: 'utf8', env }, (error, out, err) =>
      error ? reject(new Error(`boto3 snippet failed:\n${err}`)) : resolve(out),
    ),
  );
  const lines = stdout.trim().split('\n').filter(Boolean);
  return lines.length === 1 ? JSON.parse(lines[0]) : lines.map((l) => JSON.parse(l));
}
