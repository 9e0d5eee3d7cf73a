import type { CliCatalogView, CliCommandOption, CliCommandOptionsView } from './cli-catalog-types';

// The CLI catalog, fetched once per page and once per command: completion asks on every keystroke,
// the warnings on every pause. A failed request is forgotten, so the next one asks again.
let catalog: Promise<CliCatalogView> | undefined;
const pendingOptions = new Map<string, Promise<readonly CliCommandOption[] | undefined>>();
const loadedOptions = new Map<string, readonly CliCommandOption[] | undefined>();

async function getJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export function loadCliCatalog(): Promise<CliCatalogView> {
  if (!catalog) {
    const request = getJson<CliCatalogView>('/api/cli/catalog').then((view) => {
      if (!view) throw new Error('The CLI catalog is missing.');
      return view;
    });
    request.catch(() => {
      if (catalog === request) catalog = undefined;
    });
    catalog = request;
  }
  return catalog;
}

function keyOf(service: string, command: readonly string[]): string {
  return [service, ...command].join(' ');
}

/** The options of `aws <service> <command...>`; `undefined` when the CLI has no such command. */
export function loadCliCommandOptions(service: string, command: readonly string[]): Promise<readonly CliCommandOption[] | undefined> {
  const key = keyOf(service, command);
  let pending = pendingOptions.get(key);
  if (!pending) {
    const path = `/api/cli/catalog/${[service, ...command].map(encodeURIComponent).join('/')}`;
    pending = getJson<CliCommandOptionsView>(path).then((view) => {
      loadedOptions.set(key, view?.options);
      return view?.options;
    });
    pending.catch(() => pendingOptions.delete(key));
    pendingOptions.set(key, pending);
  }
  return pending;
}

/** What is loaded already, without waiting: `'loading'` when it is not (yet). */
export function peekCliCommandOptions(service: string, command: readonly string[]): readonly CliCommandOption[] | undefined | 'loading' {
  const key = keyOf(service, command);
  return loadedOptions.has(key) ? loadedOptions.get(key) : 'loading';
}
