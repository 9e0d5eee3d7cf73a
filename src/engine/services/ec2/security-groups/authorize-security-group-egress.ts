import type { AuthorizeSecurityGroupEgressRequest, AuthorizeSecurityGroupEgressResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { authorizeRules } from './authorize-rules';
import { securityGroupById } from './find-security-group';
import { refuseOutboundSimpleForm } from './outbound-simple-form';

export const authorizeSecurityGroupEgress = defineOperation<AuthorizeSecurityGroupEgressRequest, AuthorizeSecurityGroupEgressResult>(
  (ctx, input) => {
    const group = securityGroupById(ctx.regionState.ec2, input.GroupId ?? '');
    refuseOutboundSimpleForm(input);
    return authorizeRules(ctx, group, true, input);
  },
);
