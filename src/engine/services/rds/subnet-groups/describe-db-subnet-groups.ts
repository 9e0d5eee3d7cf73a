import type { DBSubnetGroupMessage, DescribeDBSubnetGroupsMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { dbSubnetGroupNotFound } from '../rds-errors';
import { byKey, checkRecordsRequest, pageOf } from '../rds-pagination';
import type { DbSubnetGroupRecord } from './db-subnet-group-record';
import { renderDbSubnetGroup } from './render-db-subnet-group';

const nameOf = (group: DbSubnetGroupRecord) => group.name;

// `Filters` is accepted and ignored: the API reference says DescribeDBSubnetGroups does not support it yet.
export const describeDbSubnetGroups = defineOperation<DescribeDBSubnetGroupsMessage, DBSubnetGroupMessage>((ctx, input) => {
  checkRecordsRequest(input);
  const { subnetGroups } = ctx.regionState.rds;
  let listed: DbSubnetGroupRecord[];
  if (input.DBSubnetGroupName !== undefined) {
    const group = ownEntry(subnetGroups, input.DBSubnetGroupName.toLowerCase());
    if (!group) throw dbSubnetGroupNotFound(input.DBSubnetGroupName);
    listed = [group];
  } else {
    listed = Object.values(subnetGroups).sort(byKey(nameOf));
  }
  const { page, marker } = pageOf(listed, nameOf, input);
  return { DBSubnetGroups: page.map((group) => renderDbSubnetGroup(ctx.region, ctx.accountId, group)), Marker: marker };
});
