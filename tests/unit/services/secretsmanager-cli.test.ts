import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from '../cli/fake-cli-host';
import { Harness } from './support/engine-harness';

const SEED_PASSWORD_COMMAND = `aws secretsmanager get-random-password --password-length 32 --exclude-characters '"@/\\' --query 'RandomPassword' --output text`;

/** The sandbox terminal's CLI emulator, answering from an engine. */
function terminal() {
  const h = new Harness('cli-seed');
  const host = new FakeCliHost((call) => h.call(call.service, call.operation, call.input, call.region));
  return (text: string) => runCli(text, host);
}

describe('Secrets Manager in the sandbox terminal (CLI emulator)', () => {
  it("runs the seed's get-random-password line, alone and inside $(...)", async () => {
    const run = terminal();
    const alone = await run(SEED_PASSWORD_COMMAND);
    expect(alone.stderr).toBe('');
    expect(alone.stdout).toMatch(/^[\x21-\x7e]{32}\n$/);
    expect(alone.stdout).not.toMatch(/[/"@\\]/);

    const created = await run(
      `aws rds create-db-cluster --db-cluster-identifier seeded --engine aurora-mysql --master-username admin --master-user-password $(${SEED_PASSWORD_COMMAND}) --query DBCluster.Status --output text`,
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('creating\n');
  });

  it('creates and reads a secret, and prints AWS errors', async () => {
    const run = terminal();
    const created = await run(`aws secretsmanager create-secret --name lab/db --secret-string '{"username":"admin"}' --query Name --output text
aws secretsmanager get-secret-value --secret-id lab/db --query SecretString --output text`);
    expect(created.stdout).toBe('lab/db\n{"username":"admin"}\n');
    const unknown = await run('aws secretsmanager get-secret-value --secret-id nope');
    expect(unknown.exitCode).toBe(254);
    expect(unknown.stderr.trim()).toBe("An error occurred (ResourceNotFoundException) when calling the GetSecretValue operation: Secrets Manager can't find the specified secret.");
  });
});
