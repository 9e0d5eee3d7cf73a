// Finds (and, as root on Debian, installs) the system tools some suites drive: Debian's Chromium for
// Playwright, the real AWS CLI v2, boto3, and a PostgreSQL server. Plain Node, no dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const TOOLS = {
  chromium: { package: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  awscli: { package: 'awscli', present: () => existsSync('/usr/bin/aws') },
  boto3: { package: 'python3-boto3', present: () => spawnSync('/usr/bin/python3', ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0 },
  postgresql: { package: 'postgresql', present: () => postgresBinDir() !== undefined },
  wrk: { package: 'wrk', present: () => existsSync('/usr/bin/wrk') },
};

export function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/postgres`)).sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${base}/${versions[0]}/bin` : undefined;
}

const canApt = () => process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

/** Installs what is missing where we may; returns the names still missing. */
export function ensureTools(names) {
  let missing = names.filter((n) => !TOOLS[n].present());
  if (missing.length && canApt()) {
    const packages = missing.map((n) => TOOLS[n].package);
    console.log(`Installing from Debian: ${packages.join(' ')}`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    missing = names.filter((n) => !TOOLS[n].present());
  }
  return missing;
}
