'use client';

import { useMemo, useState } from 'react';
import { CopyButton } from '../components/copy-button';
import { parseCliTable } from '../format/cli-table-text';
import { classNames } from '../format/class-names';
import { prettyJson } from '../format/json-tokens';
import { CliTableView } from './cli-table-view';
import { JsonOutput } from './json-output';

// Long answers (a whole `describe-*` page, "Run all" over a script) start folded: the first and
// the last lines stay visible, the middle opens on demand.
const FOLD_ABOVE_LINES = 60;
const KEEP_HEAD_LINES = 20;
const KEEP_TAIL_LINES = 20;
/** Past this, a table is shown as text first: thousands of HTML rows would bury the log. */
const TABLE_VIEW_MAX_LINES = 400;
/** Past this, the text is not read as a table at all (reading it takes a noticeable moment). */
const TABLE_PARSE_MAX_LINES = 2000;

interface OutputStreamProps {
  readonly text: string;
  readonly stream: 'stdout' | 'stderr';
}

/**
 * One stream of a run's output. `--output table` text is shown as HTML tables, JSON is coloured; the
 * exact text the CLI printed is always one click away ("Text") and is what Copy copies.
 */
export function OutputStream({ text, stream }: OutputStreamProps) {
  const lineCount = useMemo(() => text.split('\n').length, [text]);
  const tables = useMemo(() => (stream === 'stdout' && lineCount <= TABLE_PARSE_MAX_LINES ? parseCliTable(text) : undefined), [text, stream, lineCount]);
  const [showTable, setShowTable] = useState(lineCount <= TABLE_VIEW_MAX_LINES);
  const asTable = tables !== undefined && showTable;

  return (
    <div
      className={classNames('group/stream mt-1.5 flex items-start gap-1 rounded-md', stream === 'stderr' ? 'bg-danger-soft text-danger' : 'text-terminal-fg')}
      data-view={asTable ? 'table' : 'text'}
    >
      <div className="min-w-0 flex-1">{asTable ? <CliTableView tables={tables} /> : <StreamText text={text} stream={stream} />}</div>
      <div className={classNames('flex shrink-0 items-center gap-0.5', stream === 'stderr' && 'p-0.5')}>
        {tables ? (
          <button
            type="button"
            onClick={() => setShowTable(!asTable)}
            aria-pressed={!asTable}
            aria-label={asTable ? 'Show the exact text' : 'Show as a table'}
            className="h-7 rounded-md border border-line px-2 text-xs font-medium text-muted hover:bg-sunken hover:text-fg"
          >
            {asTable ? 'Text' : 'Table'}
          </button>
        ) : null}
        <CopyButton
          text={text}
          label={stream === 'stderr' ? 'Copy the error output' : 'Copy the output'}
          className={classNames('h-7 w-7 px-0', stream === 'stderr' && 'text-danger hover:text-danger')}
        />
      </div>
    </div>
  );
}

function StreamText({ text, stream }: OutputStreamProps) {
  const [expanded, setExpanded] = useState(false);
  const json = stream === 'stdout' ? prettyJson(text) : undefined;
  const lines = (json ?? text).replace(/\n+$/, '').split('\n');
  const folded = !expanded && lines.length > FOLD_ABOVE_LINES;
  const hiddenCount = lines.length - KEEP_HEAD_LINES - KEEP_TAIL_LINES;
  const parts = folded
    ? [lines.slice(0, KEEP_HEAD_LINES).join('\n'), lines.slice(-KEEP_TAIL_LINES).join('\n')]
    : [lines.join('\n')];
  const render = (part: string) => (json ? <JsonOutput json={part} /> : part);
  const preClass = classNames('overflow-x-auto font-mono text-[0.8125rem] leading-relaxed whitespace-pre', stream === 'stderr' && 'px-2.5 py-1.5');

  return (
    <>
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
    </>
  );
}
