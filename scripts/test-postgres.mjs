// Starts a throwaway PostgreSQL server for the integration suite (as root on a machine with Debian's
// postgresql package) in a temporary folder, and returns its URL. Plain Node, no dependencies.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, chownSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postgresBinDir } from './system-tools.mjs';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(args) {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)];
}

/** Returns { url, stop } or undefined when no server can be started here. */
export async function startTestPostgres() {
  const bin = postgresBinDir();
  if (!bin) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'aurora-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const pw = path.join(dir, 'pw');
  writeFileSync(pw, 'aurora\n', { mode: 0o644 });
  const [initCmd, initArgs] = asPostgres([`${bin}/initdb`, '-D', data, '-U', 'aurora', '--pwfile', pw, '-A', 'md5', '--no-sync']);
  execFileSync(initCmd, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [cmd, args] = asPostgres([`${bin}/postgres`, '-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
  const child = spawn(cmd, args, { stdio: 'ignore' });
  const url = `postgresql://aurora:aurora@127.0.0.1:${port}/postgres`;
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const probe = spawn(`${bin}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    const code = await new Promise((r) => probe.on('exit', r));
    if (code === 0) return { url, stop: () => child.kill('SIGTERM') };
  }
  child.kill('SIGKILL');
  throw new Error('PostgreSQL did not start within 10 s');
}
