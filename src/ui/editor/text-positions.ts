/** Offsets in a `\n`-separated text <-> Monaco's 1-based line and column. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  at(offset: number): { readonly lineNumber: number; readonly column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { lineNumber: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  offsetOf(lineNumber: number, column: number): number {
    return (this.lineStarts[lineNumber - 1] ?? 0) + column - 1;
  }
}
