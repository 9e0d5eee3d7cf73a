/**
 * Bash brace expansion of one unquoted text run: `{1..3}`, `{01..10..3}`, `{a..e}`, `{x,y,z}`,
 * nested and with preamble/postscript (`db-{a,b}-1`). Text without a valid brace group is returned
 * unchanged, as bash does.
 */
export const MAX_BRACE_WORDS = 10_000;

/** Too many words from one brace expression (the terminal refuses rather than exhausting memory). */
export class BraceExpansionTooLarge extends Error {}

export function expandBraces(text: string): string[] {
  const group = findGroup(text);
  if (!group) return [text];
  const { start, end, alternatives } = group;
  const preamble = text.slice(0, start);
  const postscript = text.slice(end + 1);
  const results: string[] = [];
  for (const alternative of alternatives) {
    for (const tail of expandBraces(postscript)) {
      for (const expanded of expandBraces(alternative)) {
        results.push(preamble + expanded + tail);
        if (results.length > MAX_BRACE_WORDS) throw new BraceExpansionTooLarge(text);
      }
    }
  }
  return results;
}

interface BraceGroup {
  readonly start: number;
  readonly end: number;
  readonly alternatives: string[];
}

function findGroup(text: string): BraceGroup | undefined {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          const body = text.slice(start + 1, i);
          if (commas.length > 0) {
            const alternatives: string[] = [];
            let from = start + 1;
            for (const comma of commas) {
              alternatives.push(text.slice(from, comma));
              from = comma + 1;
            }
            alternatives.push(text.slice(from, i));
            return { start, end: i, alternatives };
          }
          const sequence = expandSequence(body);
          if (sequence) return { start, end: i, alternatives: sequence };
          break;
        }
      } else if (c === ',' && depth === 1) commas.push(i);
    }
  }
  return undefined;
}

function expandSequence(body: string): string[] | undefined {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (numeric) {
    const [, a, b, stepText] = numeric;
    const from = Number(a);
    const to = Number(b);
    const step = Math.abs(Number(stepText ?? '1')) || 1;
    const width = /^-?0\d/.test(a) || /^-?0\d/.test(b) ? Math.max(a.length, b.length) : 0;
    const out: string[] = [];
    if (Math.abs(to - from) / step > 10_000) return undefined;
    for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) {
      const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0');
      out.push(n < 0 ? `-${digits}` : digits);
    }
    return out;
  }
  const alpha = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (alpha) {
    const from = alpha[1].charCodeAt(0);
    const to = alpha[2].charCodeAt(0);
    const step = Math.abs(Number(alpha[3] ?? '1')) || 1;
    const out: string[] = [];
    for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) out.push(String.fromCharCode(n));
    return out;
  }
  return undefined;
}
