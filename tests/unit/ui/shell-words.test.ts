import { describe, expect, it } from 'vitest';
import { programWords, scanShellWords } from '../../../src/ui/editor/shell-words';

const values = (text: string) => scanShellWords(text).commands.map((command) => command.words.map((word) => word.value ?? '<expands>'));

describe('scanShellWords', () => {
  it('splits commands on newlines and operators, removes quotes and keeps each word’s place', () => {
    const text = `aws rds describe-db-clusters --query 'DBClusters[0]' && echo "a b"; # note\naws ec2 describe-vpcs`;
    expect(values(text)).toEqual([
      ['aws', 'rds', 'describe-db-clusters', '--query', 'DBClusters[0]'],
      ['echo', 'a b'],
      ['aws', 'ec2', 'describe-vpcs'],
    ]);
    const query = scanShellWords(text).commands[0].words[4];
    expect(text.slice(query.start, query.end)).toBe(`'DBClusters[0]'`);
    expect(query.raw).toBe(`'DBClusters[0]'`);
  });

  it('joins lines continued with a backslash into one command', () => {
    const text = 'aws rds create-db-cluster \\\n  --db-cluster-identifier demo \\\n  --engine aurora-mysql';
    expect(values(text)).toEqual([['aws', 'rds', 'create-db-cluster', '--db-cluster-identifier', 'demo', '--engine', 'aurora-mysql']]);
    const engine = scanShellWords(text).commands[0].words[5];
    expect(text.slice(engine.start, engine.end)).toBe('--engine');
  });

  it('lists the commands inside $(...) after the command whose word holds them', () => {
    const text = 'aws rds create-db-subnet-group --subnet-ids $(aws ec2 describe-subnets --query "Subnets[].SubnetId" --output text) --x y';
    const scan = scanShellWords(text);
    expect(scan.commands.map((command) => command.depth)).toEqual([0, 1]);
    expect(values(text)[0]).toEqual(['aws', 'rds', 'create-db-subnet-group', '--subnet-ids', '<expands>', '--x', 'y']);
    expect(values(text)[1]).toEqual(['aws', 'ec2', 'describe-subnets', '--query', 'Subnets[].SubnetId', '--output', 'text']);
    const substitution = scan.commands[0].words[4];
    expect(substitution).toMatchObject({ mayExpand: true, unterminated: false });
  });

  it('tells words the shell may split (unquoted expansions, brace patterns) from quoted ones', () => {
    const [words] = scanShellWords('aws x $A "$B" {a,b} \'{a,b}\' pre${C}post {"k":1}').commands.map((command) => command.words);
    expect(words.slice(2).map((word) => [word.value, word.mayExpand])).toEqual([
      [undefined, true],
      [undefined, false],
      ['{a,b}', true],
      ['{a,b}', false],
      [undefined, true],
      ['{k:1}', false],
    ]);
  });

  it('knows which command the end of the text is in, even inside an open $(', () => {
    expect(scanShellWords('X=$(aws ec2 describe-sub').commandAtEnd.words.map((word) => word.value)).toEqual(['aws', 'ec2', 'describe-sub']);
    expect(scanShellWords('aws rds describe-db-clusters;\n').commandAtEnd.words).toEqual([]);
    const open = scanShellWords('aws rds x --query "DB').commandAtEnd.words.at(-1);
    expect(open).toMatchObject({ value: 'DB', unterminated: true });
  });

  it('leaves redirections and their targets out of the arguments', () => {
    expect(values('aws sts get-caller-identity >/dev/null 2>&1 && aws rds describe-db-clusters 2> err.txt --output text')).toEqual([
      ['aws', 'sts', 'get-caller-identity'],
      ['aws', 'rds', 'describe-db-clusters', '--output', 'text'],
    ]);
  });

  it('finds the program after assignments and shell keywords', () => {
    const [assignment] = scanShellWords('X=1 Y=$(date) aws sts get-caller-identity').commands;
    expect(programWords(assignment.words).map((word) => word.value)).toEqual(['aws', 'sts', 'get-caller-identity']);
    const loop = scanShellWords('for i in 1 2; do aws rds describe-db-clusters; done').commands;
    expect(loop.map((command) => programWords(command.words)[0]?.value)).toEqual(['for', 'aws', 'done']);
  });
});
