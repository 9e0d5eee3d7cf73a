import { POST } from '../../../app/api/sandboxes/[id]/cli/route';
import type { CliResult } from '../../../src/cli/cli-host';
import { SESSION_COOKIE } from '../../../src/api/learner-session';
import { setAppServices } from '../../../src/server/app-services';
import type { TwinSandbox } from './twin-sandboxes';

/**
 * Runs a command as the browser does: `POST /api/sandboxes/{id}/cli` with the learner's session
 * cookie, through the route handler Next serves. The endpoint-only test server has no Next, so the
 * handler is called directly, with this twin's services as the app's.
 */
export async function runThroughCliRoute(twin: TwinSandbox, command: string): Promise<CliResult> {
  setAppServices(twin.server.services);
  const url = `${twin.server.url}/api/sandboxes/${twin.sandbox.id}/cli`;
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${encodeURIComponent(twin.sessionToken)}` },
    body: JSON.stringify({ command }),
  });
  const response = await POST(request, { params: Promise.resolve({ id: twin.sandbox.id }) });
  const body = (await response.json()) as CliResult | { error: { code: string; message: string } };
  if (response.status !== 200 || 'error' in body) throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}
