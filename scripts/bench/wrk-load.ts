import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadResult, PreparedRequest } from './load-job';

export const WRK = '/usr/bin/wrk';

export function haveWrk(): boolean {
  return existsSync(WRK);
}

function luaString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Runs `wrk` (Debian's HTTP benchmark, a C load generator that is not the bottleneck the way a
 * Node client is) against prepared requests, cycling through them; returns the same figures as the
 * Node load worker. Requests beyond the list's length repeat it. Asynchronous: the server under test
 * runs in this same process and must keep answering.
 */
export async function wrkLoad(port: number, requests: readonly PreparedRequest[], concurrency: number, seconds: number, expectStatus: number): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aurora-wrk-'));
  const script = path.join(dir, 'requests.lua');
  const entries = requests.map((r) => {
    const headers = Object.entries(r.headers)
      .filter(([name]) => name.toLowerCase() !== 'host' && name.toLowerCase() !== 'content-length')
      .map(([name, value]) => `[${luaString(name)}] = ${luaString(String(value))}`)
      .join(', ');
    return `{ path = ${luaString(r.path)}, body = ${luaString(r.body)}, headers = { ${headers} } }`;
  });
  // One Lua function per 500 requests: a function's constants are limited (LuaJIT: 65,536), and a
  // long run's thousands of unique signed requests would overflow a single table constructor.
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 500) {
    chunks.push(`local _ = (function()\n${entries.slice(i, i + 500).map((entry) => `requests[#requests + 1] = ${entry}`).join("\n")}\nend)()`);
  }
  writeFileSync(
    script,
    `local requests = {}\n${chunks.join('\n')}
local i = 0
local bad = 0
request = function()
  i = i + 1
  local r = requests[((i - 1) % #requests) + 1]
  return wrk.format(${requests[0]?.body ? '"POST"' : '"GET"'}, r.path, r.headers, r.body)
end
response = function(status, headers, body)
  if status ~= ${expectStatus} then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("AURORA %d %d %.3f %.3f %.3f\\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`,
  );
  const args = ['-t1', `-c${concurrency}`, `-d${seconds}s`, '-s', script, `http://127.0.0.1:${port}${requests[0]?.path ?? '/'}`];
  const output = await new Promise<string>((resolve, reject) =>
    execFile(WRK, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(`wrk failed: ${stderr}`)) : resolve(stdout))),
  );
  const line = /AURORA (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(output);
  if (!line) throw new Error(`wrk printed no summary: ${output}`);
  const [, total, failed, secs, p50, p99] = line;
  return { completed: Number(total) - Number(failed), failed: Number(failed), seconds: Number(secs), p50Ms: Number(p50), p99Ms: Number(p99) };
}
