import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { sandboxView } from '@/api/sandbox-view';
import { getAppServices } from '@/server/app-services';

/** GET /api/sandboxes/{id} -> the sandbox and its virtual time (owner only). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    const record = await services.sandboxes.find(id, await requireLearner(services, request));
    const now = await services.sandboxes.now(id);
    return Response.json({ ...sandboxView(services, record, request), now: new Date(now).toISOString() });
  } catch (error) {
    return errorResponse(error);
  }
}
