/**
 * Commands of ../shared/seed/aurora-seed.md, verbatim (placeholders such as `sg-12345678`, `account`
 * and `region` included): the suites that run the seed use these, and derive corrected forms from them.
 */

/** Encryption and production settings: the production cluster. */
export const SEED_PRODUCTION_CLUSTER = `aws rds create-db-cluster \\
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
  --tags Key=Environment,Value=Production Key=Application,Value=WebApp`;

/** The production cluster's writer instance. */
export const SEED_WRITER_INSTANCE = `aws rds create-db-instance \\
  --db-instance-identifier aurora-mysql-writer \\
  --db-instance-class db.r5.2xlarge \\
  --engine aurora-mysql \\
  --db-cluster-identifier aurora-mysql-prod \\
  --publicly-accessible false \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --enable-performance-insights \\
  --performance-insights-retention-period 31 \\
  --tags Key=Role,Value=Writer`;

/** Complete Aurora Setup, step 3: the cluster, its password from Secrets Manager. */
export const SEED_COMPLETE_SETUP_STEP_3 = `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-prod-cluster \\
  --engine aurora-mysql \\
  --engine-version 8.0.mysql_aurora.3.02.0 \\
  --master-username admin \\
  --master-user-password $(aws secretsmanager get-random-password --password-length 32 --exclude-characters '"@/\\' --query 'RandomPassword' --output text) \\
  --vpc-security-group-ids sg-12345678 \\
  --db-subnet-group-name aurora-subnet-group \\
  --db-cluster-parameter-group-name aurora-mysql-8-0 \\
  --backup-retention-period 14 \\
  --preferred-backup-window "03:00-04:00" \\
  --preferred-maintenance-window "sun:04:00-sun:06:00" \\
  --storage-encrypted \\
  --kms-key-id alias/aurora-encryption-key \\
  --enable-cloudwatch-logs-exports audit,error,general,slowquery \\
  --backtrack-window 72 \\
  --deletion-protection \\
  --tags Key=Environment,Value=Production`;

/** Right-size instances: check Performance Insights (it names the cluster, not a DbiResourceId). */
export const SEED_PERFORMANCE_INSIGHTS = `aws pi get-resource-metrics \\
  --service-type RDS \\
  --identifier aurora-mysql-cluster \\
  --metric-queries MetricQuery='{
    "Metric": "db.CPU.Innodb_rows_read.avg"
  }' \\
  --start-time 2023-01-01T00:00:00Z \\
  --end-time 2023-01-01T01:00:00Z`;

/** IAM database authentication: the policy for database access (`region` and `account` are placeholders). */
export const SEED_IAM_CREATE_POLICY = `aws iam create-policy \\
  --policy-name AuroraConnect \\
  --policy-document '{
    "Version": "2012-10-17",
    "Statement": [{
      "Effect": "Allow",
      "Action": [
        "rds-db:connect"
      ],
      "Resource": [
        "arn:aws:rds-db:region:account:dbuser:aurora-mysql-prod/iamuser"
      ]
    }]
  }'`;

/** Performance monitoring: create CloudWatch alarms (`region` and `account` are placeholders). */
export const SEED_PUT_METRIC_ALARM = `aws cloudwatch put-metric-alarm \\
  --alarm-name "Aurora-High-CPU" \\
  --alarm-description "Aurora cluster high CPU utilization" \\
  --metric-name CPUUtilization \\
  --namespace AWS/RDS \\
  --statistic Average \\
  --period 300 \\
  --threshold 80 \\
  --comparison-operator GreaterThanThreshold \\
  --dimensions Name=DBClusterIdentifier,Value=aurora-mysql-prod \\
  --alarm-actions arn:aws:sns:region:account:aurora-alerts`;

/** Performance monitoring: Aurora-specific metrics. */
export const SEED_GET_METRIC_STATISTICS = `aws cloudwatch get-metric-statistics \\
  --namespace AWS/RDS \\
  --metric-name AuroraReplicaLag \\
  --dimensions Name=DBClusterIdentifier,Value=aurora-mysql-prod Name=Role,Value=READER \\
  --start-time 2023-01-01T00:00:00Z \\
  --end-time 2023-01-01T01:00:00Z \\
  --period 300 \\
  --statistics Average,Maximum`;

/** Complete Aurora Setup, step 1: Create subnet group. */
export const SEED_COMPLETE_SETUP_STEP_1 = `aws rds create-db-subnet-group \\
  --db-subnet-group-name aurora-subnet-group \\
  --db-subnet-group-description "Aurora cluster subnet group" \\
  --subnet-ids subnet-12345678 subnet-87654321 subnet-11111111`;

/** Complete Aurora Setup, step 2: Create parameter group. */
export const SEED_COMPLETE_SETUP_STEP_2 = `aws rds create-db-cluster-parameter-group \\
  --db-cluster-parameter-group-name aurora-mysql-8-0 \\
  --db-parameter-group-family aurora-mysql8.0 \\
  --description "Aurora MySQL 8.0 cluster parameters"`;

/** Complete Aurora Setup, step 4: Create writer instance. */
export const SEED_COMPLETE_SETUP_STEP_4 = `aws rds create-db-instance \\
  --db-instance-identifier aurora-writer-1 \\
  --db-instance-class db.r5.2xlarge \\
  --engine aurora-mysql \\
  --db-cluster-identifier aurora-prod-cluster \\
  --monitoring-interval 60 \\
  --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
  --enable-performance-insights \\
  --performance-insights-retention-period 31`;

/** Complete Aurora Setup, step 5: Create read replicas. */
export const SEED_COMPLETE_SETUP_STEP_5 = `for i in {1..3}; do
  aws rds create-db-instance \\
    --db-instance-identifier aurora-reader-$i \\
    --db-instance-class db.r5.xlarge \\
    --engine aurora-mysql \\
    --db-cluster-identifier aurora-prod-cluster \\
    --monitoring-interval 60 \\
    --monitoring-role-arn arn:aws:iam::account:role/rds-monitoring-role \\
    --enable-performance-insights
done`;

/** Complete Aurora Setup, step 6: Set up Global Database. */
export const SEED_COMPLETE_SETUP_STEP_6 = `aws rds create-global-cluster \\
  --global-cluster-identifier aurora-global \\
  --source-db-cluster-identifier aurora-prod-cluster`;

/** Complete Aurora Setup, step 7: Add secondary region. */
export const SEED_COMPLETE_SETUP_STEP_7 = `aws rds create-db-cluster \\
  --db-cluster-identifier aurora-secondary-cluster \\
  --engine aurora-mysql \\
  --global-cluster-identifier aurora-global \\
  --region us-east-1`;
