import type { GetCallerIdentityRequest, GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import { defineOperation } from '../../sandbox/service-handlers';
import { learnerIdentity } from './learner-identity';

export const getCallerIdentity = defineOperation<GetCallerIdentityRequest, GetCallerIdentityResponse>((ctx) => {
  const learner = learnerIdentity(ctx.state.identity);
  return { UserId: learner.userId, Account: ctx.accountId, Arn: learner.arn };
});
