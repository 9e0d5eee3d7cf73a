import { invalidParameterCombination } from '../ec2-errors';
import type { RuleRequest } from './requested-rules';

/**
 * The egress operations model the top-level `CidrIp`/`IpProtocol`/`FromPort`/`ToPort`/
 * `SourceSecurityGroup*` members but document them as "Not supported. Use IP permissions instead."
 */
export function refuseOutboundSimpleForm(request: RuleRequest): void {
  const named = (['CidrIp', 'IpProtocol', 'FromPort', 'ToPort', 'SourceSecurityGroupName', 'SourceSecurityGroupOwnerId'] as const).find(
    (member) => request[member] !== undefined,
  );
  if (named) throw invalidParameterCombination(`The parameter ${named} is not supported for outbound rules. Use IpPermissions instead.`);
}
