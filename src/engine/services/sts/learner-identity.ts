import { DeterministicIds } from '../../sandbox/deterministic-ids';
import type { SandboxIdentity } from '../../sandbox/sandbox-identity';

/** The IAM user name the sandbox's credentials belong to. */
export const LEARNER_USER_NAME = 'learner';

export interface LearnerIdentity {
  /** An IAM user's unique id: `AIDA` and 17 characters. */
  readonly userId: string;
  readonly arn: string;
}

/**
 * Who the sandbox's access key belongs to: an IAM user `learner` of the sandbox's account, as a
 * long-term access key of an IAM user is on AWS. Fixed per sandbox (derived from its seed alone, so
 * a read such as GetCallerIdentity never spends an id).
 */
export function learnerIdentity(identity: SandboxIdentity): LearnerIdentity {
  return {
    userId: `AIDA${new DeterministicIds(`${identity.seed}/learner-user`, { value: 0 }).upperAlnum(17)}`,
    arn: `arn:aws:iam::${identity.accountId}:user/${LEARNER_USER_NAME}`,
  };
}
