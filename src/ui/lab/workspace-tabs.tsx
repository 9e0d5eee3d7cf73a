'use client';

import { Tabs, type TabItem } from '../components/tabs';
import { resourceStatusStyle } from '../format/resource-status-tone';
import { useLabSession } from './lab-session-context';
import type { NarrowPanel } from './lab-session-store';

export const WORKSPACE_ID_BASE = 'lab-workspace';

export function WorkspaceTabs() {
  const narrowPanel = useLabSession((state) => state.narrowPanel);
  const showNarrowPanel = useLabSession((state) => state.showNarrowPanel);
  const activeRuns = useLabSession((state) => state.activeRuns);
  const resources = useLabSession((state) => state.resources);
  const grade = useLabSession((state) => state.grade);

  const resourceCount = resources ? resources.clusters.length + resources.instances.length : 0;
  const changing = resources
    ? [...resources.clusters, ...resources.instances].some((resource) => resourceStatusStyle(resource.status).changing)
    : false;

  const items: TabItem<NarrowPanel>[] = [
    {
      id: 'instructions',
      label: 'Steps',
      adornment: grade ? (
        <span className="rounded-full bg-sunken px-1.5 text-xs tabular-nums">
          {grade.score}/{grade.maxScore}
        </span>
      ) : null,
    },
    {
      id: 'terminal',
      label: 'Terminal',
      adornment: activeRuns > 0 ? <span className="size-1.5 animate-pulse rounded-full bg-info" aria-label="running" /> : null,
    },
    {
      id: 'resources',
      label: 'Resources',
      adornment: (
        <span className="inline-flex items-center gap-1 rounded-full bg-sunken px-1.5 text-xs tabular-nums">
          {changing ? <span className="size-1.5 animate-pulse rounded-full bg-info" aria-hidden="true" /> : null}
          {resourceCount}
        </span>
      ),
    },
  ];

  return (
    <Tabs
      label="Lab workspace"
      idBase={WORKSPACE_ID_BASE}
      items={items}
      selectedId={narrowPanel}
      onSelect={showNarrowPanel}
      className="mx-3 mt-3 lg:hidden"
    />
  );
}
