import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../src/cli/aws/jmespath-query';
import { cliName } from '../../../src/cli/model/xform-name';
import { PyFloat } from '../../../src/cli/python/py-value';

describe('botocore xform_name', () => {
  it.each([
    ['CreateDBCluster', 'create-db-cluster'],
    ['EnableIAMDatabaseAuthentication', 'enable-iam-database-authentication'],
    ['MultiAZ', 'multi-az'],
    ['VpcSecurityGroupIds', 'vpc-security-group-ids'],
    ['ServerlessV2ScalingConfiguration', 'serverless-v2-scaling-configuration'],
    ['PerformanceInsightsKMSKeyId', 'performance-insights-kms-key-id'],
    ['DescribeDBClusterSnapshotAttributes', 'describe-db-cluster-snapshot-attributes'],
    ['Ipv6AddressCount', 'ipv6-address-count'],
    ['GatewayARNs', 'gateway-arns'],
    ['DescribeCachediSCSIVolumes', 'describe-cached-iscsi-volumes'],
  ])('%s -> %s', (name, expected) => expect(cliName(name)).toBe(expected));
});

describe('--query with Python jmespath semantics', () => {
  const data = {
    DBClusters: [
      { Id: 'b', Port: 5432, Min: new PyFloat(0.5), Writer: true },
      { Id: 'a', Port: 3306, Min: new PyFloat(2), Writer: false },
    ],
  };
  const q = (expression: string) => compileQuery(expression).search(data);

  it('keeps floats as floats', () => {
    expect(q('DBClusters[1].Min')).toEqual(new PyFloat(2));
    expect(q('`1.0`')).toEqual(new PyFloat(1));
    expect(q('sum(DBClusters[].Min)')).toEqual(new PyFloat(2.5));
    expect(q('avg(DBClusters[].Port)')).toEqual(new PyFloat(4369));
  });

  it('filters, sorts and projects', () => {
    expect(q('sort_by(DBClusters, &Id)[].Id')).toEqual(['a', 'b']);
    expect(q('DBClusters[?Writer].Id | [0]')).toBe('b');
    expect(q('DBClusters[?Port > `4000`].Id')).toEqual(['b']);
    expect(q("DBClusters[?Id == 'a'].{id: Id, p: Port}")).toEqual([{ id: 'a', p: 3306 }]);
    expect(q('DBClusters[::-1].Id')).toEqual(['a', 'b']);
  });

  it('fails like Python on bad expressions and types', () => {
    expect(() => compileQuery('foo[?a==]')).toThrow(
      'invalid token: Parse error at column 8, token "]" (RBRACKET), for expression:\n"foo[?a==]"\n         ^',
    );
    expect(() => compileQuery('DBClusters[')).toThrow('Invalid jmespath expression: Incomplete expression:\n"DBClusters["\n            ^');
    expect(() => q('length(DBClusters[0].Port)')).toThrow(
      `In function length(), invalid type for value: 5432, expected one of: ['string', 'array', 'object'], received: "number"`,
    );
  });
});
