import type {
  DescribeAvailabilityZonesResult,
  DescribeSecurityGroupsResult,
  DescribeSubnetsResult,
  DescribeVpcsResult,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';

describe('EC2 default network', () => {
  it('gives each region a default VPC 172.31.0.0/16 owned by the sandbox account', () => {
    const h = new Harness();
    const { Vpcs } = h.ec2<DescribeVpcsResult>('DescribeVpcs', {});
    expect(Vpcs).toHaveLength(1);
    const vpc = Vpcs![0];
    expect(vpc.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    expect(vpc).toMatchObject({ CidrBlock: '172.31.0.0/16', IsDefault: true, State: 'available', OwnerId: ACCOUNT_ID, InstanceTenancy: 'default' });
    expect(vpc.CidrBlockAssociationSet?.[0]).toMatchObject({ CidrBlock: '172.31.0.0/16', CidrBlockState: { State: 'associated' } });
    expect(vpc.DhcpOptionsId).toMatch(/^dopt-[0-9a-f]{17}$/);
  });

  it('has three default subnets, one per first three AZs, as consecutive /20s', () => {
    const h = new Harness();
    const { Vpcs } = h.ec2<DescribeVpcsResult>('DescribeVpcs', {});
    const { Subnets } = h.ec2<DescribeSubnetsResult>('DescribeSubnets', {});
    expect(Subnets).toHaveLength(3);
    const byZone = [...Subnets!].sort((a, b) => a.AvailabilityZone!.localeCompare(b.AvailabilityZone!));
    expect(byZone.map((s) => [s.AvailabilityZone, s.CidrBlock])).toEqual([
      ['us-east-1a', '172.31.0.0/20'],
      ['us-east-1b', '172.31.16.0/20'],
      ['us-east-1c', '172.31.32.0/20'],
    ]);
    for (const subnet of Subnets!) {
      expect(subnet.SubnetId).toMatch(/^subnet-[0-9a-f]{17}$/);
      expect(subnet).toMatchObject({
        VpcId: Vpcs![0].VpcId,
        DefaultForAz: true,
        MapPublicIpOnLaunch: true,
        AvailableIpAddressCount: 4091,
        State: 'available',
        OwnerId: ACCOUNT_ID,
      });
      expect(subnet.SubnetArn).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT_ID}:subnet/${subnet.SubnetId}`);
      expect(subnet.AvailabilityZoneId).toMatch(/^use1-az[1-3]$/);
    }
  });

  it("has the VPC's default security group with ingress-from-self and egress-all", () => {
    const h = new Harness();
    const { Vpcs } = h.ec2<DescribeVpcsResult>('DescribeVpcs', {});
    const { SecurityGroups } = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', {});
    expect(SecurityGroups).toHaveLength(1);
    const sg = SecurityGroups![0];
    expect(sg.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(sg).toMatchObject({ GroupName: 'default', Description: 'default VPC security group', VpcId: Vpcs![0].VpcId, OwnerId: ACCOUNT_ID });
    expect(sg.IpPermissions).toEqual([
      { IpProtocol: '-1', UserIdGroupPairs: [{ UserId: ACCOUNT_ID, GroupId: sg.GroupId }], IpRanges: [], Ipv6Ranges: [], PrefixListIds: [] },
    ]);
    expect(sg.IpPermissionsEgress).toEqual([
      { IpProtocol: '-1', UserIdGroupPairs: [], IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [] },
    ]);
  });

  it('builds each region its own default network on first use, with that region\'s AZs', () => {
    const h = new Harness();
    const east = h.ec2<DescribeVpcsResult>('DescribeVpcs', {}).Vpcs![0].VpcId;
    const west = h.ec2<DescribeVpcsResult>('DescribeVpcs', {}, 'us-west-1');
    expect(west.Vpcs![0].VpcId).not.toBe(east);
    const subnets = h.ec2<DescribeSubnetsResult>('DescribeSubnets', {}, 'us-west-1').Subnets!;
    // us-west-1 has only two AZs.
    expect(subnets.map((s) => s.AvailabilityZone).sort()).toEqual(['us-west-1a', 'us-west-1c']);
  });
});

describe('EC2 Describe* by id and filter', () => {
  it('describes subnets by id and filters by vpc-id, availability-zone, default-for-az and wildcards', () => {
    const h = new Harness();
    const vpcId = h.ec2<DescribeVpcsResult>('DescribeVpcs', {}).Vpcs![0].VpcId!;
    const all = h.ec2<DescribeSubnetsResult>('DescribeSubnets', {}).Subnets!;
    const one = h.ec2<DescribeSubnetsResult>('DescribeSubnets', { SubnetIds: [all[1].SubnetId] }).Subnets!;
    expect(one.map((s) => s.SubnetId)).toEqual([all[1].SubnetId]);
    const inVpc = h.ec2<DescribeSubnetsResult>('DescribeSubnets', { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }).Subnets!;
    expect(inVpc).toHaveLength(3);
    const zoneB = h.ec2<DescribeSubnetsResult>('DescribeSubnets', {
      Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }, { Name: 'default-for-az', Values: ['true'] }],
    }).Subnets!;
    expect(zoneB.map((s) => s.AvailabilityZone)).toEqual(['us-east-1b']);
    const wildcard = h.ec2<DescribeSubnetsResult>('DescribeSubnets', { Filters: [{ Name: 'availability-zone', Values: ['us-east-1?'] }] });
    expect(wildcard.Subnets).toHaveLength(3);
    const none = h.ec2<DescribeSubnetsResult>('DescribeSubnets', { Filters: [{ Name: 'default-for-az', Values: ['false'] }] });
    expect(none.Subnets).toEqual([]);
    const alias = h.ec2<DescribeSubnetsResult>('DescribeSubnets', { Filters: [{ Name: 'defaultForAz', Values: ['true'] }] });
    expect(alias.Subnets).toHaveLength(3);
  });

  it('filters VPCs by is-default / isDefault and security groups by group-name and group-id', () => {
    const h = new Harness();
    expect(h.ec2<DescribeVpcsResult>('DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['true'] }] }).Vpcs).toHaveLength(1);
    expect(h.ec2<DescribeVpcsResult>('DescribeVpcs', { Filters: [{ Name: 'isDefault', Values: ['false'] }] }).Vpcs).toHaveLength(0);
    const sg = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { Filters: [{ Name: 'group-name', Values: ['default'] }] })
      .SecurityGroups!;
    expect(sg).toHaveLength(1);
    const byId = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { Filters: [{ Name: 'group-id', Values: [sg[0].GroupId] }] });
    expect(byId.SecurityGroups).toHaveLength(1);
    const byName = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { GroupNames: ['default'] });
    expect(byName.SecurityGroups?.[0].GroupId).toBe(sg[0].GroupId);
    expect(h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', { Filters: [{ Name: 'tag:Name', Values: ['x'] }] }).SecurityGroups).toEqual([]);
  });

  it('describes availability zones of the request region', () => {
    const h = new Harness();
    const zones = h.ec2<DescribeAvailabilityZonesResult>('DescribeAvailabilityZones', {}).AvailabilityZones!;
    expect(zones.map((z) => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f']);
    expect(zones[0]).toMatchObject({ ZoneId: 'use1-az1', RegionName: 'us-east-1', State: 'available', OptInStatus: 'opt-in-not-required', ZoneType: 'availability-zone' });
    const picked = h.ec2<DescribeAvailabilityZonesResult>('DescribeAvailabilityZones', { ZoneNames: ['us-east-1c'] }).AvailabilityZones!;
    expect(picked.map((z) => z.ZoneName)).toEqual(['us-east-1c']);
    const byId = h.ec2<DescribeAvailabilityZonesResult>('DescribeAvailabilityZones', { Filters: [{ Name: 'zone-id', Values: ['use1-az2'] }] });
    expect(byId.AvailabilityZones?.map((z) => z.ZoneName)).toEqual(['us-east-1b']);
  });

  it('pages with MaxResults and NextToken', () => {
    const h = new Harness();
    const first = h.ec2<DescribeSubnetsResult>('DescribeSubnets', { MaxResults: 5 });
    expect(first.Subnets).toHaveLength(3);
    expect(first.NextToken).toBeUndefined();
  });
});

describe('EC2 errors', () => {
  it('refuses unknown subnets, VPCs and security groups as EC2 does', () => {
    const h = new Harness();
    expectRefused(h, 'ec2', 'DescribeSubnets', { SubnetIds: ['subnet-0123456789abcdef0'] }, {
      code: 'InvalidSubnetID.NotFound',
      status: 400,
      message: "The subnet ID 'subnet-0123456789abcdef0' does not exist",
    });
    expectRefused(h, 'ec2', 'DescribeVpcs', { VpcIds: ['vpc-12345678'] }, {
      code: 'InvalidVpcID.NotFound',
      status: 400,
      message: "The vpc ID 'vpc-12345678' does not exist",
    });
    expectRefused(h, 'ec2', 'DescribeSecurityGroups', { GroupIds: ['sg-12345678'] }, {
      code: 'InvalidGroup.NotFound',
      status: 400,
      message: "The security group 'sg-12345678' does not exist",
    });
    expectRefused(h, 'ec2', 'DescribeSecurityGroups', { GroupIds: ['nope'] }, { code: 'InvalidGroupId.Malformed', status: 400 });
    expectRefused(h, 'ec2', 'DescribeSecurityGroups', { GroupNames: ['web'] }, { code: 'InvalidGroup.NotFound', message: /'web' does not exist in default VPC 'vpc-/ });
  });

  it('lists every missing id in the plural form', () => {
    const h = new Harness();
    expectRefused(h, 'ec2', 'DescribeSubnets', { SubnetIds: ['subnet-11111111', 'subnet-22222222'] }, {
      code: 'InvalidSubnetID.NotFound',
      message: "The subnet IDs 'subnet-11111111, subnet-22222222' do not exist",
    });
  });

  it('refuses unknown filter names, bad MaxResults and unknown zones', () => {
    const h = new Harness();
    expectRefused(h, 'ec2', 'DescribeSubnets', { Filters: [{ Name: 'color', Values: ['blue'] }] }, {
      code: 'InvalidParameterValue',
      message: "The filter 'color' is invalid",
    });
    expectRefused(h, 'ec2', 'DescribeVpcs', { MaxResults: 2 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'ec2', 'DescribeAvailabilityZones', { ZoneNames: ['us-east-1z'] }, {
      code: 'InvalidParameterValue',
      message: 'Invalid availability zone: [us-east-1z]',
    });
  });
});
