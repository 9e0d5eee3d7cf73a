import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../src/cli/output/output-table';
import type { PyValue } from '../../../src/cli/python/py-value';
import { parseCliTable, type CliTableSection } from '../../../src/ui/format/cli-table-text';

const single = (text: string): readonly CliTableSection[] => {
  const tables = parseCliTable(text);
  expect(tables, text).toBeDefined();
  expect(tables).toHaveLength(1);
  return tables?.[0].sections ?? [];
};

describe('parseCliTable', () => {
  it('reads titles, column headers and rows of nested sections', () => {
    const text = formatTable('DescribeDBClusters', {
      DBClusters: [
        { DBClusterIdentifier: 'a', Engine: 'aurora-mysql', Status: 'available' },
        { DBClusterIdentifier: 'b', Engine: 'aurora-postgresql', Status: 'creating' },
      ],
    });
    expect(single(text)).toEqual([
      { indent: 0, title: 'DescribeDBClusters', rows: [] },
      {
        indent: 1,
        title: 'DBClusters',
        headers: ['DBClusterIdentifier', 'Engine', 'Status'],
        rows: [
          ['a', 'aurora-mysql', 'available'],
          ['b', 'aurora-postgresql', 'creating'],
        ],
      },
    ]);
  });

  it('reads the CLI’s name/value layout of a single object and its nested keys', () => {
    const text = formatTable('DescribeVpcs', {
      Vpcs: [
        {
          CidrBlock: '172.31.0.0/16',
          DhcpOptionsId: 'dopt-0a1b2c3d',
          State: 'available',
          VpcId: 'vpc-0123456789abcdef0',
          OwnerId: '123456789012',
          IsDefault: true,
          CidrBlockAssociationSet: [{ AssociationId: 'vpc-cidr-assoc-0abc', CidrBlock: '172.31.0.0/16', CidrBlockState: { State: 'associated' } }],
        },
      ],
    });
    const sections = single(text);
    expect(sections.map((section) => [section.indent, section.title])).toEqual([
      [0, 'DescribeVpcs'],
      [1, 'Vpcs'],
      [2, 'CidrBlockAssociationSet'],
      [3, 'CidrBlockState'],
    ]);
    expect(sections[1].headers).toBeUndefined();
    expect(sections[1].rows).toContainEqual(['IsDefault', 'True']);
    expect(sections[3].rows).toEqual([['State', 'associated']]);
  });

  it('reads rows without headers, empty results and several tables one after another', () => {
    const ids = formatTable('DescribeVpcs', ['vpc-1', 'vpc-2']);
    const empty = formatTable('DescribeDBClusters', { DBClusters: [] });
    expect(single(ids)).toEqual([{ indent: 0, title: 'DescribeVpcs', rows: [['vpc-1'], ['vpc-2']] }]);
    expect(single(empty)).toEqual([{ indent: 0, title: 'DescribeDBClusters', rows: [] }]);
    expect(parseCliTable(ids + empty)?.map((table) => table.sections[0].title)).toEqual(['DescribeVpcs', 'DescribeDBClusters']);
  });

  it('refuses anything that is not entirely table output', () => {
    expect(parseCliTable('{\n    "DBClusters": []\n}\n')).toBeUndefined();
    expect(parseCliTable('vpc-1\tvpc-2\n')).toBeUndefined();
    const table = formatTable('X', [['a', 1]]);
    expect(parseCliTable(table.split('\n').slice(0, -2).join('\n'))).toBeUndefined();
    expect(parseCliTable(`${table}An error occurred\n`)).toBeUndefined();
    expect(parseCliTable(formatTable('X', [['a', 1]], { color: true }))).toBeUndefined();
    expect(parseCliTable('')).toBeUndefined();
  });

  it('reads back every value of any output the CLI formats as a table', () => {
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9.:/-]{0,14}$/);
    const key = fc.stringMatching(/^[A-Z][A-Za-z]{0,9}$/);
    const scalar = fc.oneof(word, fc.integer({ min: 0, max: 99999 }), fc.boolean());
    const value = fc.letrec<{ value: PyValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.dictionary(key, tie('value'), { minKeys: 1, maxKeys: 4 }),
        fc.array(fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 4 }), { minLength: 1, maxLength: 3 }),
        fc.array(scalar, { minLength: 1, maxLength: 3 }),
      ),
    })).value;
    const leaves = (v: PyValue): string[] => {
      if (Array.isArray(v)) return v.flatMap(leaves);
      if (v !== null && typeof v === 'object') return Object.values(v).flatMap((child) => leaves(child as PyValue));
      return [v === true ? 'True' : v === false ? 'False' : String(v)];
    };
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), (output) => {
        const text = formatTable('Operation', output);
        const tables = parseCliTable(text);
        expect(tables, text).toBeDefined();
        const cells = new Set((tables ?? []).flatMap((table) => table.sections.flatMap((section) => section.rows.flat())));
        for (const leaf of leaves(output)) expect(cells.has(leaf), `${leaf} in\n${text}`).toBe(true);
      }),
      { numRuns: Number(process.env.TABLE_RUNS ?? 300) },
    );
  });
});
