'use client';

import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { Spinner } from '../components/spinner';
import { useLabSession } from './lab-session-context';

/** Starting, failed and expired sandboxes; nothing once the sandbox is ready and healthy. */
export function SandboxStatusBanner() {
  const phase = useLabSession((state) => state.phase);
  const startError = useLabSession((state) => state.startError);
  const clockError = useLabSession((state) => state.clockError);
  const resetError = useLabSession((state) => state.resetError);
  const start = useLabSession((state) => state.start);

  if (phase === 'starting') {
    return (
      <div role="status" className="flex items-center gap-2 border-b border-line bg-info-soft px-5 py-2 text-sm text-fg">
        <Spinner size={14} className="text-info" />
        Starting your sandbox…
      </div>
    );
  }
  if (phase === 'failed') {
    return (
      <div className="border-b border-line px-4 py-3 sm:px-5">
        <Alert
          role="alert"
          tone="danger"
          title="The sandbox could not be started"
          action={
            <Button size="sm" icon="reset" onClick={() => void start()}>
              Try again
            </Button>
          }
        >
          {startError}
        </Alert>
      </div>
    );
  }
  if (phase === 'expired') {
    return (
      <div className="border-b border-line px-4 py-3 sm:px-5">
        <Alert
          role="alert"
          tone="warning"
          title="This sandbox has expired"
          action={
            <Button size="sm" variant="primary" onClick={() => void start({ fresh: true })}>
              Start a new sandbox
            </Button>
          }
        >
          Sandboxes are short-lived. A new one starts from the lab’s initial state; your editor text is kept.
        </Alert>
      </div>
    );
  }
  const error = clockError ?? resetError;
  if (!error) return null;
  return (
    <div className="border-b border-line px-4 py-3 sm:px-5">
      <Alert role="alert" tone="danger" title={clockError ? 'Fast-forward failed' : 'Reset failed'}>
        {error}
      </Alert>
    </div>
  );
}
