import { HISTORY_LIMIT } from './command-history';

// Per sandbox, in localStorage: the history outlives the tab, like a shell's history file.
export const historyStorageKey = (sandboxId: string) => `aurora-lab:history:${sandboxId}`;

export function readCommandHistory(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string').slice(-HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

export function writeCommandHistory(key: string, history: readonly string[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(history));
  } catch {
    // Full or blocked storage: the history then lasts as long as the page.
  }
}
