import type { RevokeSecurityGroupEgressRequest, RevokeSecurityGroupEgressResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { securityGroupById } from './find-security-group';
import { refuseOutboundSimpleForm } from './outbound-simple-form';
import { revokeRules } from './revoke-rules';

export const revokeSecurityGroupEgress = defineOperation<RevokeSecurityGroupEgressRequest, RevokeSecurityGroupEgressResult>((ctx, input) => {
  const group = securityGroupById(ctx.regionState.ec2, input.GroupId ?? '');
  refuseOutboundSimpleForm(input);
  return revokeRules(ctx, group, true, input);
});
