'use client';

import { useState } from 'react';
import { classNames } from '../format/class-names';
import { prettyJson } from '../format/json-tokens';
import { JsonOutput } from './json-output';

// Long answers (a whole `describe-*` page, "Run all" over a script) start folded: the first and
// the last lines stay visible, the middle opens on demand.
const FOLD_ABOVE_LINES = 60;
const KEEP_HEAD_LINES = 20;
const KEEP_TAIL_LINES = 20;

interface OutputStreamProps {
  readonly text: string;
  readonly stream: 'stdout' | 'stderr';
}

export function OutputStream({ text, stream }: OutputStreamProps) {
  const [expanded, setExpanded] = useState(false);
  const json = stream === 'stdout' ? prettyJson(text) : undefined;
  const lines = (json ?? text).replace(/\n+$/, '').split('\n');
  const folded = !expanded && lines.length > FOLD_ABOVE_LINES;
  const hiddenCount = lines.length - KEEP_HEAD_LINES - KEEP_TAIL_LINES;
  const parts = folded
    ? [lines.slice(0, KEEP_HEAD_LINES).join('\n'), lines.slice(-KEEP_TAIL_LINES).join('\n')]
    : [lines.join('\n')];
  const render = (part: string) => (json ? <JsonOutput json={part} /> : part);
  const preClass = classNames(
    'overflow-x-auto font-mono text-[0.8125rem] leading-relaxed whitespace-pre',
    stream === 'stderr' && 'px-2.5 py-1.5',
  );

  return (
    <div className={classNames('mt-1.5 overflow-hidden rounded-md', stream === 'stderr' ? 'bg-danger-soft text-danger' : 'text-terminal-fg')}>
      {/* Terminal output keeps its columns (tables, aligned lists): it scrolls sideways instead of wrapping. */}
      <pre data-stream={stream} className={preClass}>
        {stream === 'stderr' ? <span className="sr-only">Error output: </span> : null}
        {render(parts[0])}
      </pre>
      {lines.length > FOLD_ABOVE_LINES ? (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          className={classNames(
            'my-1 w-full rounded border border-dashed px-2.5 py-1 text-left font-sans text-xs font-medium hover:bg-sunken',
            stream === 'stderr' ? 'border-danger-line' : 'border-line-strong text-accent',
          )}
        >
          {expanded ? 'Fold the long output' : `Show ${hiddenCount} more lines`}
        </button>
      ) : null}
      {folded ? (
        <pre data-stream={stream} className={preClass}>
          {render(parts[1])}
        </pre>
      ) : null}
    </div>
  );
}
