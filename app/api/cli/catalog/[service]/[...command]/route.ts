import { ApiError } from '@/api/api-error';
import { cacheableJson } from '@/api/cacheable-json';
import { errorResponse } from '@/api/error-response';
import { cliCommandOptions } from '@/cli/cli-catalog';

/**
 * GET /api/cli/catalog/{service}/{operation} (or /{service}/wait/{waiter}) -> the options the CLI's
 * parser accepts for that command: name, type, required, arity, enum values.
 */
export async function GET(request: Request, { params }: { params: Promise<{ service: string; command: string[] }> }): Promise<Response> {
  try {
    const { service, command } = await params;
    const options = await cliCommandOptions(service, command);
    if (!options) {
      throw new ApiError(404, 'UnknownCommand', `The AWS CLI has no command "aws ${[service, ...command].join(' ')}" with options.`);
    }
    return cacheableJson(request, { service, command, options });
  } catch (error) {
    return errorResponse(error);
  }
}
