'use client';

import { useEffect } from 'react';
import { useMediaQuery } from '../hooks/use-media-query';
import { useResourcePolling } from '../hooks/use-resource-polling';
import { CheckReport } from './check-report';
import { CommandPanel } from './command-panel';
import { useLabSession, useLabSessionStore } from './lab-session-context';
import { LabToolbar } from './lab-toolbar';
import type { LabWorkspaceProps } from './lab-view-types';
import { OutputPane } from './output-pane';
import { OwnTerminalPanel } from './own-terminal-panel';
import { ResourcePanel } from './resource-panel';
import { SandboxStatusBanner } from './sandbox-status-banner';
import { StepNavigator } from './step-navigator';
import { StepView } from './step-view';
import { WorkspacePanel } from './workspace-panel';
import { WORKSPACE_ID_BASE, WorkspaceTabs } from './workspace-tabs';

const RESOURCE_REFRESH_MS = 3000;

/** Toolbar, then instructions, terminal and resources: side by side when wide, as tabs when narrow. */
export function LabWorkspaceLayout({ lab, steps }: LabWorkspaceProps) {
  const store = useLabSessionStore();
  const narrowPanel = useLabSession((state) => state.narrowPanel);
  const isWide = useMediaQuery('(min-width: 1024px)');

  useEffect(() => {
    void store.getState().start();
  }, [store]);
  useResourcePolling(store, RESOURCE_REFRESH_MS);

  const panelProps = (id: 'instructions' | 'terminal' | 'resources') => ({
    id,
    idBase: WORKSPACE_ID_BASE,
    asTab: !isWide,
    selected: narrowPanel === id,
  });

  return (
    <main className="flex h-[calc(100dvh-3.5rem-1px)] min-h-[34rem] flex-col" data-lab={lab.slug}>
      <LabToolbar lab={lab} />
      <SandboxStatusBanner />
      <WorkspaceTabs />
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] gap-3 p-3 max-lg:grid-rows-[minmax(0,1fr)] lg:grid-cols-[minmax(20rem,5fr)_minmax(0,7fr)] lg:grid-rows-[minmax(0,2fr)_minmax(0,1fr)] xl:grid-cols-[minmax(22rem,5fr)_minmax(0,7fr)_minmax(18rem,4fr)] xl:grid-rows-[minmax(0,1fr)]">
        <WorkspacePanel
          {...panelProps('instructions')}
          label="Instructions"
          className="min-h-0 overflow-y-auto rounded-xl border border-line bg-surface shadow-card lg:row-span-2 xl:row-span-1"
        >
          <div className="border-b border-line p-3">
            <StepNavigator steps={steps} />
          </div>
          <div className="space-y-5 p-4 sm:p-5">
            <CheckReport />
            <StepView steps={steps} />
          </div>
        </WorkspacePanel>
        <WorkspacePanel {...panelProps('terminal')} label="Terminal" className="flex min-h-0 min-w-0 flex-col gap-3">
          <div className="h-[42%] min-h-40 shrink-0">
            <CommandPanel slug={lab.slug} />
          </div>
          <div className="min-h-0 flex-1">
            <OutputPane />
          </div>
        </WorkspacePanel>
        <WorkspacePanel
          {...panelProps('resources')}
          label="Resources"
          className="min-h-0 space-y-3 overflow-y-auto rounded-xl border border-line bg-sunken/60 p-3 lg:col-start-2 xl:col-start-3"
        >
          <ResourcePanel />
          <OwnTerminalPanel />
        </WorkspacePanel>
      </div>
    </main>
  );
}
