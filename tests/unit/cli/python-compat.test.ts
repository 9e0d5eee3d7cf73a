import { describe, expect, it } from 'vitest';
import { getCloseMatches } from '../../../src/cli/python/difflib';
import { pyJsonDumpsCompact, pyJsonDumpsIndented, pyJsonLoads } from '../../../src/cli/python/py-json';
import { pyFloat, pyInt } from '../../../src/cli/python/py-number';
import { pyFloatRepr, pyRepr, pyStr } from '../../../src/cli/python/py-repr';
import { PyFloat } from '../../../src/cli/python/py-value';

// Expected values were produced with CPython 3.11 (the interpreter of the Debian awscli).
describe('Python float repr', () => {
  it.each([
    [16, '16.0'],
    [0.5, '0.5'],
    [1e16, '1e+16'],
    [1e-5, '1e-05'],
    [123456789.123, '123456789.123'],
    [1234567890123456, '1234567890123456.0'],
    [0.0001, '0.0001'],
    [-2.5e-7, '-2.5e-07'],
    [1e22, '1e+22'],
    [3e15, '3000000000000000.0'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('%s -> %s', (value, text) => expect(pyFloatRepr(value)).toBe(text));
});

describe('Python str/repr', () => {
  it('renders containers like Python', () => {
    expect(pyStr(['a', 'Value'])).toBe("['a', 'Value']");
    expect(pyStr({ Key: 'a', n: 1, f: new PyFloat(2), b: true, z: null })).toBe("{'Key': 'a', 'n': 1, 'f': 2.0, 'b': True, 'z': None}");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a\nb\\')).toBe("'a\\nb\\\\'");
  });
});

describe('json.loads', () => {
  it.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['[', 'Expecting value: line 1 column 2 (char 1)'],
    ['{"a"', "Expecting ':' delimiter: line 1 column 5 (char 4)"],
    ['{"a":1', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
    ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['"a\\x"', 'Invalid \\escape: line 1 column 3 (char 2)'],
    ['"a\\u12zz"', 'Invalid \\uXXXX escape: line 1 column 4 (char 3)'],
    ['"a\nb"', 'Invalid control character at: line 1 column 3 (char 2)'],
    ['1 2', 'Extra data: line 1 column 3 (char 2)'],
    ["{'a':1}", 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['  ', 'Expecting value: line 1 column 3 (char 2)'],
    ['{"a":[1,{"b":]}}', 'Expecting value: line 1 column 14 (char 13)'],
    // Positions count code points, as Python's do: 😀 is one character, not two UTF-16 units.
    ['["😀",]', 'Expecting value: line 1 column 6 (char 5)'],
    ['{"😀": 1,\n "😀" 2}', "Expecting ':' delimiter: line 2 column 6 (char 14)"],
  ])('%j fails like CPython', (doc, message) => {
    expect(() => pyJsonLoads(doc)).toThrow(message);
  });

  it('keeps ints and floats apart', () => {
    const value = pyJsonLoads('{"i": 1, "f": 1.0, "e": 1.5e3, "n": null, "t": true, "s": "\\u00e9"}');
    expect(value).toEqual({ i: 1, f: new PyFloat(1), e: new PyFloat(1500), n: null, t: true, s: 'é' });
  });

  it('dumps with indent=4 and ensure_ascii=False', () => {
    const text = pyJsonDumpsIndented({ a: [1, new PyFloat(2), { b: null, c: true }], d: {}, e: [], f: 'é\u0001"\\', g: new PyFloat(1e16) });
    expect(text).toBe(
      '{\n    "a": [\n        1,\n        2.0,\n        {\n            "b": null,\n            "c": true\n        }\n    ],\n    "d": {},\n    "e": [],\n    "f": "é\\u0001\\"\\\\",\n    "g": 1e+16\n}',
    );
    expect(pyJsonDumpsCompact([new PyFloat(1), { a: 2 }])).toBe('[1.0,{"a":2}]');
  });
});

describe('int() and float()', () => {
  it('accepts what Python accepts', () => {
    expect(pyInt(' 42 ')).toBe(42);
    expect(pyInt('1_000')).toBe(1000);
    expect(pyFloat('1e3').value).toBe(1000);
    expect(pyFloat('inf').value).toBe(Infinity);
  });
  it('reads Unicode decimal digits and skips Unicode spaces, as CPython does', () => {
    expect(pyInt('\u0663')).toBe(3); // ARABIC-INDIC DIGIT THREE
    expect(pyInt('\uff11\uff12')).toBe(12); // FULLWIDTH DIGITS
    expect(pyFloat('\u0661.\u0665').value).toBe(1.5);
    expect(pyInt('\u00a07\u3000')).toBe(7);
    expect(pyInt('\x857\x85')).toBe(7);
  });
  it('fails with Python messages', () => {
    // U+001C is str.isspace() but int() does not skip it; U+FEFF is not a space at all.
    expect(() => pyInt('\x1c7')).toThrow("invalid literal for int() with base 10: '\\x1c7'");
    expect(() => pyFloat('\ufeff1')).toThrow("could not convert string to float: '\\ufeff1'");
    expect(() => pyInt('5.5')).toThrow("invalid literal for int() with base 10: '5.5'");
    expect(() => pyFloat('x')).toThrow("could not convert string to float: 'x'");
  });
});

describe('difflib.get_close_matches', () => {
  it('ranks like CPython', () => {
    expect(getCloseMatches('describe-db-cluster', ['describe-db-clusters', 'describe-global-clusters', 'describe-db-instances', 'create-db-cluster'], 3, 0.8)).toEqual([
      'describe-db-clusters',
      'describe-global-clusters',
    ]);
    expect(getCloseMatches('creat-db-cluster', ['describe-db-clusters', 'create-db-cluster', 'create-db-clusters', 'delete-db-cluster'], 3, 0.8)).toEqual([
      'create-db-cluster',
      'create-db-clusters',
    ]);
  });
});
