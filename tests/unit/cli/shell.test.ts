import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

const run = (text: string, host = new FakeCliHost()) => runCli(text, host);

describe('shell subset', () => {
  it('expands variables in the forms bash knows', async () => {
    const result = await run(`X=1; echo $X \${X} "$X" '$X' "\${MISSING:-dflt}" \\$X`);
    expect(result).toEqual({ stdout: '1 1 1 $X dflt $X\n', stderr: '', exitCode: 0 });
  });

  it('runs lists with ;, newlines, && and ||', async () => {
    const result = await run('false && echo no || echo yes\necho two; true && echo three');
    expect(result.stdout).toBe('yes\ntwo\nthree\n');
  });

  it('handles quoting, escapes, comments and line continuations', async () => {
    const result = await run(`echo "a  b" 'c "d"' e\\ f # comment\necho one \\\n  two`);
    expect(result.stdout).toBe('a  b c "d" e f\none two\n');
  });

  it('loops over brace ranges and word lists', async () => {
    const result = await run('for i in {1..3}; do echo "n=$i"; done\nfor w in a b; do\n  echo $w\ndone');
    expect(result.stdout).toBe('n=1\nn=2\nn=3\na\nb\n');
  });

  it('substitutes command output and word-splits it when unquoted', async () => {
    const result = await run('L=$(echo a b); for x in $L; do echo "[$x]"; done; echo "$(echo "q r")"; echo `echo tick`');
    expect(result.stdout).toBe('[a]\n[b]\nq r\ntick\n');
  });

  it('passes exported variables to aws, not unexported ones', async () => {
    const host = new FakeCliHost();
    await run('AWS_DEFAULT_REGION=eu-west-1; aws rds describe-db-clusters --no-paginate', host);
    await run('unset AWS_DEFAULT_REGION; R=ap-south-1; aws rds describe-db-clusters --no-paginate', host);
    await run('export R2=ca-central-1; AWS_REGION=$R2 aws rds describe-db-clusters --no-paginate', host);
    expect(host.calls.map((c) => c.region)).toEqual(['eu-west-1', 'us-east-1', 'ca-central-1']);
  });

  it('feeds aws output into variables', async () => {
    const host = new FakeCliHost(() => ({ DBClusters: [{ DBClusterIdentifier: 'c1', Endpoint: 'c1.cluster-x.us-east-1.rds.amazonaws.com' }] }));
    const result = await run(
      `EP=$(aws rds describe-db-clusters --query 'DBClusters[0].Endpoint' --output text)\necho "endpoint: $EP"`,
      host,
    );
    expect(result.stdout).toBe('endpoint: c1.cluster-x.us-east-1.rds.amazonaws.com\n');
  });

  it('keeps the status of the last command and $?', async () => {
    expect((await run('false')).exitCode).toBe(1);
    expect((await run('false; echo $?')).stdout).toBe('1\n');
    const failed = await run('P=$(aws nosuchservice x); echo "rc=$?"');
    expect(failed.stdout).toBe('rc=252\n');
    expect(failed.stderr).toContain("aws: error: argument command: Invalid choice, valid choices are:");
  });

  it('stops at the first failure under set -e', async () => {
    const result = await run('set -e\necho a\nfalse\necho b');
    expect(result).toMatchObject({ stdout: 'a\n', exitCode: 1 });
  });

  it('says which features the sandboxed terminal lacks (exit 127)', async () => {
    const pipe = await run('aws rds describe-db-clusters | jq .');
    expect(pipe).toEqual({ stdout: '', stderr: 'bash: pipes (|) are not supported in this sandboxed terminal\n', exitCode: 127 });
    const redirect = await run('echo x > out.txt');
    expect(redirect.stderr).toBe('bash: output redirection (>) is not supported in this sandboxed terminal\n');
    const program = await run('jq .');
    expect(program.stderr).toMatch(/^bash: jq: command not found \(sandboxed terminal: /);
    expect(program.exitCode).toBe(127);
  });

  it('rejects what it cannot parse without running anything (exit 2)', async () => {
    const host = new FakeCliHost();
    expect(await run('aws rds describe-db-clusters; echo "open', host)).toEqual({
      stdout: '',
      stderr: 'bash: unexpected EOF while looking for matching `"\'\n',
      exitCode: 2,
    });
    expect((await run('if true; then echo x; fi', host)).stderr).toBe('bash: `if` statements are not supported in this sandboxed terminal\n');
    expect((await run('echo a;; echo b', host)).stderr).toBe("bash: syntax error near unexpected token `;;'\n");
    expect((await run('for i in 1 2; do echo $i', host)).stderr).toBe('bash: syntax error: unexpected end of file\n');
    expect(host.calls).toHaveLength(0);
  });

  it('advances the virtual clock on sleep', async () => {
    const host = new FakeCliHost();
    await run('sleep 90; sleep 1m', host);
    expect(host.clockAdvances).toEqual([90_000, 60_000]);
  });

  it('supports echo -n and -e, and exit', async () => {
    expect((await run('echo -n a; echo -e "b\\tc"')).stdout).toBe('ab\tc\n');
    expect(await run('echo a; exit 3; echo b')).toEqual({ stdout: 'a\n', stderr: '', exitCode: 3 });
  });
});
