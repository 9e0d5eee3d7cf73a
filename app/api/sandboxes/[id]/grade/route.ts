import { ApiError } from '@/api/api-error';
import { errorResponse } from '@/api/error-response';
import { requireLearner } from '@/api/learner-session';
import { getAppServices } from '@/server/app-services';

/** GET /api/sandboxes/{id}/grade -> per step and per check: passed, points, message, expected, actual. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { id } = await params;
    const record = await services.sandboxes.find(id, await requireLearner(services, request));
    const report = await services.labSandboxes.grade(record);
    if (!report) throw new ApiError(409, 'NoLab', 'This sandbox was not started for a lab, so there is nothing to grade.');
    return Response.json(report);
  } catch (error) {
    return errorResponse(error);
  }
}
