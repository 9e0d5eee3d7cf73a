import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { sandboxResources } from '@/api/sandbox-resources';
import { getAppServices } from '@/server/app-services';

/** GET /api/sandboxes/{id}/resources -> clusters, instances and subnet groups for the resource panel. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    const record = await services.sandboxes.find(id, await requireLearner(services, request));
    return Response.json(await sandboxResources(services, record));
  } catch (error) {
    return errorResponse(error);
  }
}
