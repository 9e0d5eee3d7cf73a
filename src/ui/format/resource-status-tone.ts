import type { BadgeTone } from '../components/badge';

const HEALTHY = new Set(['available']);
const IDLE = new Set(['stopped', 'inaccessible', 'stopped-for-maintenance']);
const REMOVING = new Set(['deleting', 'deleted']);
const BROKEN_PREFIXES = ['failed', 'incompatible-', 'inaccessible-', 'storage-full', 'insufficient-capacity', 'restore-error'];

export interface StatusStyle {
  readonly tone: BadgeTone;
  /** The resource is on its way to another status (the badge pulses). */
  readonly changing: boolean;
}

/** How an RDS cluster or instance status is shown: green when usable, blue while changing, red when broken. */
export function resourceStatusStyle(status: string): StatusStyle {
  const normalized = status.toLowerCase();
  if (HEALTHY.has(normalized)) return { tone: 'success', changing: false };
  if (IDLE.has(normalized)) return { tone: 'neutral', changing: false };
  if (REMOVING.has(normalized)) return { tone: 'danger', changing: normalized === 'deleting' };
  if (BROKEN_PREFIXES.some((prefix) => normalized.startsWith(prefix))) return { tone: 'danger', changing: false };
  return { tone: 'info', changing: true };
}
