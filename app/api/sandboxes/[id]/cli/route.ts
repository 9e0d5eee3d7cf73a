import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { readJsonBody, requiredString } from '@/api/read-json-body';
import { getAppServices } from '@/server/app-services';

/** POST /api/sandboxes/{id}/cli {"command"} -> {stdout, stderr, exitCode} from the CLI emulator. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    const record = await services.sandboxes.find(id, await requireLearner(services, request));
    const command = requiredString(await readJsonBody(request), 'command', 100_000);
    return Response.json(await services.labSandboxes.runCommand(record, command, 'cli'));
  } catch (error) {
    return errorResponse(error);
  }
}
