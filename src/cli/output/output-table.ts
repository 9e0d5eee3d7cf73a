import { pyStr } from '../python/py-repr';
import { isPyDict, PyFloat, type PyDict, type PyValue } from '../python/py-value';

/**
 * `--output table` (awscli/formatter.py TableFormatter + awscli/table.py MultiTable): a titled,
 * bordered table per section, scaled to the terminal width, turned vertical when too wide.
 */
export interface TableOptions {
  /** The terminal width; the real CLI uses 80 when stdout is not a terminal. */
  readonly terminalWidth?: number;
  /** `--color on`: the CLI's colorama styling. */
  readonly color?: boolean;
}

const STYLE_RESET = '\x1b[0m';

interface Styler {
  title(text: string): string;
  rowElement(text: string): string;
  indentation(text: string): string;
}

const PLAIN: Styler = { title: (t) => t, rowElement: (t) => t, indentation: (t) => t };
const COLORIZED: Styler = {
  title: (t) => t,
  rowElement: (t) => `\x1b[1m\x1b[34m${t}${STYLE_RESET}`,
  indentation: (t) => `\x1b[2m\x1b[33m${t}${STYLE_RESET}`,
};

/** Python's unicodedata.east_asian_width in ('W', 'F', 'A') counts double; approximated by ranges. */
function textLength(text: string): number {
  let length = 0;
  for (const ch of text) length += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return length;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function centerText(text: string, length: number, leftEdge: string, rightEdge: string, textLen = textLength(text)): string {
  const charStart = Math.floor(length / 2) - Math.floor(textLen / 2) - 1;
  const lengthSoFar = textLength(leftEdge) + charStart + textLen;
  const rightSpaces = length - textLength(rightEdge) - lengthSoFar;
  return leftEdge + ' '.repeat(Math.max(0, charStart)) + text + ' '.repeat(Math.max(0, rightSpaces)) + rightEdge;
}

function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string, textLen: number): string {
  const computed = textLen + 2 + textLength(leftEdge) + textLength(rightEdge);
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = leftEdge.length + padding + textLen;
  return leftEdge + ' '.repeat(padding) + text + ' '.repeat(Math.max(0, length - soFar - rightEdge.length)) + rightEdge;
}

class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private numCols: number | undefined;
  private maxWidths: number[] = [];

  calculateColumnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const total = unscaled.reduce((a, b) => a + b, 0);
    const scale = maxWidth / total;
    const scaled = unscaled.map((w) => pyRound(scale * w));
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = [...scaled.keys()];
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i] -= 1;
          offBy -= 1;
        } else {
          scaled[i] += 1;
          offBy += 1;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding = 0, withBorder = false, outerPadding = 0): number {
    let total = 0;
    for (const w of this.calculateColumnWidths()) total += w + padding;
    if (withBorder) total += 2;
    total += outerPadding * 2;
    return Math.max(textLength(this.title) + 2 + outerPadding * 2, total);
  }

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers);
    if (this.numCols === undefined) this.numCols = headers.length;
    this.headers = headers;
  }

  addRow(row: PyValue[]): void {
    if (this.numCols === undefined) this.numCols = row.length;
    if (row.length !== this.numCols) throw new Error(`Row should have ${this.numCols} elements, instead it has ${row.length}`);
    const formatted = row.map(pyStr);
    this.rows.push(formatted);
    this.updateMaxWidths(formatted);
  }

  private updateMaxWidths(row: string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = row.map(textLength);
    else row.forEach((el, i) => (this.maxWidths[i] = Math.max(textLength(el), this.maxWidths[i] ?? 0)));
  }
}

/** Python 3's round(): half to even. */
function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

class MultiTable {
  private sections: Section[] = [];
  private current: Section | undefined;

  constructor(
    private readonly terminalWidth: number,
    private readonly styler: Styler,
  ) {}

  newSection(title: string, indentLevel = 0): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indentLevel = indentLevel;
    this.sections.push(this.current);
  }

  addRowHeader(headers: string[]): void {
    this.section().addHeader(headers);
  }

  addRow(row: PyValue[]): void {
    this.section().addRow(row);
  }

  private section(): Section {
    if (!this.current) {
      this.current = new Section();
      this.sections.push(this.current);
    }
    return this.current;
  }

  /** The stream writes, one entry per `write()` call (colorama resets the style after each). */
  render(): string[] {
    let maxWidth = this.maxWidth();
    if (maxWidth > this.terminalWidth) {
      this.convertToVertical();
      maxWidth = this.maxWidth();
    }
    const out: string[] = [`${'-'.repeat(maxWidth)}\n`];
    for (const section of this.sections) this.renderSection(section, maxWidth, out);
    return out;
  }

  private convertToVertical(): void {
    this.sections = this.sections.map((section) => {
      if (section.rows.length !== 1 || section.headers.length === 0) return section;
      const vertical = new Section();
      vertical.title = section.title;
      vertical.indentLevel = section.indentLevel;
      section.headers.forEach((header, i) => {
        if (i < section.rows[0].length) vertical.addRow([header, section.rows[0][i]]);
      });
      return vertical;
    });
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, true, s.indentLevel)));
  }

  private renderSection(section: Section, maxWidth: number, out: string[]): void {
    const indent = this.styler.indentation('|').repeat(section.indentLevel);
    const write = (text: string) => {
      out.push(indent);
      if (text.endsWith('\n')) out.push(text.slice(0, -1), indent, '\n');
      else out.push(text);
    };
    const width = maxWidth - section.indentLevel * 2;
    if (section.title) {
      write(`${centerText(this.styler.title(section.title), width, '|', '|', textLength(section.title))}\n`);
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+\n`);
    }
    if (section.headers.length > 0) {
      const widths = section.calculateColumnWidths(4, width);
      let current = '';
      section.headers.forEach((header, i) => {
        if (i >= widths.length) return;
        current += centerText(header, widths[i], i === 0 ? '|' : '', '|', textLength(header));
      });
      write(lineBreak(widths));
      write(`${current}\n`);
    }
    if (section.rows.length > 0) {
      const widths = section.calculateColumnWidths(4, width);
      if (widths.length === 0) return;
      write(lineBreak(widths));
      for (const row of section.rows) {
        let current = '';
        row.forEach((element, i) => {
          if (i >= widths.length) return;
          current += alignLeft(this.styler.rowElement(element), widths[i], i === 0 ? '|' : '', '|', textLength(element));
        });
        write(`${current}\n`);
      }
      write(lineBreak(widths));
    }
  }
}

function lineBreak(widths: number[]): string {
  return `${widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('')}\n`;
}

function isScalar(value: PyValue): boolean {
  return !Array.isArray(value) && !isPyDict(value);
}

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function groupScalarKeys(current: PyDict): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const [key, value] of Object.entries(current)) (isScalar(value) ? headers : more).push(key);
  return [sortedKeys(headers), sortedKeys(more)];
}

function isTruthy(value: PyValue): boolean {
  if (value === null || value === false || value === '' || value === 0) return false;
  if (value instanceof PyFloat) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isPyDict(value)) return Object.keys(value).length > 0;
  return true;
}

export function formatTable(title: string, value: PyValue, options: TableOptions = {}): string {
  const table = new MultiTable(options.terminalWidth ?? 80, options.color ? COLORIZED : PLAIN);

  const buildTable = (sectionTitle: string | undefined, current: PyValue, indentLevel = 0): boolean => {
    if (!isTruthy(current)) return false;
    if (sectionTitle !== undefined) table.newSection(sectionTitle, indentLevel);
    if (Array.isArray(current)) {
      if (isPyDict(current[0])) buildSubTableFromList(current as PyDict[], indentLevel, sectionTitle);
      else {
        for (const item of current) {
          if (isScalar(item)) table.addRow([item]);
          else if (Array.isArray(item) && item.every(isScalar)) table.addRow(item);
          else if (isPyDict(item) && Object.keys(item).every((k) => isScalar(k))) table.addRow(Object.keys(item));
          else buildTable(undefined, item);
        }
      }
    }
    if (isPyDict(current)) buildSubTableFromDict(current, indentLevel);
    return true;
  };

  const buildSubTableFromDict = (current: PyDict, indentLevel: number) => {
    const [headers, more] = groupScalarKeys(current);
    if (headers.length === 1) table.addRow([headers[0], current[headers[0]]]);
    else if (headers.length > 0) {
      table.addRowHeader(headers);
      table.addRow(headers.map((k) => current[k]));
    }
    for (const remaining of more) buildTable(remaining, current[remaining], indentLevel + 1);
  };

  const buildSubTableFromList = (current: PyDict[], indentLevel: number, sectionTitle: string | undefined) => {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of current) {
      if (!isPyDict(item)) continue;
      const [h, m] = groupScalarKeys(item);
      h.forEach((k) => headerSet.add(k));
      m.forEach((k) => moreSet.add(k));
    }
    const headers = sortedKeys(headerSet);
    const more = sortedKeys(moreSet);
    table.addRowHeader(headers);
    let first = true;
    for (const element of current) {
      if (!first && more.length > 0) {
        table.newSection(sectionTitle ?? '', indentLevel);
        table.addRowHeader(headers);
      }
      first = false;
      table.addRow(headers.map((h) => (isPyDict(element) && Object.prototype.hasOwnProperty.call(element, h) ? element[h] : '')));
      for (const remaining of more) {
        if (isPyDict(element) && Object.prototype.hasOwnProperty.call(element, remaining)) {
          buildTable(remaining, element[remaining], indentLevel + 1);
        }
      }
    }
  };

  if (!buildTable(title, value)) return '';
  const writes = table.render();
  // `--color on` wraps stdout in colorama with autoreset: every write is followed by a reset.
  return options.color ? writes.map((w) => w + STYLE_RESET).join('') : writes.join('');
}
