import { formatJson } from '../output/output-json';
import { formatTable } from '../output/output-table';
import { formatText } from '../output/output-text';
import { formatYaml } from '../output/output-yaml';
import { isPyDict, type PyDict, type PyValue } from '../python/py-value';
import type { GlobalOptions } from './global-options';
import { buildFullResult, textPages, type PaginatedResult } from './operation-invoker';

export type ResponseData = { readonly paginated: false; readonly data: PyDict } | { readonly paginated: true; readonly result: PaginatedResult };

export interface DisplayOptions {
  readonly terminalWidth?: number;
}

/** awscli/formatter.py: apply `--query`, then print in the chosen `--output` format. */
export function displayResponse(operationName: string, response: ResponseData, globals: GlobalOptions, options: DisplayOptions = {}): string {
  if (globals.output === 'text') {
    // The text formatter prints page by page, applying --query to each page.
    const pages = response.paginated ? textPages(response.result) : [response.data];
    return pages.map((page) => formatText(applyQuery(page, globals))).join('');
  }
  if (globals.output === 'yaml-stream') {
    const pages = response.paginated ? response.result.pages : [response.data];
    return pages
      .map((page) => applyQuery(page, globals))
      .filter((page) => !(isPyDict(page) && Object.keys(page).length === 0))
      .map((page) => formatYaml([page]))
      .join('');
  }
  const data = applyQuery(response.paginated ? buildFullResult(response.result) : response.data, globals);
  switch (globals.output) {
    case 'table':
      return formatTable(operationName, data, { terminalWidth: options.terminalWidth, color: globals.color === 'on' });
    case 'yaml':
      return formatYaml(data);
    default:
      return formatJson(data);
  }
}

function applyQuery(data: PyValue, globals: GlobalOptions): PyValue {
  return globals.query ? globals.query.search(data) : data;
}
