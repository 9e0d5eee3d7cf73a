import { errorResponse } from '@/api/error-response';
import { currentLearner } from '@/api/learner-session';
import { sandboxView } from '@/api/sandbox-view';
import { getAppServices } from '@/server/app-services';

/**
 * GET /api/labs/{slug}/sandbox -> the learner's latest live sandbox for the lab, so a reload resumes
 * it; 204 when there is none yet (the usual first visit, not an error a browser should log).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const services = getAppServices();
    const { slug } = await params;
    const learnerId = await currentLearner(services, request);
    const record = learnerId ? await services.sandboxes.findLatestForLab(learnerId, slug) : undefined;
    if (!record) return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    const now = await services.sandboxes.now(record.id);
    return Response.json({ ...sandboxView(services, record, request), now: new Date(now).toISOString() });
  } catch (error) {
    return errorResponse(error);
  }
}
