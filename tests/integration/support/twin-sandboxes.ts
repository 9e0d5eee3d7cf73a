import type { RunningAppServer } from '../../../src/server/start-app-server';
import type { NewSandboxIdentity } from '../../../src/sandboxes/sandbox-credentials';
import { startEndpointServer, type TestSandbox } from './test-servers';

/** A fixed real instant: with it, virtual time stands still unless a command fast-forwards it. */
const FROZEN_REAL_NOW = Date.parse('2026-11-27T10:00:00.000Z');

export interface TwinSandbox {
  readonly server: RunningAppServer;
  readonly sandbox: TestSandbox;
  /** The owning guest learner's session token (the `aurora_session` cookie's value). */
  readonly sessionToken: string;
}

/**
 * A sandbox in a server of its own whose identity (ids, account, keys, seed) and real clock are
 * fixed: two of them start identical and, fed the same commands, stay identical — so the real CLI
 * can run against one and the emulator against the other, and their outputs compared byte for byte.
 */
export async function twinSandbox(identity: NewSandboxIdentity): Promise<TwinSandbox> {
  const server = await startEndpointServer({ sandboxOptions: { realNow: () => FROZEN_REAL_NOW, newIdentity: () => identity } });
  const { learnerId, token } = await server.services.learners.createGuest(new Date());
  const record = await server.services.labSandboxes.create(learnerId, null);
  return { server, sandbox: { ...record, endpointUrl: `${server.url}/aws` }, sessionToken: token };
}
