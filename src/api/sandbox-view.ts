import type { SandboxRecord } from '../db/sandbox-record';
import type { AppServices } from '../server/app-services';

export interface SandboxView {
  readonly id: string;
  readonly lab: string | null;
  readonly endpointUrl: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly expiresAt: string;
}

/**
 * The origin the client used: its Host header (Next's `request.url` carries the server's configured
 * hostname instead), and the scheme a proxy in front reports.
 */
function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto.split(',')[0].trim()}://${host.split(',')[0].trim()}`;
}

/** The public description of a sandbox (DESIGN.md's contract), with its endpoint on this host. */
export function sandboxView(services: AppServices, record: SandboxRecord, request: Request): SandboxView {
  return {
    id: record.id,
    lab: record.labSlug,
    endpointUrl: `${requestOrigin(request)}${services.awsEndpointPath}`,
    region: record.region,
    accessKeyId: record.accessKeyId,
    secretAccessKey: record.secretAccessKey,
    expiresAt: record.expiresAt.toISOString(),
  };
}
