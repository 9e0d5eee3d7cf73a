import type { TagListMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

const arn = (kind: string, name: string) => `arn:aws:rds:us-east-1:${ACCOUNT_ID}:${kind}:${name}`;

function list(h: Harness, resource: string) {
  return h.rds<TagListMessage>('ListTagsForResource', { ResourceName: resource }).TagList;
}

describe('tags on RDS resources', () => {
  it('adds, overwrites, lists and removes tags on clusters, instances and subnet groups', () => {
    const h = new Harness();
    createCluster(h, { Tags: [{ Key: 'Environment', Value: 'Production' }] });
    createInstance(h);
    h.rds('CreateDBSubnetGroup', {
      DBSubnetGroupName: 'grp',
      DBSubnetGroupDescription: 'd',
      SubnetIds: (h.ec2<{ Subnets: { SubnetId: string }[] }>('DescribeSubnets', {}).Subnets).slice(0, 2).map((s) => s.SubnetId),
    });
    h.rds('AddTagsToResource', { ResourceName: arn('cluster', 'aurora-prod'), Tags: [{ Key: 'Team', Value: 'db' }, { Key: 'Environment', Value: 'Staging' }] });
    expect(list(h, arn('cluster', 'aurora-prod'))).toEqual([{ Key: 'Environment', Value: 'Staging' }, { Key: 'Team', Value: 'db' }]);
    h.rds('AddTagsToResource', { ResourceName: arn('db', 'aurora-writer'), Tags: [{ Key: 'Role', Value: 'writer' }] });
    expect(list(h, arn('db', 'aurora-writer'))).toEqual([{ Key: 'Role', Value: 'writer' }]);
    h.rds('AddTagsToResource', { ResourceName: arn('subgrp', 'grp'), Tags: [{ Key: 'k', Value: '' }] });
    expect(list(h, arn('subgrp', 'grp'))).toEqual([{ Key: 'k', Value: '' }]);
    h.rds('RemoveTagsFromResource', { ResourceName: arn('cluster', 'aurora-prod'), TagKeys: ['Team', 'absent'] });
    expect(list(h, arn('cluster', 'aurora-prod'))).toEqual([{ Key: 'Environment', Value: 'Staging' }]);
  });

  it('answers the resource type’s not-found fault for an unknown ARN', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'ListTagsForResource', { ResourceName: arn('cluster', 'nope') }, { code: 'DBClusterNotFoundFault', status: 404 });
    expectRefused(h, 'rds', 'AddTagsToResource', { ResourceName: arn('db', 'nope'), Tags: [{ Key: 'a', Value: 'b' }] }, { code: 'DBInstanceNotFound', status: 404 });
    expectRefused(h, 'rds', 'RemoveTagsFromResource', { ResourceName: arn('subgrp', 'nope'), TagKeys: ['a'] }, { code: 'DBSubnetGroupNotFoundFault' });
    expectRefused(h, 'rds', 'ListTagsForResource', { ResourceName: arn('cluster-snapshot', 'nope') }, { code: 'DBClusterSnapshotNotFoundFault' });
    expectRefused(h, 'rds', 'ListTagsForResource', { ResourceName: 'aurora-prod' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ListTagsForResource', { ResourceName: `arn:aws:rds:eu-west-1:${ACCOUNT_ID}:cluster:x` }, {
      code: 'InvalidParameterValue',
      message: 'The specified resource name does not match an RDS resource in this region.',
    });
  });

  it('enforces tag rules: 50 per resource, key 128, value 256, no aws: prefix', () => {
    const h = new Harness();
    createCluster(h);
    const target = arn('cluster', 'aurora-prod');
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    h.rds('AddTagsToResource', { ResourceName: target, Tags: fifty });
    expectRefused(h, 'rds', 'AddTagsToResource', { ResourceName: target, Tags: [{ Key: 'one-more', Value: 'v' }] }, { code: 'InvalidParameterValue' });
    h.rds('AddTagsToResource', { ResourceName: target, Tags: [{ Key: 'k0', Value: 'overwritten' }] });
    h.rds('RemoveTagsFromResource', { ResourceName: target, TagKeys: fifty.map((t) => t.Key) });
    expectRefused(h, 'rds', 'AddTagsToResource', { ResourceName: target, Tags: [{ Key: 'x'.repeat(129), Value: 'v' }] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'AddTagsToResource', { ResourceName: target, Tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'AddTagsToResource', { ResourceName: target, Tags: [{ Key: 'aws:owner', Value: 'v' }] }, { code: 'InvalidParameterValue' });
    h.rds('AddTagsToResource', { ResourceName: target, Tags: [{ Key: 'x'.repeat(128), Value: 'v'.repeat(256) }] });
    expect(list(h, target)).toHaveLength(1);
  });
});
