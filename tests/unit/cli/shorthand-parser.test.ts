import { describe, expect, it } from 'vitest';
import { parseShorthand } from '../../../src/cli/aws/shorthand-parser';

// Expected values come from awscli/shorthand.py of the Debian awscli 2.9.19.
const OK: Array<[string, unknown]> = [
  ['Key=env,Value=prod', { Key: 'env', Value: 'prod' }],
  ['a=b,c', { a: ['b', 'c'] }],
  ['a=b,c,d=e', { a: ['b', 'c'], d: 'e' }],
  ['Values=[x,y]', { Values: ['x', 'y'] }],
  ['Cfg={A=1,B=[x,y]},C=d', { Cfg: { A: '1', B: ['x', 'y'] }, C: 'd' }],
  ["a='x,y'", { a: 'x,y' }],
  ['a="q\\"x"', { a: 'q"x' }],
  ['a=b\\,c', { a: 'b,c' }],
  ['a=', { a: '' }],
  ['a=b c', { a: 'b c' }],
  ['a=b\n,c=d', { a: 'b', c: 'd' }],
  ['a=x=y', { a: 'x=y' }],
  ['a=[b,[c,d]],e={f={g=h}}', { a: ['b', ['c', 'd']], e: { f: { g: 'h' } } }],
  ['a.b/c:d#e=1', { 'a.b/c:d#e': '1' }],
  ['a=b,=c', { a: 'b', '': 'c' }],
  // Python's `\s` and rstrip(): U+001C belongs to a word, U+0085 and U+00A0 are stripped, U+FEFF is not.
  ['a=b\x1cc', { a: 'b\x1cc' }],
  ['a=[b\x1cc,d]', { a: ['b\x1cc', 'd'] }],
  ['a=b\x85', { a: 'b' }],
  ['a=b\xa0', { a: 'b' }],
  ['a=b\ufeff', { a: 'b\ufeff' }],
];

const ERRORS: Array<[string, string]> = [
  ['a=b,,c', "Expected: '=', received: 'EOF' for input:\na=b,,c\n      ^"],
  ['Key', "Expected: '=', received: 'EOF' for input:\nKey\n   ^"],
  [
    'a=b,c=d,a=e',
    'Second instance of key "a" encountered for input:\na=b,c=d,a=e\n        ^\nThis is often because there is a preceding "," instead of a space.',
  ],
  ['a=[b', "Expected: ',', received: 'EOF' for input:\na=[b\n    ^"],
  ['a={b=c', "Expected: ',', received: 'EOF' for input:\na={b=c\n      ^"],
  [' a = b ', "Expected: '=', received: 'a' for input:\n a = b \n ^"],
  ['a="x', "Expected: '<double quoted>', received: '<none>' for input:\na=\"x\n  ^"],
  ["a='it''s'", "Expected: ',', received: ''' for input:\na='it''s'\n      ^"],
  ['a=b,c=[', "Expected: ',', received: 'EOF' for input:\na=b,c=[\n       ^"],
  // Python matches code points: nothing past U+FFFF is a word character, and it is one column wide.
  ['a=😀', "Expected: ',', received: '😀' for input:\na=😀\n  ^"],
  ['a=😀,b="c', "Expected: ',', received: '😀' for input:\na=😀,b=\"c\n  ^"],
  ['😀=😀', "Expected: '=', received: '😀' for input:\n😀=😀\n^"],
];

describe('shorthand parser', () => {
  it.each(OK)('parses %j', (input, expected) => expect(parseShorthand(input)).toEqual(expected));
  it.each(ERRORS)('rejects %j with its message byte for byte', (input, message) => {
    let thrown: unknown;
    try {
      parseShorthand(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(message);
  });
});
