import { commandLinesAround } from './command-at-cursor';

/** How many commands a sandbox's history keeps (the oldest go first). */
export const HISTORY_LIMIT = 200;

/** The history after running `command`: appended, unless it repeats the last one (as bash's `ignoredups`). */
export function withCommand(history: readonly string[], command: string): string[] {
  const trimmed = command.replace(/\s+$/, '');
  if (trimmed.trim() === '' || history.at(-1) === trimmed) return [...history];
  return [...history, trimmed].slice(-HISTORY_LIMIT);
}

/**
 * The commands in a script, one entry per logical command (a command continued with `\` over
 * several lines is one), without blank lines and comments: what "Run all" adds to the history.
 */
export function logicalCommands(script: string): string[] {
  const lines = script.split('\n');
  const commands: string[] = [];
  let line = 1;
  while (line <= lines.length) {
    const { end } = commandLinesAround(lines, line);
    const text = lines.slice(line - 1, end).join('\n').replace(/\s+$/, '');
    const trimmed = text.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) commands.push(text);
    line = end + 1;
  }
  return commands;
}

/**
 * Walking the history with Up and Down, as a terminal does: Up from the draft goes to the newest
 * entry, then older ones; Down goes back towards the draft, which it restores at the end.
 */
export class HistoryWalk {
  private index: number;

  constructor(
    private readonly entries: readonly string[],
    private readonly draft: string,
  ) {
    this.index = entries.length;
  }

  /** The older entry, or `undefined` at the oldest. */
  older(): string | undefined {
    if (this.index === 0) return undefined;
    this.index--;
    return this.entries[this.index];
  }

  /** The newer entry, the draft after the newest, `undefined` once back at the draft. */
  newer(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  get atDraft(): boolean {
    return this.index === this.entries.length;
  }
}
