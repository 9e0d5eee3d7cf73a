/** The grader describes what it wanted in words (`equals "available"`, `is at least 2`): shown as is. */
export function formatExpected(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : formatJson(value);
}

/** What the check's query found, as the CLI's JSON output would show it. */
export function formatActual(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  return formatJson(value);
}

function formatJson(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    return json.length > 160 ? JSON.stringify(value, null, 2) : json;
  } catch {
    return String(value);
  }
}
