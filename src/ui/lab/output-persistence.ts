import type { OutputEntry } from './lab-session-store';

// The output pane survives a reload of the tab (sessionStorage), like a terminal's scrollback.
const outputStorageKey = (sandboxId: string) => `aurora-lab:output:${sandboxId}`;

function isOutputEntry(value: unknown): value is OutputEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as { kind?: unknown; id?: unknown };
  return (entry.kind === 'run' || entry.kind === 'notice') && typeof entry.id === 'number';
}

export function readSessionOutput(sandboxId: string): OutputEntry[] {
  try {
    const raw = window.sessionStorage.getItem(outputStorageKey(sandboxId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isOutputEntry).map((entry) =>
      entry.kind === 'run' && (entry.state === 'queued' || entry.state === 'running')
        ? { ...entry, state: 'failed', error: 'The page was reloaded before this command finished.' }
        : entry,
    );
  } catch {
    return [];
  }
}

export function writeSessionOutput(sandboxId: string, output: readonly OutputEntry[]): void {
  try {
    window.sessionStorage.setItem(outputStorageKey(sandboxId), JSON.stringify(output));
  } catch {
    // Full or unavailable storage: the scrollback then lasts for this page only.
  }
}
