// The HTTP contract of the lab page's API (app/api/**), as the browser sees it.

export interface SandboxSession {
  readonly id: string;
  readonly endpointUrl: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly expiresAt: string;
  readonly lab?: string | null;
  /** Virtual ISO time; present on `GET /api/sandboxes/{id}`. */
  readonly now?: string;
}

export interface CliRunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface ClusterMemberView {
  readonly instanceId: string;
  readonly isWriter: boolean;
}

export interface ClusterView {
  readonly id: string;
  readonly status: string;
  readonly engine: string;
  readonly engineVersion?: string | null;
  readonly endpoint?: string | null;
  readonly readerEndpoint?: string | null;
  readonly members: readonly ClusterMemberView[];
}

export interface InstanceView {
  readonly id: string;
  readonly status: string;
  readonly instanceClass: string;
  readonly clusterId?: string | null;
  readonly availabilityZone?: string | null;
  readonly isWriter?: boolean | null;
}

export interface SubnetGroupView {
  readonly name: string;
  readonly vpcId: string;
  readonly subnetIds: readonly string[];
}

export interface SandboxResources {
  readonly now: string;
  readonly clusters: readonly ClusterView[];
  readonly instances: readonly InstanceView[];
  readonly subnetGroups: readonly SubnetGroupView[];
}

export interface CheckResultView {
  readonly id: string;
  readonly description: string;
  readonly passed: boolean;
  readonly points: number;
  readonly maxPoints: number;
  readonly message?: string | null;
  readonly expected?: unknown;
  readonly actual?: unknown;
}

export interface StepGradeView {
  readonly id: string;
  readonly title: string;
  readonly passed: boolean;
  readonly score: number;
  readonly maxScore: number;
  readonly checks: readonly CheckResultView[];
}

export interface LabGrade {
  readonly passed: boolean;
  readonly score: number;
  readonly maxScore: number;
  readonly steps: readonly StepGradeView[];
}

/** `"90s"`, `"15m"`, `"1h"`. */
export type ClockAdvance = `${number}${'s' | 'm' | 'h'}`;
