import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

export interface CpuProfiler {
  /** Stops profiling and writes the profile (Chrome DevTools' `.cpuprofile` format) to `file`. */
  stopInto(file: string): Promise<void>;
}

/** Starts sampling this process's CPU (the server under test runs in it). */
export async function startCpuProfiler(): Promise<CpuProfiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stopInto(file: string) {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
