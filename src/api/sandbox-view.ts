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

/** The public description of a sandbox (DESIGN.md's contract), with its endpoint on this host. */
export function sandboxView(services: AppServices, record: SandboxRecord, request: Request): SandboxView {
  const origin = new URL(request.url).origin;
  return {
    id: record.id,
    lab: record.labSlug,
    endpointUrl: `${origin}${services.awsEndpointPath}`,
    region: record.region,
    accessKeyId: record.accessKeyId,
    secretAccessKey: record.secretAccessKey,
    expiresAt: record.expiresAt.toISOString(),
  };
}
