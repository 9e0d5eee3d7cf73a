import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { describeAvailabilityZones } from './availability-zones/describe-availability-zones';
import { authorizeSecurityGroupEgress } from './security-groups/authorize-security-group-egress';
import { authorizeSecurityGroupIngress } from './security-groups/authorize-security-group-ingress';
import { createSecurityGroup } from './security-groups/create-security-group';
import { deleteSecurityGroup } from './security-groups/delete-security-group';
import { describeSecurityGroupRules } from './security-groups/describe-security-group-rules';
import { describeSecurityGroups } from './security-groups/describe-security-groups';
import { revokeSecurityGroupEgress } from './security-groups/revoke-security-group-egress';
import { revokeSecurityGroupIngress } from './security-groups/revoke-security-group-ingress';
import { describeSubnets } from './subnets/describe-subnets';
import { createTags } from './tags/create-tags';
import { deleteTags } from './tags/delete-tags';
import { describeVpcs } from './vpcs/describe-vpcs';

export const ec2Handlers: ServiceHandlers = {
  service: 'ec2',
  operations: {
    DescribeVpcs: describeVpcs,
    DescribeSubnets: describeSubnets,
    DescribeSecurityGroups: describeSecurityGroups,
    DescribeSecurityGroupRules: describeSecurityGroupRules,
    DescribeAvailabilityZones: describeAvailabilityZones,
    CreateSecurityGroup: createSecurityGroup,
    DeleteSecurityGroup: deleteSecurityGroup,
    AuthorizeSecurityGroupIngress: authorizeSecurityGroupIngress,
    AuthorizeSecurityGroupEgress: authorizeSecurityGroupEgress,
    RevokeSecurityGroupIngress: revokeSecurityGroupIngress,
    RevokeSecurityGroupEgress: revokeSecurityGroupEgress,
    CreateTags: createTags,
    DeleteTags: deleteTags,
  },
  transitions: {},
};
