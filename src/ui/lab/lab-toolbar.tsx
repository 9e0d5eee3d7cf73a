'use client';

import Link from 'next/link';
import { Button } from '../components/button';
import { Icon } from '../components/icon';
import { LabLevelBadge } from '../components/lab-level-badge';
import { formatMinutes } from '../format/format-duration';
import { FastForwardControls } from './fast-forward-controls';
import { useLabSession } from './lab-session-context';
import type { LabHeaderView } from './lab-view-types';
import { ResetSandboxControl } from './reset-sandbox-control';
import { VirtualClock } from './virtual-clock';

export function LabToolbar({ lab }: { readonly lab: LabHeaderView }) {
  const ready = useLabSession((state) => state.phase === 'ready');
  const grading = useLabSession((state) => state.grading);
  const check = useLabSession((state) => state.check);

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line bg-surface px-4 py-2.5 sm:px-5">
      <div className="flex min-w-0 flex-1 basis-72 items-center gap-2.5">
        <Link
          href="/"
          aria-label="All labs"
          title="All labs"
          className="inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-sunken hover:text-fg"
        >
          <Icon name="arrowLeft" size={17} />
        </Link>
        <div className="min-w-0">
          <h1 className="truncate text-[0.9375rem] leading-tight font-semibold tracking-tight sm:text-base">{lab.title}</h1>
          <div className="mt-0.5 flex items-center gap-2 text-xs text-subtle">
            <LabLevelBadge level={lab.level} />
            <span>
              <span className="sr-only">Estimated time: </span>~{formatMinutes(lab.estimatedMinutes)}
            </span>
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:gap-3">
        <VirtualClock />
        <FastForwardControls />
        <div className="flex items-center gap-1.5">
          <Button size="sm" variant="primary" icon="checkCircle" busy={grading} disabled={!ready || grading} onClick={() => void check()}>
            Check
          </Button>
          <ResetSandboxControl />
        </div>
      </div>
    </div>
  );
}
