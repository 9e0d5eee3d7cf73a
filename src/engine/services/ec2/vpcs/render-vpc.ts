import type { Vpc } from '@aws-sdk/client-ec2';
import { renderEc2Tags } from '../render-tags';
import type { VpcRecord } from './vpc-record';

export function renderVpc(vpc: VpcRecord): Vpc {
  return {
    VpcId: vpc.vpcId,
    OwnerId: vpc.ownerId,
    InstanceTenancy: 'default',
    CidrBlock: vpc.cidrBlock,
    CidrBlockAssociationSet: [
      { AssociationId: vpc.cidrAssociationId, CidrBlock: vpc.cidrBlock, CidrBlockState: { State: 'associated' } },
    ],
    IsDefault: vpc.isDefault,
    State: 'available',
    DhcpOptionsId: vpc.dhcpOptionsId,
    BlockPublicAccessStates: { InternetGatewayBlockMode: 'off' },
    Tags: renderEc2Tags(vpc.tags),
  };
}
