import { HighlightedShell } from '../markdown/highlighted-shell';
import { Badge } from './badge';
import { Icon } from './icon';

/** An illustration of a lab session for the home page: a command, virtual time passing, a passing check. */
export function HeroSessionPreview() {
  return (
    <div
      role="img"
      aria-label="Example: create an Aurora cluster, fast-forward 15 minutes, and the cluster is available and every check passes."
      className="relative"
    >
      <div
        aria-hidden="true"
        className="absolute -inset-6 -z-10 rounded-[2rem] bg-linear-to-br from-teal-400/25 via-indigo-500/20 to-fuchsia-500/25 blur-2xl"
      />
      <div className="overflow-hidden rounded-xl border border-line bg-terminal shadow-pop">
        <div className="flex items-center gap-2 border-b border-line bg-surface px-3.5 py-2">
          <span className="size-2.5 rounded-full bg-[#ff5f57]" />
          <span className="size-2.5 rounded-full bg-[#febc2e]" />
          <span className="size-2.5 rounded-full bg-[#28c840]" />
          <span className="ml-2 font-mono text-xs text-subtle">sandbox · us-east-1</span>
          <span className="ml-auto inline-flex items-center gap-1 font-mono text-xs text-subtle">
            <Icon name="clock" size={12} /> 09:15:42
          </span>
        </div>
        <div className="space-y-3 p-4 font-mono text-[0.8125rem] leading-relaxed text-terminal-fg">
          <div>
            <span className="text-subtle">$ </span>
            <HighlightedShell code="aws rds create-db-cluster --db-cluster-identifier lab-aurora-mysql --engine aurora-mysql --storage-encrypted" />
          </div>
          <div className="flex items-center gap-2 font-sans text-xs">
            <span className="text-subtle">lab-aurora-mysql</span>
            <Badge tone="info" dot="pulse">
              creating
            </Badge>
          </div>
          <div className="flex items-center gap-2 font-sans text-xs font-medium text-info">
            <Icon name="fastForward" size={13} />
            Fast-forwarded 15 min of virtual time
            <span className="h-px flex-1 bg-current opacity-20" />
          </div>
          <div className="flex items-center gap-2 font-sans text-xs">
            <span className="text-subtle">lab-aurora-mysql</span>
            <Badge tone="success" dot>
              available
            </Badge>
          </div>
          <div className="flex items-center gap-2 rounded-lg border border-success-line bg-success-soft px-3 py-2 font-sans text-sm font-medium text-success">
            <Icon name="checkCircle" size={16} />
            All checks pass · 14 / 14 points
          </div>
        </div>
      </div>
    </div>
  );
}
