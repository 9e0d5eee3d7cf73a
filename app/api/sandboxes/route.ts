import { ApiError } from '@/api/api-error';
import { errorResponse } from '@/api/error-response';
import { learnerOrGuest } from '@/api/learner-session';
import { optionalString, readJsonBody } from '@/api/read-json-body';
import { sandboxView } from '@/api/sandbox-view';
import { getAppServices } from '@/server/app-services';

/** POST /api/sandboxes {"lab"?: slug} -> 201 the new sandbox (and a guest session cookie if needed). */
export async function POST(request: Request): Promise<Response> {
  try {
    const services = getAppServices();
    const body = await readJsonBody(request);
    const slug = optionalString(body, 'lab');
    const lab = slug === undefined ? null : await services.loadLab(slug);
    if (lab === undefined) throw new ApiError(404, 'LabNotFound', `There is no lab "${slug}".`);
    const { learnerId, setCookie } = await learnerOrGuest(services, request);
    const record = await services.labSandboxes.create(learnerId, lab);
    const headers = setCookie ? { 'set-cookie': setCookie } : undefined;
    return Response.json(sandboxView(services, record, request), { status: 201, headers });
  } catch (error) {
    return errorResponse(error);
  }
}
