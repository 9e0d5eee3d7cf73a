'use client';

import { CopyableCommandLine } from '../components/copyable-command-line';
import { Icon } from '../components/icon';
import { useLabSession } from './lab-session-context';

/** The sandbox's endpoint and throwaway credentials, for the learner's own AWS CLI or SDK. */
export function OwnTerminalPanel() {
  const sandbox = useLabSession((state) => state.sandbox);
  if (!sandbox) return null;

  const exportLine = `export AWS_ACCESS_KEY_ID=${sandbox.accessKeyId} AWS_SECRET_ACCESS_KEY=${sandbox.secretAccessKey} AWS_DEFAULT_REGION=${sandbox.region}`;
  const describeLine = `aws --endpoint-url ${sandbox.endpointUrl} rds describe-db-clusters`;
  const expires = new Date(sandbox.expiresAt);

  return (
    <details className="group rounded-xl border border-line bg-surface shadow-card" data-testid="own-terminal">
      <summary className="flex items-center gap-2 rounded-xl px-3.5 py-2.5 text-sm font-medium hover:bg-sunken">
        <Icon name="terminal" size={15} className="text-accent" />
        Use your own terminal
        <Icon name="chevronDown" size={14} className="ml-auto text-subtle transition-transform group-open:rotate-180" />
      </summary>
      <div className="space-y-2.5 border-t border-line px-3.5 py-3 text-xs text-muted">
        <p>
          Point the real AWS CLI (or an SDK) at this sandbox. Whatever you do there changes the same sandbox, and this
          page shows it within seconds.
        </p>
        <CopyableCommandLine text={exportLine} label="Copy the export command with the sandbox credentials" />
        <CopyableCommandLine text={describeLine} label="Copy the example aws command with the endpoint URL" />
        <p className="text-subtle">
          These credentials only work for this sandbox
          {Number.isNaN(expires.getTime()) ? '' : `, until ${expires.toLocaleString()}`}.
        </p>
      </div>
    </details>
  );
}
