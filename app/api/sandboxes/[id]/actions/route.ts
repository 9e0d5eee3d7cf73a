import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { getAppServices } from '@/server/app-services';

/** GET /api/sandboxes/{id}/actions -> the action log ("show me what I did"). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    await services.sandboxes.find(id, await requireLearner(services, request));
    const actions = await services.sandboxes.actions(id);
    return Response.json({ actions: actions.map((a) => ({ ...a, at: new Date(a.at).toISOString() })) });
  } catch (error) {
    return errorResponse(error);
  }
}
