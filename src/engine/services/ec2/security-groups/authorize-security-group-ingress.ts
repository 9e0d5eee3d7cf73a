import type { AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { authorizeRules } from './authorize-rules';
import { requestedSecurityGroup } from './find-security-group';

export const authorizeSecurityGroupIngress = defineOperation<AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResult>(
  (ctx, input) => authorizeRules(ctx, requestedSecurityGroup(ctx.regionState.ec2, input), false, input),
);
