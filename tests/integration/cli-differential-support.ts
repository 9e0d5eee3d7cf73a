import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The real AWS CLI v2 of the Debian `awscli` package (a pip-installed v1 may shadow `aws` on PATH). */
export const REAL_AWS = '/usr/bin/aws';
export const haveRealCli = existsSync(REAL_AWS);

/**
 * Differential tests need the real CLI. Without it they are skipped with a visible notice, except
 * under CI=true, where a missing CLI is a failure.
 */
export function realCliAvailability(): { skip: boolean } {
  if (haveRealCli) return { skip: false };
  if (process.env.CI === 'true') throw new Error(`${REAL_AWS} is missing: install the Debian awscli package (apt-get install awscli)`);
  console.warn(`[cli-differential] SKIPPED: ${REAL_AWS} not found (apt-get install awscli to run the comparison with the real AWS CLI)`);
  return { skip: true };
}

export interface ProcessResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export function runRealCli(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // A clean environment: no user config, no credentials or region but these, no pager.
    const env = {
        PATH: '/usr/bin:/bin',
        HOME: '/nonexistent-aurora-lab-home',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
        ...extraEnv,
    } as unknown as NodeJS.ProcessEnv;
    const child = spawn(REAL_AWS, [...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, exitCode: code ?? -1 }));
  });
}

/** Runs tasks with at most `limit` in flight (the real CLI takes ~0.5 s to start). */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
