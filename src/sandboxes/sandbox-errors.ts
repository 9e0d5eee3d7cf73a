/** The sandbox does not exist, has expired, or belongs to someone else (indistinguishable on purpose). */
export class SandboxNotFoundError extends Error {
  constructor(readonly sandboxId: string) {
    super(`No sandbox ${sandboxId} for this learner.`);
    this.name = 'SandboxNotFoundError';
  }
}
