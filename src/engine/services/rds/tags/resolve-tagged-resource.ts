import type { OperationContext } from '../../../sandbox/operation-context';
import { invalidParameterValue } from '../rds-errors';
import type { RdsTagRecord } from '../rds-tag';
import { TAGGABLE_RESOURCE_TYPES } from './taggable-resources';

const ARN = /^arn:aws:rds:([a-z0-9-]*):(\d{12}):([a-z-]+):(.+)$/;

/**
 * The tag list of the resource a `ResourceName` ARN names. A malformed ARN, or one of another
 * region or account, is `InvalidParameterValue`; a well-formed ARN of a resource that does not exist
 * is that resource type's not-found fault (DBClusterNotFoundFault, DBInstanceNotFound, ...).
 */
export function resolveTaggedResource(ctx: OperationContext, resourceName: string): RdsTagRecord[] {
  const match = ARN.exec(resourceName);
  const type = match ? TAGGABLE_RESOURCE_TYPES[match[3]] : undefined;
  if (!match || !type || !Object.hasOwn(TAGGABLE_RESOURCE_TYPES, match[3])) {
    throw invalidParameterValue(`Invalid resource name: ${resourceName}`);
  }
  const [, region, accountId, , rawName] = match;
  const regionOk = type.regionless ? region === '' : region === ctx.region;
  if (!regionOk || accountId !== ctx.accountId) {
    throw invalidParameterValue('The specified resource name does not match an RDS resource in this region.');
  }
  // Names are stored lowercase (automated snapshots keep their `rds:` prefix).
  const tags = type.tagsOf(ctx, rawName.toLowerCase());
  if (!tags) throw type.notFound(rawName);
  return tags;
}
