import { Badge } from '../components/badge';
import { Spinner } from '../components/spinner';
import type { OutputRun } from './lab-session-store';

/** queued, running, exit code (green for 0, red otherwise), or "not run" when the request failed. */
export function RunStatusBadge({ run }: { readonly run: OutputRun }) {
  if (run.state === 'queued') return <Badge tone="neutral">queued</Badge>;
  if (run.state === 'running')
    return (
      <span className="inline-flex items-center gap-1.5 text-xs text-info">
        <Spinner size={12} /> running
      </span>
    );
  if (run.state === 'failed') return <Badge tone="danger">not run</Badge>;
  const exitCode = run.result?.exitCode ?? 0;
  return (
    <Badge tone={exitCode === 0 ? 'success' : 'danger'} title={exitCode === 0 ? 'Succeeded' : 'Failed'}>
      exit {exitCode}
    </Badge>
  );
}
