import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { sandboxView } from '@/api/sandbox-view';
import { getAppServices } from '@/server/app-services';

/** POST /api/sandboxes/{id}/reset -> the sandbox, back at its lab's initial state (history kept in the log). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    const record = await services.sandboxes.find(id, await requireLearner(services, request));
    await services.labSandboxes.reset(record);
    return Response.json(sandboxView(services, record, request));
  } catch (error) {
    return errorResponse(error);
  }
}
