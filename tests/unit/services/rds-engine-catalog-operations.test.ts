import type { DBEngineVersionMessage, OrderableDBInstanceOptionsMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { Harness, expectRefused } from './support/engine-harness';

function versions(h: Harness, input: object) {
  return h.rds<DBEngineVersionMessage>('DescribeDBEngineVersions', input);
}

describe('DescribeDBEngineVersions', () => {
  it('lists available versions per engine, hiding deprecated ones unless IncludeAll', () => {
    const h = new Harness();
    const listed = versions(h, { Engine: 'aurora-mysql', MaxRecords: 100 });
    const all = [...listed.DBEngineVersions!];
    let marker = listed.Marker;
    while (marker) {
      const next = versions(h, { Engine: 'aurora-mysql', Marker: marker });
      all.push(...next.DBEngineVersions!);
      marker = next.Marker;
    }
    expect(all.every((v) => v.Status === 'available')).toBe(true);
    expect(all.map((v) => v.EngineVersion)).not.toContain('8.0.mysql_aurora.3.02.0');
    const old = versions(h, { Engine: 'aurora-mysql', EngineVersion: '8.0.mysql_aurora.3.02.0', IncludeAll: true }).DBEngineVersions!;
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({
      Engine: 'aurora-mysql',
      EngineVersion: '8.0.mysql_aurora.3.02.0',
      DBParameterGroupFamily: 'aurora-mysql8.0',
      DBEngineDescription: 'Aurora MySQL',
      Status: 'deprecated',
      SupportsParallelQuery: true,
      SupportsGlobalDatabases: true,
      ServerlessV2FeaturesSupport: { MinCapacity: 0.5, MaxCapacity: 256 },
      ExportableLogTypes: ['audit', 'error', 'general', 'instance', 'slowquery', 'iam-db-auth-error'],
    });
    const targets = old[0].ValidUpgradeTarget!;
    expect(targets.some((t) => t.EngineVersion === '8.0.mysql_aurora.3.04.0' && t.IsMajorVersionUpgrade === false)).toBe(true);
    expect(targets.some((t) => t.EngineVersion === '8.4.7' && t.IsMajorVersionUpgrade === true)).toBe(true);
    expect(targets.map((t) => t.EngineVersion)).not.toContain('8.0.mysql_aurora.3.03.0');
  });

  it('filters by family, default-only and the Filters list', () => {
    const h = new Harness();
    const pg16 = versions(h, { Engine: 'aurora-postgresql', DBParameterGroupFamily: 'aurora-postgresql16' }).DBEngineVersions!;
    expect(pg16.map((v) => v.EngineVersion)).toEqual(['16.1', '16.2', '16.3', '16.4']);
    expect(pg16[0]).toMatchObject({ DBEngineVersionDescription: 'Aurora PostgreSQL (Compatible with PostgreSQL 16.1)', SupportsParallelQuery: false });
    expect(versions(h, { Engine: 'aurora-postgresql', DefaultOnly: true }).DBEngineVersions!.map((v) => v.EngineVersion)).toEqual(['16.4']);
    expect(versions(h, { Engine: 'aurora-mysql', EngineVersion: '5.7', DefaultOnly: true }).DBEngineVersions!.map((v) => v.EngineVersion)).toEqual([
      '5.7.mysql_aurora.2.12.6',
    ]);
    const deprecated = versions(h, { Engine: 'aurora-mysql', Filters: [{ Name: 'status', Values: ['deprecated'] }] }).DBEngineVersions!;
    expect(deprecated.length).toBeGreaterThan(10);
    expect(deprecated.every((v) => v.Status === 'deprecated')).toBe(true);
    const serverless = versions(h, { Filters: [{ Name: 'engine-mode', Values: ['serverless'] }], IncludeAll: true }).DBEngineVersions!;
    expect(serverless.every((v) => v.SupportedEngineModes!.includes('serverless'))).toBe(true);
    expect(versions(h, { Engine: 'aurora-postgresql', EngineVersion: '99.9' }).DBEngineVersions).toEqual([]);
  });

  it('refuses an unknown engine, filter or page size', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'DescribeDBEngineVersions', { Engine: 'oracle-xyz' }, { code: 'InvalidParameterValue', message: 'Invalid DB engine: oracle-xyz' });
    expectRefused(h, 'rds', 'DescribeDBEngineVersions', { Filters: [{ Name: 'colour', Values: ['x'] }] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'DescribeDBEngineVersions', { MaxRecords: 5 }, { code: 'InvalidParameterValue' });
  });
});

describe('DescribeOrderableDBInstanceOptions', () => {
  it('lists classes per version with region AZs and both Aurora storage types', () => {
    const h = new Harness();
    const rows = h.rds<OrderableDBInstanceOptionsMessage>('DescribeOrderableDBInstanceOptions', {
      Engine: 'aurora-postgresql',
      EngineVersion: '15.4',
      MaxRecords: 1000,
    }).OrderableDBInstanceOptions!;
    const classes = new Set(rows.map((r) => r.DBInstanceClass));
    for (const c of ['db.serverless', 'db.r5.large', 'db.r6g.xlarge', 'db.r6i.32xlarge', 'db.r7g.large', 'db.t3.medium', 'db.t4g.large']) expect(classes).toContain(c);
    expect(new Set(rows.map((r) => r.StorageType))).toEqual(new Set(['aurora', 'aurora-iopt1']));
    expect(rows[0]).toMatchObject({
      Engine: 'aurora-postgresql',
      EngineVersion: '15.4',
      LicenseModel: 'postgresql-license',
      SupportsStorageEncryption: true,
      SupportsIAMDatabaseAuthentication: true,
      SupportedEngineModes: ['provisioned'],
      Vpc: true,
    });
    expect(rows[0].AvailabilityZones!.map((z) => z.Name)).toContain('us-east-1a');
  });

  it('narrows by class, pages with Marker, and matches nothing for unknown classes or versions', () => {
    const h = new Harness();
    const call = (input: object) => h.rds<OrderableDBInstanceOptionsMessage>('DescribeOrderableDBInstanceOptions', { Engine: 'aurora-mysql', ...input });
    const serverless = call({ DBInstanceClass: 'db.serverless', EngineVersion: '8.0.mysql_aurora.3.02.0' }).OrderableDBInstanceOptions!;
    expect(serverless.map((r) => r.StorageType)).toEqual(['aurora']);
    expect(call({ DBInstanceClass: 'db.serverless', EngineVersion: '5.7.mysql_aurora.2.11.2' }).OrderableDBInstanceOptions).toEqual([]);
    expect(call({ DBInstanceClass: 'db.m5.large' }).OrderableDBInstanceOptions).toEqual([]);
    expect(call({ Vpc: false }).OrderableDBInstanceOptions).toEqual([]);
    const first = call({ MaxRecords: 20 });
    expect(first.OrderableDBInstanceOptions).toHaveLength(20);
    const second = call({ MaxRecords: 20, Marker: first.Marker });
    expect(second.OrderableDBInstanceOptions![0]).not.toEqual(first.OrderableDBInstanceOptions![0]);
    expectRefused(h, 'rds', 'DescribeOrderableDBInstanceOptions', { Engine: 'postgres' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'DescribeOrderableDBInstanceOptions', { Engine: 'aurora-mysql', MaxRecords: 1001 }, { code: 'InvalidParameterValue' });
  });
});
