import type { OperationContext } from '../../../sandbox/operation-context';
import { checkIdentifier } from '../identifiers';
import { invalidParameterValue } from '../rds-errors';
import { parseClusterArn } from './find-global-cluster';
import type { GlobalClusterMemberRecord, GlobalClusterRecord } from './global-cluster-record';

/**
 * The member a request names, by cluster ARN (as AWS asks, so it can find the cluster's region) or
 * by identifier in the request's region. Otherwise AWS's "is not part of the global cluster".
 */
export function resolveMemberReference(
  ctx: OperationContext,
  global: GlobalClusterRecord,
  members: readonly GlobalClusterMemberRecord[],
  reference: string,
): GlobalClusterMemberRecord {
  let region = ctx.region;
  let identifier: string;
  const parsed = reference.startsWith('arn:') ? parseClusterArn(reference) : undefined;
  if (parsed) {
    region = parsed.region;
    identifier = parsed.identifier;
  } else if (reference.startsWith('arn:')) {
    identifier = reference;
  } else {
    identifier = checkIdentifier('DBClusterIdentifier', reference);
  }
  const member = members.find(
    (m) => m.region === region && m.clusterIdentifier === identifier && (!parsed || parsed.accountId === ctx.accountId),
  );
  if (!member) throw invalidParameterValue(`Cluster ${reference} is not part of the global cluster ${global.identifier}`);
  return member;
}
