/**
 * Reads back what `--output table` printed (awscli's MultiTable): a top rule, then sections, each
 * nested `indent` levels deep (one `|` more on each side per level), each with an optional centred
 * title, optional centred column headers and left-aligned rows between `+---+` rules. The text is
 * ambiguous in places (a title, a header and a one-column row can look alike); alignment and what
 * follows decide, and anything that does not read back whole is refused, so the caller shows the
 * text as printed.
 */
export interface CliTableSection {
  /** 0 for the command's own section, one more for each nested key. */
  readonly indent: number;
  readonly title?: string;
  readonly headers?: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One printed table (a command's output); a script's output may hold several. */
export interface CliTable {
  readonly sections: readonly CliTableSection[];
}

type Line =
  | { readonly kind: 'top' }
  | { readonly kind: 'rule'; readonly indent: number; readonly raw: string }
  | { readonly kind: 'text'; readonly indent: number; readonly inner: string };

const TOP_RULE = /^-+$/;
const RULE = /^(\|*)\+[-+]*\+(\|*)$/;

function classify(line: string): Line | undefined {
  if (TOP_RULE.test(line)) return { kind: 'top' };
  const rule = RULE.exec(line);
  if (rule) return rule[1].length === rule[2].length ? { kind: 'rule', indent: rule[1].length, raw: line.slice(rule[1].length, line.length - rule[2].length) } : undefined;
  const leading = /^\|+/.exec(line)?.[0].length ?? 0;
  const trailing = /\|+$/.exec(line)?.[0].length ?? 0;
  if (leading === 0 || trailing === 0 || line.length < 2) return undefined;
  // The section's own border is one of the pipes; cells next to it never start or end with one.
  const indent = Math.min(leading, trailing) - 1;
  return { kind: 'text', indent, inner: line.slice(indent + 1, line.length - indent - 1) };
}

/** Column cells of a text line, cut where the section's rule has its `+` corners. */
function cellsOf(inner: string, rule: string): string[] | undefined {
  const corners: number[] = [];
  for (let i = 1; i < rule.length - 1; i++) if (rule[i] === '+') corners.push(i);
  // `inner` is the line without its outer border pipes: rule positions shift by one.
  if (inner.length !== rule.length - 2) return undefined;
  const cells: string[] = [];
  let from = 0;
  for (const corner of corners) {
    if (inner[corner - 1] !== '|') return undefined;
    cells.push(inner.slice(from, corner - 1));
    from = corner;
  }
  cells.push(inner.slice(from));
  return cells;
}

/** awscli's `center_text`: the text starts this many spaces into a cell of `cellLength` characters. */
function centredStart(cellLength: number, textLength: number, hasLeftEdge: boolean): number {
  const length = cellLength + (hasLeftEdge ? 2 : 1);
  return Math.max(0, Math.floor(length / 2) - Math.floor(textLength / 2) - 1);
}

function isCentred(cells: readonly string[]): boolean {
  return cells.every((cell, index) => {
    const text = cell.trim();
    if (text === '') return true;
    return cell.length - cell.trimStart().length === centredStart(cell.length, text.length, index === 0);
  });
}

/** awscli's `align_left`: two spaces of padding when the cell has room, else none (the text then fills it). */
function isLeftAligned(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '' || /^ {2}\S/.test(cell) || (cell[0] !== ' ' && cell.trimEnd().length >= cell.length - 2));
}

/**
 * Titles and headers are the response's keys (PascalCase in AWS's models); `True`, `False` and
 * `None` are how the CLI prints values.
 */
function looksLikeKey(text: string): boolean {
  return /^[A-Z][A-Za-z0-9]*$/.test(text) && !['True', 'False', 'None'].includes(text);
}

function rowText(cell: string): string {
  return (cell.startsWith('  ') ? cell.slice(2) : cell).trimEnd();
}

interface Reading {
  readonly section: CliTableSection;
  /** The line after the section. */
  readonly next: number;
}

/** The best reading of the lines from one index to the end of its table. */
interface Parse {
  /** The first section's reading; the rest is the best parse from `reading.next`. `undefined` at a table's end. */
  readonly reading?: Reading;
  /**
   * How unlikely the reading is: empty sections that nothing nests in (a title usually has
   * content), and titles or headers that do not look like the response's keys.
   */
  readonly doubt: number;
}

/**
 * The text is read as a sequence of sections; where a line admits two readings (a centred one-cell
 * line can be a title, a header or a row), every reading that accounts for the whole table is
 * weighed, and the least doubtful wins. Worked backwards from the end, so each line is read once.
 */
class TableReader {
  constructor(private readonly lines: readonly Line[]) {}

  read(): CliTable[] | undefined {
    const best: Array<Parse | undefined> = new Array(this.lines.length + 1);
    for (let index = this.lines.length; index >= 0; index--) best[index] = this.bestFrom(index, best);
    const tables: CliTable[] = [];
    let index = 0;
    while (index < this.lines.length) {
      if (this.lines[index].kind !== 'top') return undefined;
      const sections: CliTableSection[] = [];
      let parse = best[index + 1];
      if (!parse) return undefined;
      while (parse?.reading) {
        sections.push(parse.reading.section);
        index = parse.reading.next;
        parse = best[index];
      }
      if (sections.length === 0) return undefined;
      tables.push({ sections });
      if (index < this.lines.length && this.lines[index].kind !== 'top') return undefined;
    }
    return tables.length > 0 ? tables : undefined;
  }

  private bestFrom(index: number, best: ReadonlyArray<Parse | undefined>): Parse | undefined {
    const line = this.lines[index];
    if (!line || line.kind === 'top') return { doubt: 0 };
    let chosen: Parse | undefined;
    for (const reading of this.readings(index)) {
      const rest = best[reading.next];
      if (!rest) continue;
      const after = this.lines[reading.next];
      // An empty section is a key whose content is nested under it; only the command's own
      // section is commonly empty with nothing after it (`{"DBClusters": []}`).
      const nothingNested = after === undefined || after.kind === 'top' ? reading.section.indent > 0 : after.indent <= reading.section.indent;
      const lonelyEmpty = reading.section.rows.length === 0 && nothingNested;
      const { title, headers = [] } = reading.section;
      const oddNames = [...(title === undefined ? [] : [title]), ...headers].filter((name) => !looksLikeKey(name)).length;
      const doubt = rest.doubt + (lonelyEmpty ? 1 : 0) + oddNames;
      if (!chosen || doubt < chosen.doubt) chosen = { reading, doubt };
    }
    return chosen;
  }

  /** Every way a section can start at `index`: header and rows, rows alone, or a title alone. */
  private readings(index: number): Reading[] {
    const first = this.lines[index];
    if (first.kind === 'top') return [];
    const indent = first.indent;
    let at = index;
    let title: string | undefined;
    if (first.kind === 'text') {
      if (!isCentred([first.inner])) return [];
      title = first.inner.trim();
      at++;
    }
    const rule = this.lines[at];
    if (!rule || rule.kind !== 'rule' || rule.indent !== indent) return [];
    at++;

    const readings: Reading[] = [];
    if (title !== undefined) readings.push({ section: { indent, title, rows: [] }, next: at });
    const firstCells = this.textCells(at, indent, rule.raw);
    if (!firstCells) return readings;
    const between = this.lines[at + 1];
    const firstRow = this.textCells(at + 2, indent, rule.raw);
    const asHeader = () => {
      if (between?.kind !== 'rule' || between.raw !== rule.raw || between.indent !== indent || !firstRow) return;
      if (!isCentred(firstCells) || !isLeftAligned(firstRow)) return;
      const body = this.rowsFrom(at + 2, indent, rule.raw);
      if (body) readings.push({ section: { indent, title, headers: firstCells.map((cell) => cell.trim()), rows: body.rows }, next: body.next });
    };
    const asRows = () => {
      if (!isLeftAligned(firstCells)) return;
      const body = this.rowsFrom(at, indent, rule.raw);
      if (body) readings.push({ section: { indent, title, rows: body.rows }, next: body.next });
    };
    // Readings are tried in order and a tie keeps the first: a one-cell line that is both centred
    // and left-aligned (its text decides the column's width) is more often a row than a header.
    if (firstCells.length === 1 && isLeftAligned(firstCells)) {
      asRows();
      asHeader();
    } else {
      asHeader();
      asRows();
    }
    return readings;
  }

  /** Rows up to the closing rule (which must match the opening one); the line after it. */
  private rowsFrom(index: number, indent: number, rule: string): { rows: string[][]; next: number } | undefined {
    const rows: string[][] = [];
    let at = index;
    for (let cells = this.textCells(at, indent, rule); cells; cells = this.textCells(at, indent, rule)) {
      rows.push(cells.map(rowText));
      at++;
    }
    const closing = this.lines[at];
    if (rows.length === 0 || !closing || closing.kind !== 'rule' || closing.indent !== indent || closing.raw !== rule) return undefined;
    return { rows, next: at + 1 };
  }

  private textCells(index: number, indent: number, rule: string): string[] | undefined {
    const line = this.lines[index];
    if (!line || line.kind !== 'text' || line.indent !== indent) return undefined;
    return cellsOf(line.inner, rule);
  }
}

/** The tables in `text`, or `undefined` unless the whole text is `--output table` output. */
export function parseCliTable(text: string): CliTable[] | undefined {
  if (text.includes('\x1b')) return undefined;
  const rawLines = text.replace(/\n$/, '').split('\n');
  if (rawLines.length < 2) return undefined;
  const lines: Line[] = [];
  for (const raw of rawLines) {
    const line = classify(raw);
    if (!line) return undefined;
    lines.push(line);
  }
  return new TableReader(lines).read();
}
