import type { DisableHttpEndpointRequest, DisableHttpEndpointResponse, EnableHttpEndpointRequest, EnableHttpEndpointResponse } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { httpEndpointAllowed, httpEndpointNotSupportedMessage } from './http-endpoint-support';

/** The cluster a `ResourceArn` names in this account and region, or ResourceNotFoundFault. */
function clusterOfArn(ctx: OperationContext, arn: string): DbClusterRecord {
  const prefix = `arn:aws:rds:${ctx.region}:${ctx.accountId}:cluster:`;
  const cluster = arn.startsWith(prefix) ? ownEntry(ctx.regionState.rds.clusters, arn.slice(prefix.length).toLowerCase()) : undefined;
  if (!cluster) throw modeledError('rds', 'ResourceNotFoundFault', `The specified resource ARN ${arn} is not found.`);
  if (cluster.status === 'deleting') {
    throw modeledError('rds', 'InvalidResourceStateFault', `The DB cluster ${cluster.identifier} is in the deleting state; the HTTP endpoint cannot be changed.`);
  }
  return cluster;
}

/** EnableHttpEndpoint: switches the Data API on where AWS allows it (data-api/http-endpoint-support.ts). */
export const enableHttpEndpoint = defineOperation<EnableHttpEndpointRequest, EnableHttpEndpointResponse>((ctx, input) => {
  const arn = input.ResourceArn ?? '';
  const cluster = clusterOfArn(ctx, arn);
  if (!httpEndpointAllowed(cluster)) throw modeledError('rds', 'InvalidResourceStateFault', httpEndpointNotSupportedMessage(cluster));
  cluster.httpEndpointEnabled = true;
  return { ResourceArn: arn, HttpEndpointEnabled: true };
});

/** DisableHttpEndpoint: always allowed on an existing cluster. */
export const disableHttpEndpoint = defineOperation<DisableHttpEndpointRequest, DisableHttpEndpointResponse>((ctx, input) => {
  const arn = input.ResourceArn ?? '';
  const cluster = clusterOfArn(ctx, arn);
  cluster.httpEndpointEnabled = false;
  return { ResourceArn: arn, HttpEndpointEnabled: false };
});
