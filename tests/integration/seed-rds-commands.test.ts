import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThroughCliRoute } from './support/cli-route';
import { coversOutput, maskUuids } from './support/cli-output-comparison';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import {
  SEED_COMPLETE_SETUP_STEP_1,
  SEED_COMPLETE_SETUP_STEP_2,
  SEED_COMPLETE_SETUP_STEP_3,
  SEED_COMPLETE_SETUP_STEP_4,
  SEED_COMPLETE_SETUP_STEP_5,
  SEED_COMPLETE_SETUP_STEP_6,
  SEED_COMPLETE_SETUP_STEP_7,
  SEED_GET_METRIC_STATISTICS,
  SEED_IAM_CREATE_POLICY,
  SEED_PERFORMANCE_INSIGHTS,
  SEED_PRODUCTION_CLUSTER,
  SEED_PUT_METRIC_ALARM,
  SEED_WRITER_INSTANCE,
} from './support/seed-document';
import { twinSandbox, type TwinSandbox } from './support/twin-sandboxes';

/**
 * Every `aws ...` command of ../shared/seed/aurora-seed.md, run in the seed's order with the
 * real AWS CLI v2 against one sandbox and typed into the in-browser CLI against an identical twin, placeholders replaced by ids that exist there. The seed's
 * global database names its primary in us-west-2, so the run's default region is us-west-2.
 * Each command expects what AWS does with it — success, or AWS's (or the CLI's) refusal.
 */
interface SeedCommand {
  readonly name: string;
  readonly command: string;
  readonly exitCode: number;
  /** Text that must appear in stdout (success) or stderr (refusal). */
  readonly shows?: string;
  /**
   * The output holds members this 2023 CLI's model lacks (e.g. `DBCluster.GlobalClusterIdentifier`):
   * the in-browser CLI's output is then compared as data, not byte for byte (docs/fidelity.md).
   */
  readonly newerModel?: true;
  /** Where the current model changed what the CLI checks before sending, what the in-browser CLI does instead. */
  readonly inBrowser?: { readonly exitCode: number; readonly shows: string };
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
    command: SEED_PRODUCTION_CLUSTER,
    exitCode: 254,
    shows: "An error occurred (InvalidParameterCombination) when calling the CreateDBCluster operation: You cannot use the log types 'audit,error,general,slowquery'",
  },
  {
    name: 'Production cluster, log types space-separated',
    command: SEED_PRODUCTION_CLUSTER.replace('audit,error,general,slowquery', 'audit error general slowquery'),
    exitCode: 0,
    newerModel: true,
    shows: '"BacktrackWindow": 72',
  },
  {
    // The seed writes `--publicly-accessible false`; boolean options take no value in the CLI.
    name: 'Writer instance as the seed writes it: a usage error',
    command: SEED_WRITER_INSTANCE,
    exitCode: 252,
    shows: 'Unknown options: false',
  },
  {
    name: 'Writer instance, corrected to --no-publicly-accessible',
    command: SEED_WRITER_INSTANCE.replace('--publicly-accessible false', '--no-publicly-accessible'),
    exitCode: 0,
    newerModel: true,
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
    newerModel: true,
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
    newerModel: true,
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
    newerModel: true,
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
    newerModel: true,
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
    newerModel: true,
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
    newerModel: true,
  },
  {
    name: 'Enhanced Monitoring on the writer',
    command: `aws rds modify-db-instance \\
  --db-instance-identifier aurora-mysql-writer \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --apply-immediately`,
    exitCode: 0,
    newerModel: true,
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
    command: SEED_COMPLETE_SETUP_STEP_1,
    // Created at the start of this run (the clusters above need it), so AWS refuses a second one.
    exitCode: 254,
    shows: 'DBSubnetGroupAlreadyExists',
  },
  {
    name: 'Complete setup 2: parameter group',
    command: SEED_COMPLETE_SETUP_STEP_2,
    exitCode: 0,
    shows: '"DBParameterGroupFamily": "aurora-mysql8.0"',
  },
  {
    name: 'Complete setup 3 as written: the cluster, its password from Secrets Manager, one log type named "audit,error,general,slowquery"',
    command: SEED_COMPLETE_SETUP_STEP_3,
    exitCode: 254,
    shows: "You cannot use the log types 'audit,error,general,slowquery'",
  },
  {
    name: 'Complete setup 3, log types space-separated',
    command: SEED_COMPLETE_SETUP_STEP_3.replace('audit,error,general,slowquery', 'audit error general slowquery'),
    exitCode: 0,
    newerModel: true,
    shows: '"BacktrackWindow": 72',
  },
  {
    name: 'Complete setup 4: writer instance',
    command: SEED_COMPLETE_SETUP_STEP_4,
    exitCode: 0,
    newerModel: true,
  },
  {
    name: 'Complete setup 5: read replicas',
    command: SEED_COMPLETE_SETUP_STEP_5,
    exitCode: 0,
    newerModel: true,
    shows: 'aurora-reader-3',
  },
  {
    name: 'Complete setup 6: global database',
    command: SEED_COMPLETE_SETUP_STEP_6,
    exitCode: 0,
    newerModel: true,
    shows: '"GlobalClusterIdentifier": "aurora-global"',
  },
  {
    name: 'Complete setup 7: secondary region',
    command: SEED_COMPLETE_SETUP_STEP_7,
    exitCode: 0,
    shows: '"DBClusterIdentifier": "aurora-secondary-cluster"',
    newerModel: true,
  },
  {
    // PI names a DB instance by its DbiResourceId (db-...), and the shorthand MetricQuery='{...}' is no shorthand.
    name: 'Performance Insights as the seed writes it',
    command: SEED_PERFORMANCE_INSIGHTS,
    exitCode: 252,
    shows: 'Error parsing parameter',
  },
  {
    name: 'IAM policy for database access',
    command: SEED_IAM_CREATE_POLICY,
    exitCode: 0,
    shows: '"PolicyName": "AuroraConnect"',
  },
  {
    name: 'Security group for Aurora',
    command: `aws ec2 create-security-group \\
  --group-name aurora-mysql-sg \\
  --description "Security group for Aurora MySQL cluster" \\
  --vpc-id vpc-12345678`,
    exitCode: 0,
    shows: '"GroupId": "sg-',
    newerModel: true,
  },
  {
    name: 'Access from the application servers only',
    command: `aws ec2 authorize-security-group-ingress \\
  --group-id sg-12345678 \\
  --protocol tcp \\
  --port 3306 \\
  --source-group sg-application-servers`,
    exitCode: 0,
    shows: '"Return": true',
    newerModel: true,
  },
  {
    name: 'CloudWatch alarm as the seed writes it: no --evaluation-periods',
    command: SEED_PUT_METRIC_ALARM,
    exitCode: 252,
    shows: 'the following arguments are required: --evaluation-periods',
    // The current model no longer marks EvaluationPeriods required (metric-math alarms), so a current
    // CLI, and ours, send the request, and CloudWatch refuses it.
    inBrowser: { exitCode: 254, shows: 'An error occurred (ValidationError) when calling the PutMetricAlarm operation: EvaluationPeriods must be set' },
  },
  {
    name: 'CloudWatch alarm with --evaluation-periods',
    command: `${SEED_PUT_METRIC_ALARM} \\
  --evaluation-periods 2`,
    exitCode: 0,
  },
  {
    name: 'Aurora metrics as the seed writes them: "Average,Maximum" is one statistic',
    command: SEED_GET_METRIC_STATISTICS,
    exitCode: 254,
    shows: 'ValidationError',
  },
  {
    name: 'Aurora metrics, statistics space-separated',
    command: SEED_GET_METRIC_STATISTICS.replace('Average,Maximum', 'Average Maximum'),
    exitCode: 0,
    shows: '"Datapoints": []',
  },
];

const identity = {
  id: 'sbx-5eed0000000000000000',
  accountId: '210987654321',
  accessKeyId: 'AKIAIOSFODNN7SEEDXMP',
  secretAccessKey: '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',
  seed: 'seed-commands',
};

describe.runIf(haveRealAwsCli())('every aws command of the seed: the real AWS CLI v2, and the in-browser CLI on a twin sandbox', () => {
  let real: TwinSandbox;
  let ours: TwinSandbox;
  let substitute: (text: string) => string;
  const env = () => ({ ...real.sandbox, region: 'us-west-2' });

  beforeAll(async () => {
    [real, ours] = await Promise.all([twinSandbox(identity), twinSandbox(identity)]);
    const ids = async (script: string) => (await runWithRealCli(script, env())).stdout.trim().split(/\s+/);
    const [westSg] = await ids(`aws ec2 describe-security-groups --filters Name=group-name,Values=default --query 'SecurityGroups[0].GroupId' --output text`);
    const [eastSg] = await ids(`aws ec2 describe-security-groups --region us-east-1 --filters Name=group-name,Values=default --query 'SecurityGroups[0].GroupId' --output text`);
    const westSubnets = await ids(`aws ec2 describe-subnets --query 'Subnets[].SubnetId' --output text`);
    const [vpc] = await ids(`aws ec2 describe-vpcs --query 'Vpcs[0].VpcId' --output text`);
    const [account] = await ids(`aws ec2 describe-vpcs --query 'Vpcs[0].OwnerId' --output text`);
    substitute = (text) =>
      text
        .replaceAll('sg-12345678', westSg)
        .replaceAll('sg-87654321', eastSg)
        .replaceAll('subnet-12345678', westSubnets[0])
        .replaceAll('subnet-87654321', westSubnets[1])
        .replaceAll('subnet-11111111', westSubnets[2])
        .replaceAll('vpc-12345678', vpc)
        .replaceAll(':region:', ':us-west-2:')
        .replaceAll(':account:', `:${account}:`)
        .replaceAll('::account:', `::${account}:`);
    // What the seed's commands assume already exists, made the same way in both twins.
    const setup = substitute(`set -e
aws rds create-db-subnet-group --db-subnet-group-name aurora-subnet-group --db-subnet-group-description "Aurora cluster subnet group" --subnet-ids subnet-12345678 subnet-87654321 subnet-11111111 >/dev/null
EAST=$(aws ec2 describe-subnets --region us-east-1 --query 'Subnets[].SubnetId' --output text)
aws rds create-db-subnet-group --region us-east-1 --db-subnet-group-name aurora-subnet-group-east --db-subnet-group-description "East" --subnet-ids $EAST >/dev/null
aws rds create-db-cluster --db-cluster-identifier aurora-mysql-cluster --engine aurora-mysql --database-name myapp --master-username admin --master-user-password SecurePassword123! >/dev/null
aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name aurora-mysql-params --db-parameter-group-family aurora-mysql8.0 --description "Aurora MySQL params" >/dev/null
aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"monitoring.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}' >/dev/null
aws iam attach-role-policy --role-name rds-monitoring-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole
aws kms create-alias --alias-name alias/aurora-encryption-key --target-key-id $(aws kms create-key --description "Aurora encryption key" --query KeyMetadata.KeyId --output text)
aws ec2 create-security-group --group-name application-servers --description "Application servers" >/dev/null`);
    for (const twin of [real, ours]) expect((await runWithRealCli(setup, { ...twin.sandbox, region: 'us-west-2' })).stderr).toBe('');
    const [appSg] = await ids(`aws ec2 describe-security-groups --group-names application-servers --query 'SecurityGroups[0].GroupId' --output text`);
    const substituteVpcAndRegion = substitute;
    substitute = (text) => substituteVpcAndRegion(text).replaceAll('sg-application-servers', appSg);
  });
  afterAll(async () => Promise.all([real?.server.close(), ours?.server.close()]));

  it.each(SEED.map((c) => [c.name, c] as const))('%s', async (_name, seed) => {
    // As a learner would wait: the source cluster must be available before it seeds a global
    // database, and the global database must be available before a secondary joins it.
    const waitFirst: Record<string, number> = { 'Global database from the production cluster': 15 * 60_000, 'Secondary region': 5 * 60_000, 'Complete setup 6: global database': 15 * 60_000, 'Complete setup 7: secondary region': 5 * 60_000 };
    if (waitFirst[seed.name]) {
      for (const twin of [real, ours]) await twin.server.services.sandboxes.advanceClock(twin.sandbox.id, waitFirst[seed.name], 'api');
    }
    const command = substitute(seed.command);
    const run = await runWithRealCli(command, env());
    expect({ exitCode: run.status, stderr: seed.exitCode === 0 ? run.stderr : '(refused)' }).toEqual({ exitCode: seed.exitCode, stderr: seed.exitCode === 0 ? '' : '(refused)' });
    if (seed.shows) expect(seed.exitCode === 0 ? run.stdout : run.stderr).toContain(seed.shows);

    // The same line typed in the browser's terminal (its region set as the learner's would be).
    const typed = await runThroughCliRoute(ours, `export AWS_DEFAULT_REGION=us-west-2\n${command}`);
    if (seed.inBrowser) {
      expect(typed.exitCode).toBe(seed.inBrowser.exitCode);
      expect(typed.stderr).toContain(seed.inBrowser.shows);
      return;
    }
    expect({ exitCode: typed.exitCode, stderr: maskUuids(typed.stderr) }).toEqual({ exitCode: run.status, stderr: maskUuids(run.stderr) });
    if (seed.newerModel) expect(coversOutput(typed.stdout, run.stdout), `${typed.stdout}\n--- should hold ---\n${run.stdout}`).toBe(true);
    else expect(maskUuids(typed.stdout)).toBe(maskUuids(run.stdout));
  });
});
