import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, startEndpointServer, type TestSandbox } from './support/test-servers';

/**
 * Every `aws rds ...` command of ../shared/seed/aurora-seed.md, run in the seed's order with the
 * real AWS CLI v2 against one sandbox, placeholders replaced by ids that exist there. The seed's
 * global database names its primary in us-west-2, so the run's default region is us-west-2.
 * Each command expects what AWS does with it — success, or AWS's (or the CLI's) refusal.
 */
interface SeedCommand {
  readonly name: string;
  readonly command: string;
  readonly exitCode: number;
  /** Text that must appear in stdout (success) or stderr (refusal). */
  readonly shows?: string;
}

const SEED: readonly SeedCommand[] = [
  {
    name: 'Right-size: describe a cluster, query its DatabaseName',
    command: `aws rds describe-db-clusters \\
  --db-cluster-identifier aurora-mysql-cluster \\
  --query 'DBClusters[0].DatabaseName'`,
    exitCode: 0,
    shows: '"myapp"',
  },
  {
    // The CLI sends `audit,error,general,slowquery` as ONE list element (lists are space-separated),
    // which is no log type: AWS refuses it.
    name: 'Production cluster as the seed writes it: one log type named "audit,error,general,slowquery"',
    command: `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-mysql-prod \\
  --engine aurora-mysql \\
  --engine-version 8.0.mysql_aurora.3.02.0 \\
  --master-username admin \\
  --master-user-password SecurePassword123! \\
  --vpc-security-group-ids sg-12345678 \\
  --db-subnet-group-name aurora-subnet-group \\
  --backup-retention-period 14 \\
  --preferred-backup-window "03:00-04:00" \\
  --preferred-maintenance-window "sun:04:00-sun:05:00" \\
  --storage-encrypted \\
  --kms-key-id alias/aurora-encryption-key \\
  --enable-cloudwatch-logs-exports audit,error,general,slowquery \\
  --backtrack-window 72 \\
  --deletion-protection \\
  --tags Key=Environment,Value=Production Key=Application,Value=WebApp`,
    exitCode: 254,
    shows: "An error occurred (InvalidParameterCombination) when calling the CreateDBCluster operation: You cannot use the log types 'audit,error,general,slowquery'",
  },
  {
    name: 'Production cluster, log types space-separated',
    command: `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-mysql-prod \\
  --engine aurora-mysql \\
  --engine-version 8.0.mysql_aurora.3.02.0 \\
  --master-username admin \\
  --master-user-password SecurePassword123! \\
  --vpc-security-group-ids sg-12345678 \\
  --db-subnet-group-name aurora-subnet-group \\
  --backup-retention-period 14 \\
  --preferred-backup-window "03:00-04:00" \\
  --preferred-maintenance-window "sun:04:00-sun:05:00" \\
  --storage-encrypted \\
  --kms-key-id alias/aurora-encryption-key \\
  --enable-cloudwatch-logs-exports audit error general slowquery \\
  --backtrack-window 72 \\
  --deletion-protection \\
  --tags Key=Environment,Value=Production Key=Application,Value=WebApp`,
    exitCode: 0,
    shows: '"BacktrackWindow": 72',
  },
  {
    // The seed writes `--publicly-accessible false`; boolean options take no value in the CLI.
    name: 'Writer instance as the seed writes it: a usage error',
    command: `aws rds create-db-instance \\
  --db-instance-identifier aurora-mysql-writer \\
  --db-instance-class db.r5.2xlarge \\
  --engine aurora-mysql \\
  --db-cluster-identifier aurora-mysql-prod \\
  --publicly-accessible false \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --enable-performance-insights \\
  --performance-insights-retention-period 31 \\
  --tags Key=Role,Value=Writer`,
    exitCode: 252,
    shows: 'Unknown options: false',
  },
  {
    name: 'Writer instance, corrected to --no-publicly-accessible',
    command: `aws rds create-db-instance \\
  --db-instance-identifier aurora-mysql-writer \\
  --db-instance-class db.r5.2xlarge \\
  --engine aurora-mysql \\
  --db-cluster-identifier aurora-mysql-prod \\
  --no-publicly-accessible \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --enable-performance-insights \\
  --performance-insights-retention-period 31 \\
  --tags Key=Role,Value=Writer`,
    exitCode: 0,
    shows: '"PerformanceInsightsRetentionPeriod": 31',
  },
  {
    name: 'Read replica, corrected to --no-publicly-accessible',
    command: `aws rds create-db-instance \\
  --db-instance-identifier aurora-mysql-reader-1 \\
  --db-instance-class db.r5.xlarge \\
  --engine aurora-mysql \\
  --db-cluster-identifier aurora-mysql-prod \\
  --no-publicly-accessible \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --enable-performance-insights \\
  --tags Key=Role,Value=Reader`,
    exitCode: 0,
  },
  {
    // Without --engine-version, serverless mode gets the default Serverless v1 version (Aurora MySQL 2).
    name: 'Serverless v1 cluster with the Data API',
    command: `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-serverless-dev \\
  --engine aurora-mysql \\
  --engine-mode serverless \\
  --master-username admin \\
  --master-user-password SecurePassword123! \\
  --vpc-security-group-ids sg-12345678 \\
  --db-subnet-group-name aurora-subnet-group \\
  --scaling-configuration '{
    "MinCapacity": 2,
    "MaxCapacity": 64,
    "AutoPause": true,
    "SecondsUntilAutoPause": 3600,
    "TimeoutAction": "ForceApplyCapacityChange",
    "SecondsBeforeTimeout": 300
  }' \\
  --enable-http-endpoint \\
  --storage-encrypted \\
  --tags Key=Environment,Value=Development`,
    exitCode: 0,
    shows: '"EngineMode": "serverless"',
  },
  {
    name: 'Serverless v2 cluster',
    command: `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-serverless-v2 \\
  --engine aurora-mysql \\
  --engine-version 8.0.mysql_aurora.3.02.0 \\
  --master-username admin \\
  --master-user-password SecurePassword123! \\
  --vpc-security-group-ids sg-12345678 \\
  --db-subnet-group-name aurora-subnet-group \\
  --serverless-v2-scaling-configuration '{
    "MinCapacity": 0.5,
    "MaxCapacity": 128
  }' \\
  --storage-encrypted \\
  --tags Key=Environment,Value=Production Key=Type,Value=ServerlessV2`,
    exitCode: 0,
    shows: '"MaxCapacity": 128.0',
  },
  {
    name: 'Global database from the production cluster',
    command: `aws rds create-global-cluster \\
  --global-cluster-identifier aurora-global-prod \\
  --engine aurora-mysql \\
  --engine-version 8.0.mysql_aurora.3.02.0 \\
  --storage-encrypted \\
  --source-db-cluster-identifier arn:aws:rds:us-west-2:account:cluster:aurora-mysql-prod`,
    // With a source cluster, AWS takes engine, version and encryption from it and refuses them here.
    exitCode: 254,
    shows: 'InvalidParameterCombination',
  },
  {
    name: 'Global database from the production cluster, source settings left to the source',
    command: `aws rds create-global-cluster \\
  --global-cluster-identifier aurora-global-prod \\
  --source-db-cluster-identifier arn:aws:rds:us-west-2:account:cluster:aurora-mysql-prod`,
    exitCode: 0,
    shows: '"IsWriter": true',
  },
  {
    name: 'Secondary region',
    command: `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-mysql-secondary \\
  --engine aurora-mysql \\
  --global-cluster-identifier aurora-global-prod \\
  --vpc-security-group-ids sg-87654321 \\
  --db-subnet-group-name aurora-subnet-group-east \\
  --region us-east-1 \\
  --storage-encrypted \\
  --tags Key=Environment,Value=Production Key=Role,Value=Secondary`,
    exitCode: 0,
    // (This 2023 CLI's model predates DBCluster.GlobalClusterIdentifier, so it does not print it.)
    shows: '"DBClusterIdentifier": "aurora-mysql-secondary"',
  },
  {
    name: 'The global database now has a writer and a reader region (not a seed command: the check)',
    command: `aws rds describe-global-clusters --global-cluster-identifier aurora-global-prod --query 'GlobalClusters[0].GlobalClusterMembers[].IsWriter' --output text`,
    exitCode: 0,
    shows: 'True\tFalse',
  },
  {
    name: 'Encryption in transit through the cluster parameter group',
    command: `aws rds modify-db-cluster-parameter-group \\
  --db-cluster-parameter-group-name aurora-mysql-params \\
  --parameters ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=pending-reboot`,
    exitCode: 0,
    shows: '"DBClusterParameterGroupName": "aurora-mysql-params"',
  },
  {
    name: 'IAM database authentication',
    command: `aws rds modify-db-cluster \\
  --db-cluster-identifier aurora-mysql-prod \\
  --enable-iam-database-authentication \\
  --apply-immediately`,
    exitCode: 0,
  },
  {
    name: 'Enhanced Monitoring on the writer',
    command: `aws rds modify-db-instance \\
  --db-instance-identifier aurora-mysql-writer \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --apply-immediately`,
    exitCode: 0,
  },
  {
    name: 'Cluster status',
    command: `aws rds describe-db-clusters \\
  --db-cluster-identifier aurora-mysql-prod \\
  --query 'DBClusters[0].Status'`,
    exitCode: 0,
    shows: '"',
  },
  {
    name: 'Failover events',
    command: `aws rds describe-events \\
  --source-identifier aurora-mysql-prod \\
  --source-type db-cluster \\
  --start-time 2023-01-01T00:00:00Z \\
  --event-categories failover`,
    exitCode: 0,
    shows: '"Events": []',
  },
  {
    name: 'Backtrack status',
    command: `aws rds describe-db-cluster-backtracks \\
  --db-cluster-identifier aurora-mysql-prod`,
    exitCode: 0,
    shows: '"DBClusterBacktracks": []',
  },
  {
    name: 'Complete setup 1: subnet group',
    command: `aws rds create-db-subnet-group \\
  --db-subnet-group-name aurora-subnet-group \\
  --db-subnet-group-description "Aurora cluster subnet group" \\
  --subnet-ids subnet-12345678 subnet-87654321 subnet-11111111`,
    // Created at the start of this run (the clusters above need it), so AWS refuses a second one.
    exitCode: 254,
    shows: 'DBSubnetGroupAlreadyExists',
  },
  {
    name: 'Complete setup 2: parameter group',
    command: `aws rds create-db-cluster-parameter-group \\
  --db-cluster-parameter-group-name aurora-mysql-8-0 \\
  --db-parameter-group-family aurora-mysql8.0 \\
  --description "Aurora MySQL 8.0 cluster parameters"`,
    exitCode: 0,
    shows: '"DBParameterGroupFamily": "aurora-mysql8.0"',
  },
  {
    name: 'Complete setup 4: writer instance',
    command: `aws rds create-db-instance \\
  --db-instance-identifier aurora-writer-1 \\
  --db-instance-class db.r5.2xlarge \\
  --engine aurora-mysql \\
  --db-cluster-identifier aurora-prod-cluster \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --enable-performance-insights \\
  --performance-insights-retention-period 31`,
    exitCode: 0,
  },
  {
    name: 'Complete setup 5: read replicas',
    command: `for i in {1..3}; do
  aws rds create-db-instance \\
    --db-instance-identifier aurora-reader-$i \\
    --db-instance-class db.r5.xlarge \\
    --engine aurora-mysql \\
    --db-cluster-identifier aurora-prod-cluster \\
    --monitoring-interval 60 \\
    --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
    --enable-performance-insights
done`,
    exitCode: 0,
    shows: 'aurora-reader-3',
  },
];

describe.runIf(haveRealAwsCli())('every aws rds command of the seed, with the real AWS CLI v2', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let substitute: (text: string) => string;
  const env = () => ({ ...sandbox, region: 'us-west-2' });

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    const ids = async (script: string) => (await runWithRealCli(script, env())).stdout.trim().split(/\s+/);
    const [westSg] = await ids(`aws ec2 describe-security-groups --filters Name=group-name,Values=default --query 'SecurityGroups[0].GroupId' --output text`);
    const [eastSg] = await ids(`aws ec2 describe-security-groups --region us-east-1 --filters Name=group-name,Values=default --query 'SecurityGroups[0].GroupId' --output text`);
    const westSubnets = await ids(`aws ec2 describe-subnets --query 'Subnets[].SubnetId' --output text`);
    const [account] = await ids(`aws ec2 describe-vpcs --query 'Vpcs[0].OwnerId' --output text`);
    substitute = (text) =>
      text
        .replaceAll('sg-12345678', westSg)
        .replaceAll('sg-87654321', eastSg)
        .replaceAll('subnet-12345678', westSubnets[0])
        .replaceAll('subnet-87654321', westSubnets[1])
        .replaceAll('subnet-11111111', westSubnets[2])
        .replaceAll(':account:', `:${account}:`)
        .replaceAll('::account:', `::${account}:`);
    // What the seed's commands assume already exists.
    const setup = await runWithRealCli(
      substitute(`set -e
aws rds create-db-subnet-group --db-subnet-group-name aurora-subnet-group --db-subnet-group-description "Aurora cluster subnet group" --subnet-ids subnet-12345678 subnet-87654321 subnet-11111111 >/dev/null
EAST=$(aws ec2 describe-subnets --region us-east-1 --query 'Subnets[].SubnetId' --output text)
aws rds create-db-subnet-group --region us-east-1 --db-subnet-group-name aurora-subnet-group-east --db-subnet-group-description "East" --subnet-ids $EAST >/dev/null
aws rds create-db-cluster --db-cluster-identifier aurora-mysql-cluster --engine aurora-mysql --database-name myapp --master-username admin --master-user-password SecurePassword123! >/dev/null
aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name aurora-mysql-params --db-parameter-group-family aurora-mysql8.0 --description "Aurora MySQL params" >/dev/null
aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"monitoring.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}' >/dev/null
aws iam attach-role-policy --role-name rds-monitoring-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole
aws kms create-alias --alias-name alias/aurora-encryption-key --target-key-id $(aws kms create-key --description "Aurora encryption key" --query KeyMetadata.KeyId --output text)
aws rds create-db-cluster --db-cluster-identifier aurora-prod-cluster --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.02.0 --master-username admin --master-user-password SecurePassword123! --db-subnet-group-name aurora-subnet-group >/dev/null`),
      env(),
    );
    expect(setup.stderr).toBe('');
  });
  afterAll(async () => server?.close());

  it.each(SEED.map((c) => [c.name, c] as const))('%s', async (_name, seed) => {
    // As a learner would wait: the source cluster must be available before it seeds a global
    // database, and the global database must be available before a secondary joins it.
    const waitFirst: Record<string, number> = { 'Global database from the production cluster': 15 * 60_000, 'Secondary region': 5 * 60_000 };
    if (waitFirst[seed.name]) await server.services.sandboxes.advanceClock(sandbox.id, waitFirst[seed.name], 'api');
    const run = await runWithRealCli(substitute(seed.command), env());
    expect({ exitCode: run.status, stderr: seed.exitCode === 0 ? run.stderr : '(refused)' }).toEqual({ exitCode: seed.exitCode, stderr: seed.exitCode === 0 ? '' : '(refused)' });
    if (seed.shows) expect(seed.exitCode === 0 ? run.stdout : run.stderr).toContain(seed.shows);
  });
});
