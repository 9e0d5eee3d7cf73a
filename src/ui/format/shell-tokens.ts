export type ShellTokenKind = 'command' | 'option' | 'string' | 'comment' | 'number' | 'literal' | 'text';

export interface ShellToken {
  readonly kind: ShellTokenKind;
  readonly text: string;
}

// Order matters: the first alternative that matches at a position wins.
const SHELL_TOKEN = /(#.*$)|("(?:[^"\\]|\\.)*"?|'[^']*'?)|(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)|(--?[A-Za-z][\w-]*)|(\s+)|(\\$)|([^\s"'$]+)/gm;

/**
 * A small tokenizer for the shell lines in lab instructions: enough to colour `aws rds ...` commands
 * (the command and its subcommand, options, strings, variables, comments). Not a shell parser.
 */
export function tokenizeShell(code: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  let wordsInCommand = 0;
  let continued = false;
  for (const [lineIndex, line] of code.split('\n').entries()) {
    if (lineIndex > 0) tokens.push({ kind: 'text', text: '\n' });
    if (!continued) wordsInCommand = 0;
    continued = /\\\s*$/.test(line);
    for (const match of line.matchAll(SHELL_TOKEN)) {
      const [text, comment, string, variable, option, space, continuation] = match;
      if (comment !== undefined && (match.index === 0 || /\s/.test(line[match.index - 1]))) {
        tokens.push({ kind: 'comment', text });
      } else if (string !== undefined) {
        tokens.push({ kind: 'string', text });
        wordsInCommand++;
      } else if (variable !== undefined) {
        tokens.push({ kind: 'literal', text });
        wordsInCommand++;
      } else if (option !== undefined) {
        tokens.push({ kind: 'option', text });
        wordsInCommand++;
      } else if (space !== undefined || continuation !== undefined) {
        tokens.push({ kind: 'text', text });
      } else {
        // `aws rds create-db-cluster`: the program and its two command words.
        const isCommandWord = wordsInCommand < 3 && /^[a-z][\w-]*$/.test(text);
        const kind: ShellTokenKind = isCommandWord ? 'command' : /^\d+(\.\d+)?$/.test(text) ? 'number' : 'text';
        tokens.push({ kind, text });
        wordsInCommand = text === '|' || text === '&&' || text === ';' ? 0 : wordsInCommand + 1;
      }
    }
  }
  return tokens;
}
