import type { Subnet } from '@aws-sdk/client-ec2';
import { renderEc2Tags } from '../render-tags';
import type { SubnetRecord } from './subnet-record';

export function subnetArn(region: string, subnet: SubnetRecord): string {
  return `arn:aws:ec2:${region}:${subnet.ownerId}:subnet/${subnet.subnetId}`;
}

export function renderSubnet(region: string, subnet: SubnetRecord): Subnet {
  return {
    SubnetId: subnet.subnetId,
    SubnetArn: subnetArn(region, subnet),
    VpcId: subnet.vpcId,
    OwnerId: subnet.ownerId,
    State: 'available',
    CidrBlock: subnet.cidrBlock,
    AvailableIpAddressCount: subnet.availableIpAddressCount,
    AvailabilityZone: subnet.availabilityZone,
    AvailabilityZoneId: subnet.availabilityZoneId,
    DefaultForAz: subnet.defaultForAz,
    MapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch,
    MapCustomerOwnedIpOnLaunch: false,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: 'ip-name',
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
    BlockPublicAccessStates: { InternetGatewayBlockMode: 'off' },
    Tags: renderEc2Tags(subnet.tags),
  };
}
