import { describe, expect, it } from 'vitest';
import { formatYaml } from '../../../src/cli/output/output-yaml';
import { PyFloat } from '../../../src/cli/python/py-value';

// Expected texts were produced by ruamel.yaml 0.17 (safe dumper, block style), which the real CLI uses.
describe('--output yaml', () => {
  it('folds long scalars and quotes like ruamel', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const data = { A: words, B: [words, 'x'], C: { D: [{ E: words }] }, F: "it's a  double  space " + words, G: 'a: ' + words, M: 'line1\nline2\n\nline4', T: 'tab\there' };
    expect(formatYaml(data)).toBe("A: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n  word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n  word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36\n  word37 word38 word39\nB:\n- word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n  word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n  word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36\n  word37 word38 word39\n- x\nC:\n  D:\n  - E: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n      word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23\n      word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 word34\n      word35 word36 word37 word38 word39\nF: it's a  double  space word0 word1 word2 word3 word4 word5 word6 word7 word8 word9\n  word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21\n  word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33\n  word34 word35 word36 word37 word38 word39\nG: 'a: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n  word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n  word25 word26 word27 word28 word29 word30 word31 word32 word33 word34 word35 word36\n  word37 word38 word39'\nM: 'line1\n\n  line2\n\n\n  line4'\nT: \"tab\\there\"\n");
  });

  it('sorts keys, quotes ambiguous strings and keeps floats', () => {
    expect(formatYaml({ b: 'true', a: '123', c: new PyFloat(16), d: '2023-01-01', e: 'yes', f: [], g: {}, h: null, i: '~' })).toBe(
      "a: '123'\nb: 'true'\nc: 16.0\nd: '2023-01-01'\ne: yes\nf: []\ng: {}\nh: null\ni: '~'\n",
    );
  });
});
