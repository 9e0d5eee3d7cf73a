import type { SandboxRecord } from '../db/sandbox-record';
import type { SandboxEngine } from '../engine/sandbox/sandbox-engine';

/** A sandbox loaded in this process: its record, its engine (the fold of its log), and the log's end. */
export interface LiveSandbox {
  readonly record: SandboxRecord;
  engine: SandboxEngine;
  /** Sequence number of the last action folded into `engine`. */
  lastSeq: number;
}
