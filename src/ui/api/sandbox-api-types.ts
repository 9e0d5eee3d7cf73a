// The HTTP contract of the lab page's API (app/api/**), as the browser sees it. The shapes are the
// server's own types (type-only imports: nothing of the server reaches the client bundle).
import type { ResourcesView } from '../../api/sandbox-resources';
import type { SandboxView } from '../../api/sandbox-view';
import type { CliResult } from '../../cli/cli-host';
import type { CheckResult, GradeReport, StepResult } from '../../grading/grade-report';

export type SandboxSession = SandboxView & {
  /** Virtual ISO time; present on `GET /api/sandboxes/{id}`. */
  readonly now?: string;
};

export type CliRunResult = CliResult;

export type SandboxResources = ResourcesView;
export type ClusterView = ResourcesView['clusters'][number];
export type ClusterMemberView = ClusterView['members'][number];
export type InstanceView = ResourcesView['instances'][number];
export type SubnetGroupView = ResourcesView['subnetGroups'][number];

export type LabGrade = GradeReport;
export type StepGradeView = StepResult;
export type CheckResultView = CheckResult;

/** `"90s"`, `"15m"`, `"1h"`. */
export type ClockAdvance = `${number}${'s' | 'm' | 'h'}`;
