import type { DBInstanceMessage, DescribeDBInstancesMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { checkIdentifier, identifierFromReference, rdsArn } from '../identifiers';
import { dbInstanceNotFound } from '../rds-errors';
import { compileRdsFilters, type RdsFilterFields } from '../rds-filters';
import { byKey, checkRecordsRequest, pageOf } from '../rds-pagination';
import { rdsViewOf } from '../rds-view';
import type { DbInstanceRecord } from './db-instance-record';
import { renderDbInstance } from './render-db-instance';

const identifierOf = (instance: DbInstanceRecord) => instance.identifier;

function instanceFilters(region: string, accountId: string): RdsFilterFields<DbInstanceRecord> {
  // Identifier filters take identifiers or ARNs.
  return {
    'db-instance-id': {
      values: (i) => [i.identifier, rdsArn(region, accountId, 'db', i.identifier)],
      normalise: (value) => (value.startsWith('arn:') ? value : checkIdentifier('Filter: db-instance-id', value)),
    },
    'db-cluster-id': {
      values: (i) => [i.clusterIdentifier, rdsArn(region, accountId, 'cluster', i.clusterIdentifier)],
      normalise: (value) => (value.startsWith('arn:') ? value : checkIdentifier('Filter: db-cluster-id', value)),
    },
    'dbi-resource-id': { values: (i) => [i.resourceId] },
    engine: { values: (i) => [i.engine] },
    domain: { values: () => [] },
  };
}

export const describeDbInstances = defineOperation<DescribeDBInstancesMessage, DBInstanceMessage>((ctx, input) => {
  const matches = compileRdsFilters(input.Filters, () => instanceFilters(ctx.region, ctx.accountId));
  checkRecordsRequest(input);
  const { instances } = ctx.regionState.rds;
  let listed: DbInstanceRecord[];
  if (input.DBInstanceIdentifier !== undefined) {
    const id = identifierFromReference(input.DBInstanceIdentifier, 'db', ctx.region, ctx.accountId, 'DBInstanceIdentifier');
    const instance = id === undefined ? undefined : ownEntry(instances, id);
    if (!instance) throw dbInstanceNotFound(input.DBInstanceIdentifier);
    listed = [instance].filter(matches);
  } else {
    listed = Object.values(instances).filter(matches).sort(byKey(identifierOf));
  }
  const { page, marker } = pageOf(listed, identifierOf, input);
  const view = rdsViewOf(ctx);
  return { DBInstances: page.map((instance) => renderDbInstance(view, instance)), Marker: marker };
});
