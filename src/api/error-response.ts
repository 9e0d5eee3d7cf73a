import { ApiError } from './api-error';

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/**
 * Maps what a route's delegate threw to the JSON error the UI and scripts read. Errors are told
 * apart by `name`, not `instanceof`: the services run in the custom server's copy of our modules,
 * the route handlers in Next's bundle, so the same class exists twice.
 */
export function errorResponse(error: unknown): Response {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError) return jsonError(error.status, error.code, error.message);
  if (name === 'SandboxNotFoundError') return jsonError(404, 'SandboxNotFound', message);
  if (name === 'InvalidDurationError') return jsonError(400, 'InvalidDuration', message);
  if (name === 'AppNotStartedError') return jsonError(503, 'NotStarted', message);
  if (name === 'LabSetupError') {
    console.error(error);
    return jsonError(500, 'LabSetupFailed', 'The lab could not prepare its sandbox. This is a bug in the lab; please report it.');
  }
  console.error('api: internal error', error);
  return jsonError(500, 'InternalError', 'Something went wrong on our side. Your work is saved; please try again.');
}
