import { classNames } from '../format/class-names';
import { HighlightedShell } from '../markdown/highlighted-shell';
import type { OutputRun } from './lab-session-store';
import { OutputStream } from './output-stream';
import { RunStatusBadge } from './run-status-badge';

export function OutputRunView({ run }: { readonly run: OutputRun }) {
  const stdout = run.result?.stdout ?? '';
  const stderr = run.result?.stderr ?? '';
  const failed = run.state === 'failed' || (run.result !== undefined && run.result.exitCode !== 0);

  return (
    <li
      data-testid="output-run"
      data-exit-code={run.result?.exitCode}
      data-state={run.state}
      className={classNames('border-l-2 py-2 pr-2 pl-3', failed ? 'border-danger' : run.state === 'done' ? 'border-success-line' : 'border-line-strong')}
    >
      <div className="flex items-start gap-2">
        <pre className="min-w-0 flex-1 font-mono text-[0.8125rem] leading-relaxed break-words whitespace-pre-wrap">
          <span aria-hidden="true" className="text-subtle select-none">
            ${' '}
          </span>
          <HighlightedShell code={run.command} />
        </pre>
        <RunStatusBadge run={run} />
      </div>
      {stdout ? <OutputStream text={stdout} stream="stdout" /> : null}
      {stderr ? <OutputStream text={stderr} stream="stderr" /> : null}
      {run.error ? (
        <p className="mt-1.5 rounded-md bg-danger-soft px-2.5 py-1.5 text-sm text-danger" role="alert">
          {run.error}
        </p>
      ) : null}
      {run.state === 'done' && !stdout && !stderr ? <p className="mt-1 text-xs text-subtle italic">(no output)</p> : null}
    </li>
  );
}
