import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, HistoryWalk, logicalCommands, withCommand } from '../../../src/ui/editor/command-history';

describe('command history', () => {
  it('appends run commands, without repeating the last one and within its limit', () => {
    let history: string[] = [];
    history = withCommand(history, 'aws sts get-caller-identity  ');
    history = withCommand(history, 'aws sts get-caller-identity');
    history = withCommand(history, '   ');
    history = withCommand(history, 'aws rds describe-db-clusters');
    history = withCommand(history, 'aws sts get-caller-identity');
    expect(history).toEqual(['aws sts get-caller-identity', 'aws rds describe-db-clusters', 'aws sts get-caller-identity']);
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => `echo ${i}`);
    expect(withCommand(full, 'echo last')).toEqual([...full.slice(1), 'echo last']);
  });

  it('splits a script into its commands, continuation lines kept together, comments and blanks left out', () => {
    const script = '# set up\nX=1\n\naws rds create-db-cluster \\\n  --db-cluster-identifier demo \\\n  --engine aurora-mysql\n  echo done  \n';
    expect(logicalCommands(script)).toEqual(['X=1', 'aws rds create-db-cluster \\\n  --db-cluster-identifier demo \\\n  --engine aurora-mysql', '  echo done']);
  });

  it('walks from the draft to older entries and back to the draft', () => {
    const walk = new HistoryWalk(['first', 'second'], 'draft');
    expect(walk.atDraft).toBe(true);
    expect(walk.newer()).toBeUndefined();
    expect(walk.older()).toBe('second');
    expect(walk.older()).toBe('first');
    expect(walk.older()).toBeUndefined();
    expect(walk.newer()).toBe('second');
    expect(walk.newer()).toBe('draft');
    expect(walk.atDraft).toBe(true);
    expect(new HistoryWalk([], '').older()).toBeUndefined();
  });
});
