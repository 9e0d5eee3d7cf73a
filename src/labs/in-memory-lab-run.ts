import type { CliHost, CliResult } from '../cli/cli-host';
import { runCli } from '../cli/run-cli';
import { SandboxEngine } from '../engine/sandbox/sandbox-engine';
import { gradeLab } from '../grading/grade-lab';
import type { GradeReport } from '../grading/grade-report';
import type { LabDefinition } from './lab-definition';

/** A throwaway sandbox with no database: the engine alone, driven through the CLI emulator. */
export class InMemoryLabRun {
  readonly engine: SandboxEngine;

  constructor(readonly lab: LabDefinition, startAt = Date.UTC(2026, 0, 1)) {
    this.engine = new SandboxEngine(
      { sandboxId: `check-${lab.slug}`, accountId: '123456789012', accessKeyId: 'AKIACHECKCHECKCHECK1', defaultRegion: 'us-east-1', seed: `labs-check/${lab.slug}` },
      startAt,
    );
  }

  private readonly host: CliHost = {
    defaultRegion: 'us-east-1',
    invoke: async (call) => this.engine.execute({ ...call, at: this.engine.state.now }),
    advanceClock: async (ms) => this.engine.advanceClock(ms, this.engine.state.now),
  };

  run(text: string): Promise<CliResult> {
    return runCli(text, this.host);
  }

  /** Runs the lab's initial state as one script (so variables carry from line to line). */
  async applyInitialState(): Promise<CliResult> {
    return this.run(this.lab.initialState.join('\n'));
  }

  grade(): Promise<GradeReport> {
    return gradeLab(this.lab, async (call) =>
      this.engine.execute({ service: call.service, operation: call.operation, region: call.region ?? 'us-east-1', input: call.input ?? {}, at: this.engine.state.now }),
    );
  }
}

/** The ```bash blocks of a Markdown text, continuation lines joined as the shell would read them. */
export function bashBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const fence = /```(?:bash|sh|shell)\n([\s\S]*?)```/g;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) blocks.push(match[1]);
  return blocks;
}
