'use client';

import { useEffect, useRef } from 'react';
import { Button } from '../components/button';
import { Kbd } from '../components/kbd';
import { useLabSession } from './lab-session-context';
import { OutputNoticeView } from './output-notice-view';
import { OutputRunView } from './output-run-view';

/** Scrolled to the bottom unless the learner has scrolled up to read something. */
const STICK_TO_BOTTOM_PX = 80;

export function OutputPane() {
  const output = useLabSession((state) => state.output);
  const clearOutput = useLabSession((state) => state.clearOutput);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pinnedRef = useRef(true);
  const lastCountRef = useRef(0);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const added = output.length > lastCountRef.current;
    lastCountRef.current = output.length;
    if (added || pinnedRef.current) element.scrollTop = element.scrollHeight;
  }, [output]);

  return (
    <section aria-labelledby="output-title" className="flex h-full min-h-0 flex-col overflow-hidden rounded-xl border border-line bg-terminal shadow-card">
      <div className="flex items-center gap-2 border-b border-line bg-surface px-3 py-1.5">
        <h2 id="output-title" className="text-sm font-semibold">
          Output
        </h2>
        <span className="text-xs text-subtle">newest at the bottom</span>
        <Button size="sm" variant="ghost" icon="trash" className="ml-auto" disabled={output.length === 0} onClick={clearOutput}>
          Clear
        </Button>
      </div>
      <div
        ref={scrollRef}
        tabIndex={0}
        role="log"
        aria-label="Command output"
        onScroll={(event) => {
          const element = event.currentTarget;
          pinnedRef.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
        }}
        className="min-h-0 flex-1 overflow-y-auto px-2 py-2 focus-visible:outline-offset-[-2px]"
        data-testid="output-pane"
      >
        {output.length === 0 ? (
          <div className="flex h-full min-h-24 flex-col items-center justify-center gap-2 px-4 text-center text-sm text-subtle">
            <p>Run a command to see its output here.</p>
            <p className="flex items-center gap-1 text-xs">
              <Kbd>Ctrl</Kbd>
              <Kbd>↵</Kbd> runs the line under the cursor or the selection.
            </p>
          </div>
        ) : (
          <ol className="space-y-1.5">
            {output.map((entry) =>
              entry.kind === 'run' ? <OutputRunView key={entry.id} run={entry} /> : <OutputNoticeView key={entry.id} notice={entry} />,
            )}
          </ol>
        )}
      </div>
    </section>
  );
}
