import type { AwsError } from '../../../aws-error';
import { modeledError } from '../../../model/modeled-error';
import type { OperationContext } from '../../../sandbox/operation-context';
import { ownEntry } from '../../shared/own-entry';
import { lookupGlobalCluster } from '../global/find-global-cluster';
import { globalClusterNotFound } from '../global/global-cluster-errors';
import { parameterGroupNotFound } from '../parameter-groups/parameter-group-kinds';
import { dbClusterNotFound, dbInstanceNotFound, dbSubnetGroupNotFound } from '../rds-errors';
import type { RdsTagRecord } from '../rds-tag';

/**
 * The RDS resource types that carry tags, by the resource-type part of their ARN
 * (`arn:aws:rds:<region>:<account>:<type>:<name>`, UG/USER_Tagging.ARN.html). Each finds the
 * resource's tag list by name in the request's region, and names the error AWS answers when it is
 * missing. Other areas add their resource types here.
 */
export interface TaggableResourceType {
  /** The resource's (mutable) tag list, or undefined when no such resource exists. */
  readonly tagsOf: (ctx: OperationContext, name: string) => RdsTagRecord[] | undefined;
  readonly notFound: (name: string) => AwsError;
  /** Global clusters' ARNs have no region: `arn:aws:rds::<account>:global-cluster:<name>`. */
  readonly regionless?: boolean;
}

export const TAGGABLE_RESOURCE_TYPES: Readonly<Record<string, TaggableResourceType>> = {
  cluster: {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.clusters, name)?.tags,
    notFound: dbClusterNotFound,
  },
  db: {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.instances, name)?.tags,
    notFound: dbInstanceNotFound,
  },
  subgrp: {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.subnetGroups, name)?.tags,
    notFound: dbSubnetGroupNotFound,
  },
  'cluster-snapshot': {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.clusterSnapshots, name)?.tags,
    notFound: (name) => modeledError('rds', 'DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${name} not found.`),
  },
  'cluster-endpoint': {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.clusterEndpoints, name)?.tags,
    notFound: (name) => modeledError('rds', 'DBClusterEndpointNotFoundFault', `DBClusterEndpoint ${name} not found.`),
  },
  'cluster-pg': {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.clusterParameterGroups, name)?.tags,
    notFound: (name) => parameterGroupNotFound('cluster', name),
  },
  pg: {
    tagsOf: (ctx, name) => ownEntry(ctx.regionState.rds.dbParameterGroups, name)?.tags,
    notFound: (name) => parameterGroupNotFound('instance', name),
  },
  'global-cluster': {
    tagsOf: (ctx, name) => lookupGlobalCluster(ctx.state, name)?.record.tags,
    notFound: globalClusterNotFound,
    regionless: true,
  },
};
