import { LabSetupError } from '../sandboxes/lab-sandboxes';
import { SandboxNotFoundError } from '../sandboxes/sandbox-errors';
import { InvalidDurationError } from '../sandboxes/virtual-clock';
import { AppNotStartedError } from '../server/app-services';
import { ApiError } from './api-error';

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/** Maps what a route's delegate threw to the JSON error the UI and scripts read. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return jsonError(error.status, error.code, error.message);
  if (error instanceof SandboxNotFoundError) return jsonError(404, 'SandboxNotFound', error.message);
  if (error instanceof InvalidDurationError) return jsonError(400, 'InvalidDuration', error.message);
  if (error instanceof AppNotStartedError) return jsonError(503, 'NotStarted', error.message);
  if (error instanceof LabSetupError) {
    console.error(error);
    return jsonError(500, 'LabSetupFailed', 'The lab could not prepare its sandbox. This is a bug in the lab; please report it.');
  }
  console.error('api: internal error', error);
  return jsonError(500, 'InternalError', 'Something went wrong on our side. Your work is saved; please try again.');
}
