import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempDataDirForBench(): string {
  return mkdtempSync(path.join(tmpdir(), 'aurora-bench-'));
}
