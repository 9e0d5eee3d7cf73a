import type { ServiceName } from '../engine/service-name';

/** What a check expects of the value its JMESPath query yields. Exactly one key is set. */
export type CheckExpectation =
  | { readonly equals: unknown }
  | { readonly notEquals: unknown }
  | { readonly exists: boolean }
  | { readonly contains: unknown }
  | { readonly atLeast: number }
  | { readonly atMost: number }
  | { readonly matches: string };

/** A read through the sandbox's own API, as a Describe* call the CLI would make. */
export interface CheckCall {
  readonly service: ServiceName;
  /** PascalCase operation name, e.g. `DescribeDBClusters`. */
  readonly operation: string;
  readonly input?: Record<string, unknown>;
  /** Defaults to the sandbox's region. */
  readonly region?: string;
}

export interface LabCheck {
  readonly id: string;
  /** What the check proves, in the learner's words ("The cluster is available"). */
  readonly description: string;
  readonly call: CheckCall;
  /** JMESPath over the call's output as the CLI prints it in JSON (`--query` language). */
  readonly query: string;
  readonly expect: CheckExpectation;
  readonly points: number;
  /** Shown when the check fails: what to look at, without giving the answer away. */
  readonly hint?: string;
}

export interface LabStep {
  readonly id: string;
  readonly title: string;
  /** The step's instructions (Markdown), read from the step's file. */
  readonly markdown: string;
  readonly hints: readonly string[];
  readonly checks: readonly LabCheck[];
}

export interface ExamDomainRef {
  /** e.g. `SAA-C03` */
  readonly exam: string;
  /** e.g. `3.3 Determine high-performing database solutions` */
  readonly domain: string;
}

export interface LabDefinition {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly level: 'foundational' | 'associate' | 'professional';
  readonly estimatedMinutes: number;
  /** Position in the catalog (learning path order); labs without one come last, by slug. */
  readonly order: number;
  readonly examDomains: readonly ExamDomainRef[];
  /** CLI lines run (not logged as the learner's) before the learner starts; may be empty. */
  readonly initialState: readonly string[];
  readonly steps: readonly LabStep[];
  /** The reference solution (solution.sh), one CLI command per logical line. */
  readonly solution: string;
}

/** The catalog's view of a lab. */
export type LabSummary = Pick<LabDefinition, 'slug' | 'title' | 'summary' | 'level' | 'estimatedMinutes' | 'order' | 'examDomains'> & {
  readonly stepCount: number;
};
