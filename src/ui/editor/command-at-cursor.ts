/**
 * The whole logical command around a line: a command continued with a trailing backslash spans
 * several lines, and running "the current line" should run all of it. Lines are 1-based (Monaco's).
 */
export function commandLinesAround(lines: readonly string[], lineNumber: number): { start: number; end: number } {
  const continues = (line: number) => /\\\s*$/.test(lines[line - 1] ?? '');
  let start = lineNumber;
  while (start > 1 && continues(start - 1)) start--;
  let end = lineNumber;
  while (end < lines.length && continues(end)) end++;
  return { start, end };
}
