import type { ReactNode } from 'react';
import type { LabDefinition } from '@/labs/lab-definition';

/** What the lab page passes to the client: no checks' internals, no reference solution. */
export type LabHeaderView = Pick<LabDefinition, 'slug' | 'title' | 'summary' | 'level' | 'estimatedMinutes' | 'examDomains'>;

export interface LabStepView {
  readonly id: string;
  readonly title: string;
  /** The step's Markdown, already rendered on the server. */
  readonly content: ReactNode;
  readonly hints: readonly ReactNode[];
  readonly checkCount: number;
}

export interface LabWorkspaceProps {
  readonly lab: LabHeaderView;
  readonly steps: readonly LabStepView[];
}
