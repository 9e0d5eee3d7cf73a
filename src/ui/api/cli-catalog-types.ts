// The HTTP contract of the CLI catalog routes (app/api/cli/catalog/**), as the editor sees it. Type-only
// imports: the catalog's code and the SDK models it reads stay on the server.
import type { CliCatalog, CliCommandOption, CliOptionArity, CliServiceSummary } from '../../cli/cli-catalog';

export type { CliCommandOption, CliOptionArity, CliServiceSummary };

/** `GET /api/cli/catalog` */
export type CliCatalogView = CliCatalog & {
  /** The regions a sandbox accepts. */
  readonly regions: readonly string[];
};

/** `GET /api/cli/catalog/{service}/{command...}` */
export interface CliCommandOptionsView {
  readonly service: string;
  readonly command: readonly string[];
  readonly options: readonly CliCommandOption[];
}
