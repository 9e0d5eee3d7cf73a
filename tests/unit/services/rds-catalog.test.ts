import { describe, expect, it } from 'vitest';
import { ENGINE_VERSIONS, findEngineVersion, resolveEngineVersion } from '../../../src/engine/services/rds/catalog/engine-versions';
import { isOrderable, orderableClasses } from '../../../src/engine/services/rds/catalog/orderable-instance-classes';

describe('engine version catalog', () => {
  it('has unique versions and a family per major', () => {
    const keys = ENGINE_VERSIONS.map((v) => `${v.engine}/${v.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const v of ENGINE_VERSIONS) expect(v.family).toBe(`${v.engine}${v.majorVersion}`);
  });

  it('keeps the exam-era 8.0.mysql_aurora.3.02.0 usable but marked deprecated, with Serverless v2', () => {
    const v = findEngineVersion('aurora-mysql', '8.0.mysql_aurora.3.02.0');
    expect(v).toMatchObject({ status: 'deprecated', family: 'aurora-mysql8.0', supportsServerlessV2: true, supportsBacktrack: true });
    expect(v?.note).toMatch(/Cannot find version/);
  });

  it('covers Aurora PostgreSQL 11 to 16 (and newer) and resolves defaults', () => {
    for (const major of ['11', '12', '13', '14', '15', '16', '17', '18']) {
      expect(resolveEngineVersion('aurora-postgresql', major, 'provisioned')?.majorVersion).toBe(major);
    }
    expect(resolveEngineVersion('aurora-postgresql', undefined, 'provisioned')?.version).toBe('16.4');
    expect(resolveEngineVersion('aurora-mysql', '8.0', 'provisioned')?.version).toMatch(/^8\.0\.mysql_aurora\.3\./);
    expect(resolveEngineVersion('aurora-mysql', undefined, 'serverless')?.engineModes).toContain('serverless');
    expect(resolveEngineVersion('aurora-mysql', '5.7.12', 'provisioned')).toBeUndefined();
  });

  it('offers instance classes per engine version', () => {
    const v3 = findEngineVersion('aurora-mysql', '8.0.mysql_aurora.3.02.0')!;
    const v2 = findEngineVersion('aurora-mysql', '5.7.mysql_aurora.2.11.2')!;
    const pg11 = findEngineVersion('aurora-postgresql', '11.9')!;
    expect(isOrderable('db.r5.2xlarge', v3)).toBe(true);
    expect(isOrderable('db.serverless', v3)).toBe(true);
    expect(isOrderable('db.serverless', v2)).toBe(false);
    expect(isOrderable('db.t3.small', v2)).toBe(true);
    expect(isOrderable('db.t3.small', v3)).toBe(false);
    expect(isOrderable('db.r6i.large', v3)).toBe(false);
    expect(isOrderable('db.serverless', pg11)).toBe(false);
    expect(isOrderable('db.r5.3xlarge', v3)).toBe(false);
    expect(orderableClasses(v3)).toContain('db.t4g.medium');
  });
});
