export interface CheckResult {
  readonly id: string;
  readonly description: string;
  readonly passed: boolean;
  /** Points earned (all or nothing per check). */
  readonly points: number;
  readonly maxPoints: number;
  /** Why it failed (or what was found when it passed). */
  readonly message: string;
  /** The expectation in words, e.g. `equals "available"`. */
  readonly expected: string;
  /** What the query yielded, or the AWS error the read got. */
  readonly actual: unknown;
}

export interface StepResult {
  readonly id: string;
  readonly title: string;
  readonly passed: boolean;
  readonly score: number;
  readonly maxScore: number;
  readonly checks: readonly CheckResult[];
}

export interface GradeReport {
  readonly passed: boolean;
  readonly score: number;
  readonly maxScore: number;
  readonly steps: readonly StepResult[];
}
