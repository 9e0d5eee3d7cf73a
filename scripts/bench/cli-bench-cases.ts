/** One command line the CLI benchmark times, in the emulator and in the real AWS CLI. */
export interface CliBenchCase {
  /** Short label for the table. */
  readonly name: string;
  /** The command line; `{n}` becomes a number unique to each run (for creates). */
  readonly command: string;
  /** Changes the sandbox: runs go to sandboxes of their own, renewed before a quota fills up. */
  readonly mutates?: boolean;
  /** Run (untimed, with the same `{n}`) before each timed run, e.g. a cluster for an instance. */
  readonly before?: string;
  /** The exit code both CLIs are expected to give. */
  readonly exitCode: number;
}

const PASSWORD = 'Sup3r-Secret-Pass';
const TRUST_POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"monitoring.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

/** The state every benchmark sandbox starts from (set up through the emulator, untimed). */
export const CLI_BENCH_SEED = [
  `aws rds create-db-cluster --db-cluster-identifier orders --engine aurora-mysql --master-username admin --master-user-password ${PASSWORD} --tags Key=env,Value=prod`,
  `aws rds create-db-cluster --db-cluster-identifier reports --engine aurora-postgresql --master-username postgres --master-user-password ${PASSWORD}`,
  `aws rds create-db-cluster --db-cluster-identifier sessions --engine aurora-mysql --master-username admin --master-user-password ${PASSWORD}`,
  'aws rds create-db-instance --db-instance-identifier orders-1 --db-cluster-identifier orders --engine aurora-mysql --db-instance-class db.r6g.large',
  'aws rds wait db-cluster-available --db-cluster-identifier orders',
  `aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '${TRUST_POLICY}'`,
].join('\n');

/**
 * A representative set: every output format, a query, shorthand, creates, a service error, a
 * usage error, command substitution, a waiter, and the other services the sandbox speaks.
 */
export const CLI_BENCH_CASES: readonly CliBenchCase[] = [
  { name: 'rds describe-db-clusters (json)', command: 'aws rds describe-db-clusters', exitCode: 0 },
  { name: 'rds describe-db-clusters --output table', command: 'aws rds describe-db-clusters --output table', exitCode: 0 },
  { name: 'rds describe-db-clusters --output text', command: 'aws rds describe-db-clusters --output text', exitCode: 0 },
  {
    name: 'rds describe-db-clusters --query',
    command: "aws rds describe-db-clusters --query 'DBClusters[?Engine==`aurora-mysql`].[DBClusterIdentifier,Status,Endpoint]' --output text",
    exitCode: 0,
  },
  {
    name: 'rds create-db-cluster (shorthand tags)',
    command: `aws rds create-db-cluster --db-cluster-identifier bench-{n} --engine aurora-postgresql --master-username postgres --master-user-password ${PASSWORD} --tags Key=team,Value=exam Key=env,Value=lab`,
    mutates: true,
    exitCode: 0,
  },
  {
    name: 'rds create-db-instance',
    before: `aws rds create-db-cluster --db-cluster-identifier host-{n} --engine aurora-mysql --master-username admin --master-user-password ${PASSWORD}`,
    command: 'aws rds create-db-instance --db-instance-identifier host-{n}-1 --db-cluster-identifier host-{n} --engine aurora-mysql --db-instance-class db.r6g.large',
    mutates: true,
    exitCode: 0,
  },
  {
    name: 'rds create-db-cluster, password from $(...)',
    command: `aws rds create-db-cluster --db-cluster-identifier pw-{n} --engine aurora-mysql --master-username admin --master-user-password "$(aws secretsmanager get-random-password --exclude-punctuation --query RandomPassword --output text)" --query DBCluster.Status --output text`,
    mutates: true,
    exitCode: 0,
  },
  { name: 'rds wait db-cluster-available (available)', command: 'aws rds wait db-cluster-available --db-cluster-identifier orders', exitCode: 0 },
  { name: 'service error: unknown cluster', command: 'aws rds describe-db-clusters --db-cluster-identifier no-such-cluster', exitCode: 254 },
  { name: 'usage error: unknown option', command: 'aws rds describe-db-clusters --db-cluster-identifer orders', exitCode: 252 },
  { name: 'kms describe-key --query', command: 'aws kms describe-key --key-id alias/aws/rds --query "KeyMetadata.[KeyId,KeyState,KeyManager]" --output text', exitCode: 0 },
  { name: 'iam get-role --output yaml', command: 'aws iam get-role --role-name rds-monitoring-role --output yaml', exitCode: 0 },
  {
    name: 'cloudwatch get-metric-statistics',
    command:
      'aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name CPUUtilization --dimensions Name=DBClusterIdentifier,Value=orders --start-time 2026-11-27T09:00:00Z --end-time 2026-11-27T10:00:00Z --period 300 --statistics Average Maximum',
    exitCode: 0,
  },
];
