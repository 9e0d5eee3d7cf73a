/** The syntax tree of the shell subset the sandboxed terminal understands. */

export type WordPart =
  | { readonly kind: 'literal'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'param'; readonly name: string; readonly quoted: boolean; readonly fallback?: Word; readonly fallbackIfEmpty?: boolean }
  | { readonly kind: 'command'; readonly body: CommandList; readonly quoted: boolean };

export interface Word {
  readonly parts: readonly WordPart[];
  /** The source text, for messages. */
  readonly raw: string;
}

export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

export interface SimpleCommand {
  readonly kind: 'simple';
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
}

export interface ForLoop {
  readonly kind: 'for';
  readonly variable: string;
  /** `undefined` for `for x; do` (iterates "$@", which is empty here). */
  readonly items: readonly Word[] | undefined;
  readonly body: CommandList;
}

/** A construct the terminal recognises but does not run (pipes, redirections, `if`, ...). */
export interface UnsupportedCommand {
  readonly kind: 'unsupported';
  readonly feature: string;
}

export type Command = SimpleCommand | ForLoop | UnsupportedCommand;

export interface AndOrList {
  readonly first: Command;
  readonly rest: ReadonlyArray<{ readonly op: '&&' | '||'; readonly command: Command }>;
}

export type CommandList = readonly AndOrList[];
