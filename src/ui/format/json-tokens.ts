export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'text';

export interface JsonToken {
  readonly kind: JsonTokenKind;
  readonly text: string;
}

const JSON_TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([^"\d\-tfn]+|.)/g;

/** Colours pretty-printed JSON (keys, strings, numbers, literals); everything else passes as text. */
export function tokenizeJson(json: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  for (const match of json.matchAll(JSON_TOKEN)) {
    const [text, string, colon, number, literal] = match;
    if (string !== undefined) {
      tokens.push({ kind: colon ? 'key' : 'string', text: string });
      if (colon) tokens.push({ kind: 'text', text: colon });
    } else if (number !== undefined) tokens.push({ kind: 'number', text });
    else if (literal !== undefined) tokens.push({ kind: 'literal', text });
    else tokens.push({ kind: 'text', text });
  }
  return tokens;
}

/** The document as the CLI printed it when it is already indented (exact, e.g. `16.0` stays); else indented. */
function prettyOne(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return text.includes('\n') ? text : JSON.stringify(parsed, null, 2);
  } catch {
    return undefined;
  }
}

/**
 * Pretty-prints `text` when it is JSON: one object or array, or several printed one after another
 * (a script of commands run at once). `undefined` for anything else.
 */
export function prettyJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return undefined;
  const whole = prettyOne(trimmed);
  if (whole !== undefined) return whole;
  // The CLI starts each document's closing brace and the next opening brace at column 0.
  const documents = trimmed.split(/\n(?=[{[])/);
  if (documents.length < 2) return undefined;
  const pretty = documents.map(prettyOne);
  return pretty.every((document) => document !== undefined) ? pretty.join('\n') : undefined;
}
