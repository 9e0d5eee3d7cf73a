'use client';

import { LabSessionProvider } from './lab-session-context';
import { LabWorkspaceLayout } from './lab-workspace-layout';
import type { LabWorkspaceProps } from './lab-view-types';

export function LabWorkspace({ lab, steps }: LabWorkspaceProps) {
  return (
    <LabSessionProvider key={lab.slug} slug={lab.slug} stepCount={steps.length}>
      <LabWorkspaceLayout lab={lab} steps={steps} />
    </LabSessionProvider>
  );
}
