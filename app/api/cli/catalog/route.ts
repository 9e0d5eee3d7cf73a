import { cacheableJson } from '@/api/cacheable-json';
import { errorResponse } from '@/api/error-response';
import { cliCatalog } from '@/cli/cli-catalog';
import { REGIONS } from '@/engine/sandbox/regions';

/**
 * GET /api/cli/catalog -> the CLI's services (with their commands and waiters), its global options
 * and the regions a sandbox accepts: what the editor completes before it knows the operation.
 */
export function GET(request: Request): Response {
  try {
    return cacheableJson(request, { ...cliCatalog(), regions: Object.keys(REGIONS) });
  } catch (error) {
    return errorResponse(error);
  }
}
