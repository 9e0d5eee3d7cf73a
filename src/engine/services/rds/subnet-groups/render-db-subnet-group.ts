import type { DBSubnetGroup } from '@aws-sdk/client-rds';
import { rdsArn } from '../identifiers';
import type { DbSubnetGroupRecord } from './db-subnet-group-record';

export function renderDbSubnetGroup(region: string, accountId: string, group: DbSubnetGroupRecord): DBSubnetGroup {
  return {
    DBSubnetGroupName: group.name,
    DBSubnetGroupDescription: group.description,
    VpcId: group.vpcId,
    SubnetGroupStatus: 'Complete',
    Subnets: group.subnets.map((subnet) => ({
      SubnetIdentifier: subnet.subnetId,
      SubnetAvailabilityZone: { Name: subnet.availabilityZone },
      SubnetOutpost: {},
      SubnetStatus: 'Active',
    })),
    DBSubnetGroupArn: rdsArn(region, accountId, 'subgrp', group.name),
    SupportedNetworkTypes: ['IPV4'],
  };
}
