import type { CliHost, CliResult } from '../cli/cli-host';
import { runCli } from '../cli/run-cli';
import type { SandboxRecord } from '../db/sandbox-record';
import type { ActionSource } from '../engine/sandbox/sandbox-action';
import { gradeLab } from '../grading/grade-lab';
import type { GradeReport } from '../grading/grade-report';
import type { LabDefinition } from '../labs/lab-definition';
import type { SandboxService } from './sandbox-service';

export class LabSetupError extends Error {
  constructor(readonly labSlug: string, readonly result: CliResult) {
    super(`Lab ${labSlug}: its initial state failed (exit ${result.exitCode}):\n${result.stderr}`);
    this.name = 'LabSetupError';
  }
}

export type LabLookup = (slug: string) => Promise<LabDefinition | undefined>;

/** Sandboxes seen through labs: created with the lab's initial state, reset to it, graded by it. */
export class LabSandboxes {
  constructor(
    private readonly sandboxes: SandboxService,
    private readonly loadLab: LabLookup,
  ) {}

  cliHost(sandbox: SandboxRecord, source: ActionSource): CliHost {
    return {
      defaultRegion: sandbox.region,
      invoke: (call) => this.sandboxes.execute(sandbox.id, call, source),
      advanceClock: async (ms) => {
        await this.sandboxes.advanceClock(sandbox.id, ms, source);
      },
    };
  }

  runCommand(sandbox: SandboxRecord, command: string, source: ActionSource = 'cli'): Promise<CliResult> {
    return runCli(command, this.cliHost(sandbox, source));
  }

  async create(learnerId: string, lab: LabDefinition | null): Promise<SandboxRecord> {
    const sandbox = await this.sandboxes.create(learnerId, lab?.slug ?? null);
    if (lab) await this.applyInitialState(sandbox, lab);
    return sandbox;
  }

  async reset(sandbox: SandboxRecord): Promise<void> {
    await this.sandboxes.reset(sandbox.id, 'api');
    const lab = sandbox.labSlug ? await this.loadLab(sandbox.labSlug) : undefined;
    if (lab) await this.applyInitialState(sandbox, lab);
  }

  async grade(sandbox: SandboxRecord): Promise<GradeReport | undefined> {
    const lab = sandbox.labSlug ? await this.loadLab(sandbox.labSlug) : undefined;
    if (!lab) return undefined;
    return gradeLab(lab, (call) =>
      this.sandboxes.read(sandbox.id, { service: call.service, operation: call.operation, region: call.region ?? sandbox.region, input: call.input ?? {} }),
    );
  }

  private async applyInitialState(sandbox: SandboxRecord, lab: LabDefinition): Promise<void> {
    if (lab.initialState.length === 0) return;
    // One script, so variables set on one line are seen by the next, as in solution.sh.
    const result = await this.runCommand(sandbox, lab.initialState.join('\n'), 'setup');
    if (result.exitCode !== 0) throw new LabSetupError(lab.slug, result);
  }
}
