import { pyJsonDumpsIndented } from '../python/py-json';
import { isPyDict, type PyValue } from '../python/py-value';

/** `--output json` (awscli JSONFormatter): 4-space indent; nothing at all for an empty response. */
export function formatJson(value: PyValue): string {
  if (isPyDict(value) && Object.keys(value).length === 0) return '';
  return `${pyJsonDumpsIndented(value)}\n`;
}
