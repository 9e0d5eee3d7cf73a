import type { CreateDBSubnetGroupMessage, CreateDBSubnetGroupResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { checkSubnetGroupName } from '../identifiers';
import { dbSubnetGroupAlreadyExists, invalidParameterValue } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import type { DbSubnetGroupRecord } from './db-subnet-group-record';
import { DEFAULT_SUBNET_GROUP_NAME } from './default-db-subnet-group';
import { renderDbSubnetGroup } from './render-db-subnet-group';
import { checkSubnetGroupSubnets } from './subnet-group-members';

export const createDbSubnetGroup = defineOperation<CreateDBSubnetGroupMessage, CreateDBSubnetGroupResult>((ctx, input) => {
  const name = checkSubnetGroupName(input.DBSubnetGroupName ?? '');
  if (name === DEFAULT_SUBNET_GROUP_NAME) {
    throw invalidParameterValue(`The parameter DBSubnetGroupName cannot be '${DEFAULT_SUBNET_GROUP_NAME}': it is reserved for the default DB subnet group.`);
  }
  const { rds, ec2 } = ctx.regionState;
  if (ownEntry(rds.subnetGroups, name)) throw dbSubnetGroupAlreadyExists(name);
  const { vpcId, members } = checkSubnetGroupSubnets(ec2, input.SubnetIds ?? []);

  const group: DbSubnetGroupRecord = {
    name,
    description: input.DBSubnetGroupDescription ?? '',
    vpcId,
    subnets: members,
    tags: tagRecords(input.Tags),
  };
  rds.subnetGroups[name] = group;
  return { DBSubnetGroup: renderDbSubnetGroup(ctx.region, ctx.accountId, group) };
});
