import { ownEntry } from '../../shared/own-entry';
import type { Ec2TagRecord } from '../ec2-tag';
import type { Ec2RegionState } from '../ec2-state';
import { invalidId, securityGroupRuleNotFound, subnetNotFound, vpcNotFound } from '../ec2-errors';
import { securityGroupById } from '../security-groups/find-security-group';

/** The tag list of the sandbox's EC2 resource `resourceId` (VPC, subnet, security group or rule). */
export function tagsOfResource(ec2: Ec2RegionState, resourceId: string): Ec2TagRecord[] {
  const prefix = resourceId.slice(0, resourceId.indexOf('-') + 1);
  switch (prefix) {
    case 'vpc-': {
      const vpc = ownEntry(ec2.vpcs, resourceId);
      if (!vpc) throw vpcNotFound([resourceId]);
      return vpc.tags;
    }
    case 'subnet-': {
      const subnet = ownEntry(ec2.subnets, resourceId);
      if (!subnet) throw subnetNotFound([resourceId]);
      return subnet.tags;
    }
    case 'sg-':
      return securityGroupById(ec2, resourceId).tags;
    case 'sgr-': {
      for (const group of Object.values(ec2.securityGroups)) {
        const rule = group.rules.find((candidate) => candidate.ruleId === resourceId);
        if (rule) return rule.tags;
      }
      throw securityGroupRuleNotFound([resourceId]);
    }
    default:
      throw invalidId(resourceId);
  }
}
