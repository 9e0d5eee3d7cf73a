import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { describeAvailabilityZones } from './availability-zones/describe-availability-zones';
import { describeSecurityGroups } from './security-groups/describe-security-groups';
import { describeSubnets } from './subnets/describe-subnets';
import { describeVpcs } from './vpcs/describe-vpcs';

export const ec2Handlers: ServiceHandlers = {
  service: 'ec2',
  operations: {
    DescribeVpcs: describeVpcs,
    DescribeSubnets: describeSubnets,
    DescribeSecurityGroups: describeSecurityGroups,
    DescribeAvailabilityZones: describeAvailabilityZones,
  },
  transitions: {},
};
