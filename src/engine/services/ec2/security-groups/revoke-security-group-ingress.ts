import type { RevokeSecurityGroupIngressRequest, RevokeSecurityGroupIngressResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { requestedSecurityGroup } from './find-security-group';
import { revokeRules } from './revoke-rules';

export const revokeSecurityGroupIngress = defineOperation<RevokeSecurityGroupIngressRequest, RevokeSecurityGroupIngressResult>(
  (ctx, input) => revokeRules(ctx, requestedSecurityGroup(ctx.regionState.ec2, input), false, input),
);
