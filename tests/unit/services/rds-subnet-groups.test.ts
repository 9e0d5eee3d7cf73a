import type { CreateDBSubnetGroupResult, DBSubnetGroupMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';
import { createCluster, defaultSubnets } from './support/rds-fixtures';

describe('CreateDBSubnetGroup / DescribeDBSubnetGroups', () => {
  it('creates a Complete group over existing subnets, name stored lowercase', () => {
    const h = new Harness();
    const subnets = defaultSubnets(h);
    const { DBSubnetGroup } = h.rds<CreateDBSubnetGroupResult>('CreateDBSubnetGroup', {
      DBSubnetGroupName: 'Aurora-Subnet-Group',
      DBSubnetGroupDescription: 'Aurora cluster subnet group',
      SubnetIds: [subnets[0].SubnetId, subnets[1].SubnetId],
      Tags: [{ Key: 'team', Value: 'db' }],
    });
    expect(DBSubnetGroup).toEqual({
      DBSubnetGroupName: 'aurora-subnet-group',
      DBSubnetGroupDescription: 'Aurora cluster subnet group',
      VpcId: subnets[0].VpcId,
      SubnetGroupStatus: 'Complete',
      Subnets: [
        { SubnetIdentifier: subnets[0].SubnetId, SubnetAvailabilityZone: { Name: 'us-east-1a' }, SubnetOutpost: {}, SubnetStatus: 'Active' },
        { SubnetIdentifier: subnets[1].SubnetId, SubnetAvailabilityZone: { Name: 'us-east-1b' }, SubnetOutpost: {}, SubnetStatus: 'Active' },
      ],
      DBSubnetGroupArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:subgrp:aurora-subnet-group`,
      SupportedNetworkTypes: ['IPV4'],
    });
    const listed = h.rds<DBSubnetGroupMessage>('DescribeDBSubnetGroups', { DBSubnetGroupName: 'AURORA-subnet-group' });
    expect(listed.DBSubnetGroups).toEqual([DBSubnetGroup]);
  });

  it('refuses duplicates, unknown subnets, one-AZ coverage and bad names, changing nothing', () => {
    const h = new Harness();
    const subnets = defaultSubnets(h);
    const ids = subnets.map((s) => s.SubnetId);
    h.rds('CreateDBSubnetGroup', { DBSubnetGroupName: 'g1', DBSubnetGroupDescription: 'd', SubnetIds: ids });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: 'G1', DBSubnetGroupDescription: 'd', SubnetIds: ids }, {
      code: 'DBSubnetGroupAlreadyExists',
      status: 400,
      message: "The DB subnet group 'g1' already exists.",
    });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: 'g2', DBSubnetGroupDescription: 'd', SubnetIds: [ids[0], 'subnet-12345678'] }, {
      code: 'InvalidSubnet',
      status: 400,
      message: 'Some input subnets in :[subnet-12345678] are invalid.',
    });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: 'g3', DBSubnetGroupDescription: 'd', SubnetIds: [ids[0]] }, {
      code: 'DBSubnetGroupDoesNotCoverEnoughAZs',
      status: 400,
      message: "The DB subnet group doesn't meet Availability Zone (AZ) coverage requirement. Current AZ coverage: us-east-1a. Add subnets to cover at least 2 AZs.",
    });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: 'g4', DBSubnetGroupDescription: 'd', SubnetIds: [] }, { code: 'InvalidSubnet' });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: '1group', DBSubnetGroupDescription: 'd', SubnetIds: ids }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: 'bad/name', DBSubnetGroupDescription: 'd', SubnetIds: ids }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'CreateDBSubnetGroup', { DBSubnetGroupName: 'Default', DBSubnetGroupDescription: 'd', SubnetIds: ids }, { code: 'InvalidParameterValue' });
  });

  it('accepts names with dots, underscores and spaces', () => {
    const h = new Harness();
    const ids = defaultSubnets(h).map((s) => s.SubnetId);
    const out = h.rds<CreateDBSubnetGroupResult>('CreateDBSubnetGroup', { DBSubnetGroupName: 'my db_group.v2', DBSubnetGroupDescription: 'd', SubnetIds: ids });
    expect(out.DBSubnetGroup?.DBSubnetGroupName).toBe('my db_group.v2');
  });

  it('reports DBSubnetGroupNotFoundFault (404) for an unknown name', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'DescribeDBSubnetGroups', { DBSubnetGroupName: 'nope' }, {
      code: 'DBSubnetGroupNotFoundFault',
      status: 404,
      message: "DB subnet group 'nope' does not exist.",
    });
  });

  it('makes the default group implicitly, over the default VPC subnets, when a cluster names none', () => {
    const h = new Harness();
    expect(h.rds<DBSubnetGroupMessage>('DescribeDBSubnetGroups', {}).DBSubnetGroups).toEqual([]);
    createCluster(h);
    const groups = h.rds<DBSubnetGroupMessage>('DescribeDBSubnetGroups', {}).DBSubnetGroups!;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ DBSubnetGroupName: 'default', DBSubnetGroupDescription: 'default', SubnetGroupStatus: 'Complete' });
    expect(groups[0].Subnets).toHaveLength(3);
    createCluster(h, { DBClusterIdentifier: 'second' });
    expect(h.rds<DBSubnetGroupMessage>('DescribeDBSubnetGroups', {}).DBSubnetGroups).toHaveLength(1);
  });

  it('pages subnet groups with MaxRecords and Marker, and checks MaxRecords', () => {
    const h = new Harness();
    const ids = defaultSubnets(h).map((s) => s.SubnetId);
    for (let i = 0; i < 25; i++) {
      h.rds('CreateDBSubnetGroup', { DBSubnetGroupName: `group-${String(i).padStart(2, '0')}`, DBSubnetGroupDescription: 'd', SubnetIds: ids });
    }
    const first = h.rds<DBSubnetGroupMessage>('DescribeDBSubnetGroups', { MaxRecords: 20 });
    expect(first.DBSubnetGroups).toHaveLength(20);
    expect(first.Marker).toBeDefined();
    const second = h.rds<DBSubnetGroupMessage>('DescribeDBSubnetGroups', { MaxRecords: 20, Marker: first.Marker });
    expect(second.DBSubnetGroups?.map((g) => g.DBSubnetGroupName)).toEqual(['group-20', 'group-21', 'group-22', 'group-23', 'group-24']);
    expect(second.Marker).toBeUndefined();
    expectRefused(h, 'rds', 'DescribeDBSubnetGroups', { MaxRecords: 10 }, {
      code: 'InvalidParameterValue',
      message: 'Invalid value 10 for MaxRecords. Must be between 20 and 100',
    });
    expectRefused(h, 'rds', 'DescribeDBSubnetGroups', { MaxRecords: 101 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'DescribeDBSubnetGroups', { Marker: 'garbage' }, { code: 'InvalidParameterValue' });
  });
});
