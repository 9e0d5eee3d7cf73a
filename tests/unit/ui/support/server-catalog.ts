import { cliCatalog, cliCommandOptions, type CliCommandOption } from '../../../../src/cli/cli-catalog';
import { REGIONS } from '../../../../src/engine/sandbox/regions';
import type { CliCatalogView } from '../../../../src/ui/api/cli-catalog-types';
import type { CommandOptionsLookup, CommandRef } from '../../../../src/ui/editor/cli-diagnostics';

/** The catalog the routes serve, built in-process, with a lookup that is filled on request as the browser's cache is. */
export class ServerCatalog {
  readonly catalog: CliCatalogView = { ...cliCatalog(), regions: Object.keys(REGIONS) };
  private readonly loaded = new Map<string, readonly CliCommandOption[] | undefined>();

  readonly optionsFor: CommandOptionsLookup = (service, command) => {
    const key = [service, ...command].join(' ');
    return this.loaded.has(key) ? this.loaded.get(key) : 'loading';
  };

  async load(refs: readonly CommandRef[]): Promise<void> {
    for (const { service, command } of refs) this.loaded.set([service, ...command].join(' '), await cliCommandOptions(service, command));
  }

  /** Runs `analyse` until it no longer asks for options that are not loaded yet. */
  async settle<T extends { readonly needs: readonly CommandRef[] }>(analyse: () => T): Promise<T> {
    for (;;) {
      const result = analyse();
      if (result.needs.length === 0) return result;
      await this.load(result.needs);
    }
  }
}
