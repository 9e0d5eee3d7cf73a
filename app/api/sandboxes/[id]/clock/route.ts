import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { readJsonBody, requiredString } from '@/api/read-json-body';
import { parseDuration } from '@/sandboxes/virtual-clock';
import { getAppServices } from '@/server/app-services';

/** POST /api/sandboxes/{id}/clock {"advance": "15m"} -> {now}: fast-forwards the virtual clock. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    await services.sandboxes.find(id, await requireLearner(services, request));
    const ms = parseDuration(requiredString(await readJsonBody(request), 'advance', 20));
    const now = await services.sandboxes.advanceClock(id, ms, 'api');
    return Response.json({ now: new Date(now).toISOString() });
  } catch (error) {
    return errorResponse(error);
  }
}
