import type { LearnerRepository } from '../db/learner-repository';
import type { LabDefinition } from '../labs/lab-definition';
import type { LabSandboxes } from '../sandboxes/lab-sandboxes';
import type { SandboxService } from '../sandboxes/sandbox-service';

/** What the route handlers delegate to. Built once by the custom server, shared with Next's bundle. */
export interface AppServices {
  readonly sandboxes: SandboxService;
  readonly labSandboxes: LabSandboxes;
  readonly learners: LearnerRepository;
  readonly loadLab: (slug: string) => Promise<LabDefinition | undefined>;
  /** Whether a visitor without a session gets a guest learner. */
  readonly guestsEnabled: boolean;
  /** Path of the AWS endpoint on this server, e.g. `/aws`. */
  readonly awsEndpointPath: string;
}

// Next bundles route handlers separately from the custom server, so a module-level variable would
// exist twice; a global symbol is the one place both copies see.
const KEY = Symbol.for('aurora-lab.app-services');
type Holder = { [KEY]?: AppServices };

export class AppNotStartedError extends Error {
  constructor() {
    super('Aurora Lab services are not running in this process: start the app with `npm start`.');
    this.name = 'AppNotStartedError';
  }
}

export function setAppServices(services: AppServices): void {
  (globalThis as Holder)[KEY] = services;
}

export function getAppServices(): AppServices {
  const services = (globalThis as Holder)[KEY];
  if (!services) throw new AppNotStartedError();
  return services;
}
