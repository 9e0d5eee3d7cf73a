import type { GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness } from './support/engine-harness';

describe('GetCallerIdentity', () => {
  it('names the sandbox learner, an IAM user of the sandbox account, in any region', () => {
    const h = new Harness();
    h.engine.advanceTo(h.now + 1000);
    const before = h.snapshot();
    const identity = h.call<GetCallerIdentityResponse>('sts', 'GetCallerIdentity', {});
    expect(identity).toEqual({ UserId: expect.stringMatching(/^AIDA[A-Z0-9]{17}$/), Account: ACCOUNT_ID, Arn: `arn:aws:iam::${ACCOUNT_ID}:user/learner` });
    // A read spends no ids, so the state is as it was.
    expect(h.snapshot()).toEqual(before);
    expect(h.call<GetCallerIdentityResponse>('sts', 'GetCallerIdentity', {}, 'eu-west-1')).toEqual(identity);
  });

  it('is fixed per sandbox and differs between sandboxes', () => {
    const id = (seed: string) => new Harness(seed).call<GetCallerIdentityResponse>('sts', 'GetCallerIdentity', {}).UserId;
    expect(id('seed-a')).toBe(id('seed-a'));
    expect(id('seed-a')).not.toBe(id('seed-b'));
  });
});
