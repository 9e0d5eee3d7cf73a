import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliResult } from '../../src/cli/cli-host';
import { realCliAvailability } from './cli-differential-support';
import { parseDuration } from '../../src/sandboxes/virtual-clock';
import { runThroughCliRoute } from './support/cli-route';
import { coversOutput, maskUuids as mask } from './support/cli-output-comparison';
import { runWithRealCli } from './support/real-aws-cli';
import { twinSandbox, type TwinSandbox } from './support/twin-sandboxes';

/**
 * The same commands, in the same order, through the real AWS CLI v2 against one sandbox and through
 * the in-browser CLI emulator (`POST /api/sandboxes/{id}/cli`) against an identical twin (same ids, account, keys, seed and frozen
 * clock). `identical`: stdout, stderr and exit code byte for byte, after masking UUIDs (the CLI
 * fills idempotency tokens with random ones). `newer-model`: the Debian CLI's 2023 model lacks
 * members the current model has (e.g. `SecurityGroupArn`, `OwningAccounts`) or orders them
 * differently (see docs/fidelity.md), so its output is compared as data: every value it prints, ours prints the same (JSON
 * as data, text and tables line by line in order).
 */
type Expectation = 'identical' | 'newer-model';
/** A command and what to expect of it, or a fast-forward of both twins' virtual clocks (`clock`). */
type Step = readonly [command: string, expectation: Expectation] | readonly [duration: string, kind: 'clock'];

function advance(duration: string): Step {
  return [duration, 'clock'];
}

const NEW_SERVICES: readonly Step[] = [
  ['aws sts get-caller-identity', 'identical'],
  ['aws sts get-caller-identity --output text', 'identical'],
  ['aws sts get-caller-identity --output table', 'identical'],
  ['aws sts get-caller-identity --query Account --output text', 'identical'],
  ['aws kms list-keys', 'identical'],
  ['aws kms create-key --description "lab key"', 'identical'],
  ['aws kms list-keys --output text', 'identical'],
  ['aws kms create-alias --alias-name alias/lab --target-key-id alias/nope', 'identical'],
  ['aws kms create-alias --alias-name alias/lab --target-key-id $(aws kms list-keys --query "Keys[0].KeyId" --output text)', 'identical'],
  ['aws kms create-alias --alias-name alias/lab --target-key-id $(aws kms list-keys --query "Keys[0].KeyId" --output text)', 'identical'],
  ['aws kms list-aliases --query "Aliases[?starts_with(AliasName, \'alias/aws/\')].AliasName"', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds --query KeyMetadata.KeyManager', 'identical'],
  ['aws kms describe-key --key-id alias/lab --query "KeyMetadata.[KeyState,KeySpec]" --output text', 'identical'],
  ['aws kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab', 'identical'],
  ['aws kms schedule-key-deletion --key-id alias/lab --pending-window-in-days 3', 'identical'],
  ['aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"monitoring.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}\'', 'identical'],
  ['aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document \'{"Version":"2012-10-17","Statement":[]}\'', 'identical'],
  ['aws iam get-role --role-name rds-monitoring-role', 'identical'],
  ['aws iam get-role --role-name rds-monitoring-role --output yaml', 'identical'],
  ['aws iam get-role --role-name nope', 'identical'],
  ['aws iam attach-role-policy --role-name rds-monitoring-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole', 'identical'],
  ['aws iam list-attached-role-policies --role-name rds-monitoring-role --output table', 'identical'],
  ['aws iam create-policy --policy-name bad --policy-document \'{"Version":"2012-10-17"\'', 'identical'],
  ['aws iam list-roles --query "Roles[].RoleName"', 'identical'],
  ['aws secretsmanager get-random-password --password-length 20', 'identical'],
  ['aws secretsmanager get-random-password --password-length 20 --exclude-punctuation --output text', 'identical'],
  // botocore checks the model's `min` before sending (exit 252): lengths of strings and lists, values of numbers.
  ['aws secretsmanager get-random-password --password-length 0', 'identical'],
  ['aws iam get-role --role-name ""', 'identical'],
  ['aws cloudwatch put-metric-alarm --alarm-name x --metric-name CPUUtilization --namespace AWS/RDS --statistic Average --period 0 --threshold 80 --comparison-operator GreaterThanThreshold --evaluation-periods 0', 'identical'],
  ['aws cloudwatch describe-alarms --alarm-names', 'identical'],
  ['aws secretsmanager create-secret --name lab/db --secret-string \'{"username":"admin","password":"x"}\'', 'identical'],
  ['aws secretsmanager create-secret --name lab/db --secret-string x', 'identical'],
  ['aws secretsmanager get-secret-value --secret-id lab/db', 'identical'],
  ['aws secretsmanager describe-secret --secret-id lab/db --output yaml', 'identical'],
  ['aws secretsmanager list-secrets --output text', 'identical'],
  ['aws secretsmanager get-secret-value --secret-id nope', 'identical'],
  ['aws ec2 describe-vpcs --query "Vpcs[0].CidrBlock"', 'identical'],
  ['aws ec2 create-security-group --group-name app --description "App servers"', 'newer-model'],
  ['aws ec2 create-security-group --group-name app --description "App servers"', 'identical'],
  ['aws ec2 describe-security-groups --group-names app', 'newer-model'],
  ['aws ec2 describe-security-groups --group-names app --query "SecurityGroups[0].[GroupName,Description]" --output text', 'identical'],
  ['aws ec2 authorize-security-group-ingress --group-name app --protocol tcp --port 3306 --cidr 10.0.0.0/16', 'newer-model'],
  ['aws ec2 authorize-security-group-ingress --group-name app --protocol tcp --port 3306 --cidr 10.0.0.0/16', 'identical'],
  ['aws ec2 describe-security-groups --group-names nope', 'identical'],
  ['aws cloudwatch put-metric-alarm --alarm-name cpu --metric-name CPUUtilization --namespace AWS/RDS --statistic Average --period 300 --threshold 80 --comparison-operator GreaterThanThreshold --evaluation-periods 1', 'identical'],
  ['aws cloudwatch describe-alarms --query "MetricAlarms[].[AlarmName,StateValue,Threshold]" --output text', 'identical'],
  ['aws cloudwatch describe-alarms --output text', 'identical'],
  ['aws cloudwatch put-metric-alarm --alarm-name bad --metric-name CPUUtilization --namespace AWS/RDS --statistic Average --period 300 --threshold 80 --comparison-operator GreaterThan --evaluation-periods 1', 'identical'],
  ['aws cloudwatch list-metrics --namespace AWS/RDS', 'newer-model'],
  ['aws cloudwatch delete-alarms --alarm-names nope', 'identical'],
  ['aws pi describe-dimension-keys --service-type RDS --identifier db-NOPE --start-time 2026-11-27T09:00:00Z --end-time 2026-11-27T10:00:00Z --metric db.load.avg --group-by Group=db.sql', 'identical'],
];

const RDS_AND_EC2: readonly Step[] = [
  ['aws rds describe-db-clusters --output text', 'identical'],
  ['aws rds describe-db-clusters --output yaml', 'identical'],
  ['aws rds create-db-subnet-group --db-subnet-group-name lab --db-subnet-group-description "Lab" --subnet-ids $(aws ec2 describe-subnets --query \'Subnets[].SubnetId\' --output text)', 'identical'],
  ['aws rds describe-db-subnet-groups --output table', 'identical'],
  ['aws rds describe-db-subnet-groups --query \'DBSubnetGroups[].Subnets[].SubnetAvailabilityZone.Name\' --output text', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier lab --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.05.2 --master-username admin --master-user-password Sup3r-Secret-Pass --db-subnet-group-name lab --query \'DBCluster.[Status,Engine,EngineVersion]\' --output text', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier lab --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier lab --query \'DBClusters[0].{id:DBClusterIdentifier,status:Status,port:Port}\'', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier lab --query \'DBClusters[0].{id:DBClusterIdentifier,status:Status,port:Port}\' --output table', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier lab --query \'DBClusters[0].{id:DBClusterIdentifier,status:Status,port:Port}\' --output yaml', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier nope', 'identical'],
  ['aws rds create-db-instance --db-instance-identifier lab-1 --db-cluster-identifier lab --engine aurora-mysql --db-instance-class db.r6g.large --query \'DBInstance.[DBInstanceStatus,PromotionTier]\' --output text', 'identical'],
  ['aws rds create-db-instance --db-instance-identifier lab-2 --db-cluster-identifier lab --engine aurora-mysql --db-instance-class db.r6g.large --promotion-tier 2 --query DBInstance.DBInstanceIdentifier', 'identical'],
  ['aws rds create-db-instance --db-instance-identifier lab-3 --db-cluster-identifier lab --engine aurora-mysql --db-instance-class db.x9.huge', 'identical'],
  ['aws rds describe-db-instances --query \'DBInstances[].[DBInstanceIdentifier,DBInstanceClass,PromotionTier]\' --output table', 'identical'],
  ['aws rds describe-db-instances --max-items 1', 'newer-model'],
  ['aws rds describe-db-instances --max-items 1 --query \'DBInstances[].DBInstanceIdentifier\'', 'identical'],
  ['aws rds describe-db-instances --page-size 1 --query \'DBInstances[].DBInstanceIdentifier\' --output text', 'identical'],
  ['aws rds describe-db-instances --no-paginate --query \'length(DBInstances)\'', 'identical'],
  ['aws rds describe-db-engine-versions --engine aurora-mysql --query \'DBEngineVersions[?starts_with(EngineVersion, `8.0`)].EngineVersion | [0:3]\'', 'identical'],
  ['aws rds describe-db-engine-versions --engine aurora-postgresql --default-only --query \'DBEngineVersions[0].[Engine,DBParameterGroupFamily]\' --output text', 'identical'],
  ['aws rds describe-orderable-db-instance-options --engine aurora-mysql --db-instance-class db.r6g.large --query \'OrderableDBInstanceOptions[0].[Engine,DBInstanceClass]\' --output text', 'identical'],
  ['aws rds add-tags-to-resource --resource-name arn:aws:rds:us-east-1:123456789012:cluster:lab --tags Key=env,Value=lab Key=team,Value=db', 'identical'],
  ['aws rds list-tags-for-resource --resource-name arn:aws:rds:us-east-1:123456789012:cluster:lab', 'identical'],
  ['aws rds list-tags-for-resource --resource-name arn:aws:rds:us-east-1:123456789012:cluster:lab --output text', 'identical'],
  ['aws rds remove-tags-from-resource --resource-name arn:aws:rds:us-east-1:123456789012:cluster:lab --tag-keys team', 'identical'],
  ['aws rds modify-db-cluster --db-cluster-identifier lab --backup-retention-period 7 --query DBCluster.PendingModifiedValues', 'identical'],
  ['aws rds modify-db-cluster --db-cluster-identifier lab --backup-retention-period 70', 'identical'],
  ['aws rds create-db-cluster-endpoint --db-cluster-identifier lab --db-cluster-endpoint-identifier readers --endpoint-type READER --static-members lab-2', 'identical'],
  ['aws rds describe-db-cluster-endpoints --db-cluster-identifier lab --query \'DBClusterEndpoints[].[EndpointType,Status]\' --output text', 'identical'],
  ['aws rds failover-db-cluster --db-cluster-identifier lab', 'identical'],
  ['aws rds describe-events --source-type db-cluster --query \'Events[].Message\' --output text', 'identical'],
  ['aws rds create-db-cluster-snapshot --db-cluster-identifier lab --db-cluster-snapshot-identifier snap-1 --query \'DBClusterSnapshot.[Status,SnapshotType]\' --output text', 'identical'],
  ['aws rds describe-db-cluster-snapshots --query \'DBClusterSnapshots[].DBClusterSnapshotIdentifier\'', 'identical'],
  ['aws rds delete-db-cluster --db-cluster-identifier lab', 'identical'],
  ['aws rds delete-db-cluster --db-cluster-identifier lab --skip-final-snapshot --query DBCluster.Status', 'identical'],
  ['aws rds describe-db-clusters --filters Name=engine,Values=aurora-mysql --query \'DBClusters[].DBClusterIdentifier\'', 'identical'],
  ['aws rds describe-db-clusters --filters Name=nope,Values=x', 'identical'],
  ['aws ec2 describe-availability-zones --query \'AvailabilityZones[].ZoneName\' --output text', 'identical'],
  ['aws ec2 describe-availability-zones --output table', 'identical'],
  ['aws ec2 describe-subnets --filters Name=availability-zone,Values=us-east-1a --query \'Subnets[].[AvailabilityZone,DefaultForAz]\' --output text', 'identical'],
  ['aws ec2 describe-vpcs --output text', 'newer-model'],
  ['aws ec2 describe-security-groups --filters Name=group-name,Values=default --query \'SecurityGroups[0].IpPermissions\'', 'identical'],
  ['aws rds wait db-cluster-available --db-cluster-identifier nope', 'identical'],
];

const MORE_FORMS: readonly Step[] = [
  ['aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name pg1 --db-parameter-group-family aurora-mysql8.0 --description "Lab params"', 'identical'],
  ['aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name pg1 --db-parameter-group-family aurora-mysql8.0 --description "Lab params"', 'identical'],
  ['aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name pg2 --db-parameter-group-family aurora-mysql9.9 --description "bad"', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups --db-cluster-parameter-group-name pg1 --output yaml-stream', 'identical'],
  ['aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name pg1 --parameters ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=immediate', 'identical'],
  ['aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name pg1 --parameters \'[{"ParameterName":"binlog_format","ParameterValue":"ROW","ApplyMethod":"pending-reboot"}]\'', 'identical'],
  ['aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name pg1 --parameters ParameterName=nope,ParameterValue=1,ApplyMethod=immediate', 'identical'],
  ['aws rds describe-db-cluster-parameters --db-cluster-parameter-group-name pg1 --source user --query \'Parameters[].[ParameterName,ParameterValue,ApplyMethod]\' --output text', 'identical'],
  ['aws rds describe-db-cluster-parameters --db-cluster-parameter-group-name pg1 --query \'Parameters[?ParameterName==`binlog_format`].AllowedValues | [0]\'', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier sv2 --engine aurora-postgresql --master-username postgres --master-user-password Sup3r-Secret-Pass --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=4 --query DBCluster.ServerlessV2ScalingConfiguration', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier sv2b --engine aurora-postgresql --master-username postgres --master-user-password Sup3r-Secret-Pass --serverless-v2-scaling-configuration MinCapacity=0.25,MaxCapacity=4', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier sv2c --engine aurora-postgresql --master-username postgres --master-user-password Sup3r-Secret-Pass --serverless-v2-scaling-configuration \'{"MinCapacity": 1, "MaxCapacity": 8}\' --query DBCluster.ServerlessV2ScalingConfiguration --output text', 'identical'],
  ['aws rds create-db-cluster --cli-input-json \'{"DBClusterIdentifier":"json1","Engine":"aurora-mysql","MasterUsername":"admin","MasterUserPassword":"Sup3r-Secret-Pass","Tags":[{"Key":"a","Value":"b"}]}\' --query DBCluster.TagList', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier bt --engine aurora-postgresql --master-username postgres --master-user-password Sup3r-Secret-Pass --backtrack-window 3600', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier Bad_Name --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier pw --engine aurora-mysql --master-username admin --master-user-password short', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier tags --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass --tags Key=a,Value=1 \'{"Key":"b","Value":"2"}\'', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier win --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass --preferred-backup-window 03:00-04:00 --preferred-maintenance-window sun:03:30-sun:04:30', 'identical'],
  ['aws rds describe-db-clusters --query \'DBClusters[].[DBClusterIdentifier,Engine,Status]\' --output table', 'identical'],
  ['aws rds describe-db-clusters --query \'sort_by(DBClusters, &DBClusterIdentifier)[].DBClusterIdentifier\' --output yaml', 'identical'],
  ['aws rds describe-db-clusters --query \'DBClusters[?Engine==`aurora-postgresql`] | length(@)\'', 'identical'],
  ['aws rds describe-db-clusters --query \'DBClusters[0].TagList\' --output text', 'identical'],
  ['aws rds describe-db-clusters --output yaml-stream --query \'DBClusters[].DBClusterIdentifier\'', 'identical'],
  ['aws rds stop-db-cluster --db-cluster-identifier sv2', 'identical'],
  ['aws rds delete-db-cluster-parameter-group --db-cluster-parameter-group-name pg1', 'identical'],
  ['aws rds reset-db-cluster-parameter-group --db-cluster-parameter-group-name pg1 --reset-all-parameters --query DBClusterParameterGroupName', 'identical'],
  ['aws rds describe-db-engine-versions --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.02.0 --query \'DBEngineVersions[0].Status\' --output text', 'identical'],
  ['aws rds describe-db-engine-versions --engine nope --query \'length(DBEngineVersions)\'', 'identical'],
  ['aws rds create-global-cluster --global-cluster-identifier g1 --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.05.2 --query GlobalCluster.[GlobalClusterIdentifier,Status] --output text', 'identical'],
  ['aws rds describe-global-clusters --query \'GlobalClusters[].GlobalClusterIdentifier\'', 'identical'],
  ['aws rds delete-global-cluster --global-cluster-identifier nope', 'identical'],
  ['aws ec2 describe-security-groups --query \'length(SecurityGroups)\'', 'identical'],
  ['aws ec2 create-security-group --group-name db --description "DB" --tag-specifications \'ResourceType=security-group,Tags=[{Key=tier,Value=db}]\' --query GroupId --output text', 'identical'],
  ['aws ec2 describe-security-groups --filters Name=tag:tier,Values=db --query \'SecurityGroups[].GroupName\' --output text', 'identical'],
  ['aws ec2 authorize-security-group-ingress --group-name db --ip-permissions IpProtocol=tcp,FromPort=5432,ToPort=5432,UserIdGroupPairs=\'[{GroupId=sg-00000000000000000}]\'', 'identical'],
  ['aws ec2 authorize-security-group-ingress --group-name db --protocol tcp --port 99999 --cidr 10.0.0.0/8', 'identical'],
  ['aws ec2 authorize-security-group-ingress --group-name db --protocol tcp --port 5432 --cidr 10.0.0.0/33', 'identical'],
  ['aws ec2 delete-security-group --group-name default', 'identical'],
  ['aws ec2 describe-subnets --query \'Subnets[].AvailabilityZone\' --output json', 'identical'],
  ['aws kms create-key --key-usage SIGN_VERIFY --key-spec SYMMETRIC_DEFAULT', 'identical'],
  ['aws kms list-aliases --key-id nope', 'identical'],
  ['aws kms enable-key --key-id alias/aws/rds', 'identical'],
  ['aws iam create-role --role-name r2 --assume-role-policy-document file:///nonexistent.json', 'identical'],
  ['aws iam create-role --role-name \'bad name\' --assume-role-policy-document \'{}\'', 'identical'],
  ['aws iam list-policies --scope AWS --query \'Policies[].PolicyName\' --output text', 'identical'],
  ['aws iam list-policies --scope Nope', 'identical'],
  ['aws secretsmanager create-secret --name bin --secret-binary aGVsbG8=', 'identical'],
  ['aws secretsmanager get-secret-value --secret-id bin --query SecretBinary --output text', 'identical'],
  ['aws secretsmanager delete-secret --secret-id bin --recovery-window-in-days 3', 'identical'],
  ['aws secretsmanager delete-secret --secret-id bin --force-delete-without-recovery', 'identical'],
  ['aws secretsmanager list-secrets --filters Key=name,Values=bin --query \'SecretList[].Name\'', 'identical'],
  ['aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name CPUUtilization --start-time 2026-11-27T09:00:00Z --end-time 2026-11-27T10:00:00Z --period 300 --statistics Average', 'identical'],
  ['aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name CPUUtilization --start-time 2026-11-27T09:00:00Z --end-time 2026-11-27T10:00:00Z --period 60 --statistics Average --dimensions Name=DBClusterIdentifier,Value=sv2 --output text', 'identical'],
  ['aws cloudwatch describe-alarms --state-value ALARM', 'identical'],
  ['aws cloudwatch set-alarm-state --alarm-name nope --state-value OK --state-reason test', 'identical'],
  ['aws sts get-caller-identity --output yaml', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier sv2c --query \'DBClusters[0].Status\'', 'identical'],
];

/** The shell subset, pagination tokens, CLI usage errors, `--cli-input-yaml`, regions and profiles. */
const SHELL_AND_GLOBALS: readonly Step[] = [
  ['X=nope-cluster; aws rds describe-db-clusters --db-cluster-identifier $X', 'identical'],
  ['export ENGINE=aurora-postgresql && aws rds describe-db-engine-versions --engine "$ENGINE" --default-only --query \'DBEngineVersions[0].DBParameterGroupFamily\' --output text', 'identical'],
  ['for i in 1 2 3; do aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name pg-$i --db-parameter-group-family aurora-postgresql16 --description "group $i" --query DBClusterParameterGroup.DBClusterParameterGroupName --output text; done', 'identical'],
  ['for i in {1..3}; do echo "round $i"; done', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier nope || echo \'not there\'', 'identical'],
  ['aws sts get-caller-identity --query Account --output text && echo done', 'identical'],
  ['# list the default VPC\naws ec2 describe-vpcs --query \'Vpcs[0].IsDefault\'', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups \\\n  --query \'DBClusterParameterGroups[].DBClusterParameterGroupName\' \\\n  --output text', 'identical'],
  ['echo $(aws sts get-caller-identity --query Arn --output text)', 'identical'],
  ['PASS=$(aws secretsmanager get-random-password --password-length 24 --exclude-punctuation --query RandomPassword --output text); aws rds create-db-cluster --db-cluster-identifier shell-db --engine aurora-postgresql --master-username postgres --master-user-password "$PASS" --query DBCluster.Status --output text', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups --max-items 2 --query \'DBClusterParameterGroups[].DBClusterParameterGroupName\'', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups --max-items 2 --query NextToken --output text', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups --max-items 2 --starting-token $(aws rds describe-db-cluster-parameter-groups --max-items 2 --query NextToken --output text) --query \'DBClusterParameterGroups[].DBClusterParameterGroupName\' --output text', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups --starting-token garbage', 'identical'],
  ['aws rds describe-db-cluster-parameter-groups --max-items 2 --output text', 'identical'],
  ['aws', 'identical'],
  ['aws rds', 'identical'],
  ['aws rds create-db-cluster --engine aurora-mysql', 'identical'],
  ['aws rds describe-db-clusters --max-records abc', 'identical'],
  ['aws rds describe-db-clusters --output xml', 'identical'],
  ['aws rds describe-db-clusters --query \'[[[\'', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier x --engine aurora-mysql --deletion-protection true', 'identical'],
  ['aws rds describe-db-clusters --bogus', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier x --engine aurora-mysql --tags Key=a,Value', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier x --engine aurora-mysql --serverless-v2-scaling-configuration \'{"MinCapacity": "x"}\'', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier x --engine aurora-mysql --cli-input-json \'{bad\'', 'identical'],
  ['aws rds create-db-cluster --cli-input-yaml \'DBClusterIdentifier: yaml1\nEngine: aurora-mysql\nMasterUsername: admin\nMasterUserPassword: Sup3r-Secret-Pass\' --query DBCluster.DBClusterIdentifier', 'identical'],
  ['aws rds describe-db-clusters --region eu-west-1 --query \'length(DBClusters)\'', 'identical'],
  ['aws rds describe-db-clusters --profile nope', 'identical'],
  ['aws rds describe-db-clusters --cli-read-timeout 5 --query \'length(DBClusters)\'', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier shell-db --query \'DBClusters[0].[DBClusterIdentifier, Engine]\' --output text --no-cli-pager', 'identical'],
  ['aws rds wait db-cluster-deleted --db-cluster-identifier nope', 'identical'],
  ['aws rds wait db-instance-deleted --db-instance-identifier nope', 'identical'],
  ['aws rds wait db-instance-available --db-instance-identifier nope', 'identical'],
  ['aws rds wait db-cluster-snapshot-available --db-cluster-snapshot-identifier nope', 'identical'],
];

/** A cluster's life on the virtual clock (advanced on both twins alike): waiters, failover, events, backtrack, snapshots, restores and clones, endpoints, a global database, Serverless v1. */
const CLUSTER_LIFE: readonly Step[] = [
  ['aws rds create-db-cluster --db-cluster-identifier life --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.05.2 --master-username admin --master-user-password Sup3r-Secret-Pass --backtrack-window 86400 --query DBCluster.BacktrackWindow', 'identical'],
  ['for n in 1 2; do aws rds create-db-instance --db-instance-identifier life-$n --db-cluster-identifier life --engine aurora-mysql --db-instance-class db.r6g.large --promotion-tier $n --query DBInstance.DBInstanceStatus --output text; done', 'identical'],
  ['aws rds wait db-instance-available --db-instance-identifier life-1 --profile nope', 'identical'],
  advance('20m'),
  ['aws rds wait db-cluster-available --db-cluster-identifier life', 'identical'],
  ['aws rds wait db-instance-available --db-instance-identifier life-1 --profile default && echo ready', 'identical'],
  ['aws rds describe-db-clusters --db-cluster-identifier life --query \'DBClusters[0].[Status,DBClusterMembers[].[DBInstanceIdentifier,IsClusterWriter,PromotionTier]]\'', 'identical'],
  ['aws rds describe-db-instances --query \'DBInstances[].{id:DBInstanceIdentifier,az:AvailabilityZone,status:DBInstanceStatus,tier:PromotionTier}\' --output table', 'identical'],
  ['aws rds describe-db-instances --db-instance-identifier life-1 --query \'DBInstances[0].Endpoint\'', 'identical'],
  ['aws rds failover-db-cluster --db-cluster-identifier life --target-db-instance-identifier life-2 --query \'DBCluster.Status\'', 'identical'],
  advance('5m'),
  ['aws rds describe-db-clusters --db-cluster-identifier life --query \'DBClusters[0].DBClusterMembers[?IsClusterWriter].DBInstanceIdentifier\' --output text', 'identical'],
  ['aws rds describe-events --source-identifier life --source-type db-cluster --query \'Events[].[EventCategories[0],Message]\' --output text', 'identical'],
  ['aws rds describe-events --source-type db-instance --duration 60 --query \'Events[].SourceIdentifier\' --output text', 'identical'],
  ['aws rds describe-events --source-type db-cluster --event-categories failover --output table', 'identical'],
  ['aws rds backtrack-db-cluster --db-cluster-identifier life --backtrack-to 2026-11-27T10:10:00Z', 'identical'],
  advance('10m'),
  ['aws rds describe-db-cluster-backtracks --db-cluster-identifier life --query \'DBClusterBacktracks[].[Status,BacktrackTo]\' --output text', 'identical'],
  ['aws rds backtrack-db-cluster --db-cluster-identifier life --backtrack-to 2020-01-01T00:00:00Z', 'identical'],
  ['aws rds create-db-cluster-snapshot --db-cluster-identifier life --db-cluster-snapshot-identifier life-snap --tags Key=kind,Value=manual --query DBClusterSnapshot.Status --output text', 'identical'],
  advance('15m'),
  ['aws rds wait db-cluster-snapshot-available --db-cluster-snapshot-identifier life-snap && echo snapshot ready', 'identical'],
  ['aws rds describe-db-cluster-snapshots --db-cluster-identifier life --query \'DBClusterSnapshots[].[DBClusterSnapshotIdentifier,SnapshotType,Status,Engine]\' --output table', 'identical'],
  ['aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier life-snap --target-db-cluster-snapshot-identifier life-snap-copy --query DBClusterSnapshot.[DBClusterSnapshotIdentifier,Status] --output text', 'identical'],
  ['aws rds restore-db-cluster-from-snapshot --db-cluster-identifier restored --snapshot-identifier life-snap --engine aurora-mysql --query \'DBCluster.[DBClusterIdentifier,Status,EngineVersion]\' --output text', 'identical'],
  ['aws rds restore-db-cluster-from-snapshot --db-cluster-identifier restored2 --snapshot-identifier nope --engine aurora-mysql', 'identical'],
  ['aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier clone --source-db-cluster-identifier life --restore-type copy-on-write --use-latest-restorable-time --query \'DBCluster.[DBClusterIdentifier,Status]\' --output text', 'identical'],
  ['aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier pitr --source-db-cluster-identifier life --restore-to-time 2020-01-01T00:00:00Z', 'identical'],
  advance('30m'),
  ['aws rds describe-db-clusters --query \'DBClusters[].[DBClusterIdentifier,Status,CloneGroupId != null]\' --output text', 'identical'],
  ['aws rds modify-db-cluster --db-cluster-identifier life --deletion-protection --apply-immediately --query DBCluster.DeletionProtection', 'identical'],
  ['aws rds delete-db-cluster --db-cluster-identifier life --skip-final-snapshot', 'identical'],
  ['aws rds modify-db-instance --db-instance-identifier life-1 --promotion-tier 5 --apply-immediately --query DBInstance.PromotionTier', 'identical'],
  ['aws rds reboot-db-instance --db-instance-identifier life-1 --query DBInstance.DBInstanceStatus --output text', 'identical'],
  ['aws rds stop-db-cluster --db-cluster-identifier restored --query DBCluster.Status', 'identical'],
  ['aws rds start-db-cluster --db-cluster-identifier restored', 'identical'],
  ['aws rds create-db-cluster-endpoint --db-cluster-identifier life --db-cluster-endpoint-identifier analytics --endpoint-type ANY --static-members life-1 --query \'[Status,EndpointType,CustomEndpointType]\'', 'identical'],
  advance('5m'),
  ['aws rds describe-db-cluster-endpoints --db-cluster-identifier life --output text', 'identical'],
  ['aws rds modify-db-cluster-endpoint --db-cluster-endpoint-identifier analytics --static-members life-1 life-2 --query StaticMembers', 'identical'],
  ['aws rds delete-db-cluster-endpoint --db-cluster-endpoint-identifier analytics --query Status', 'identical'],
  ['aws rds create-global-cluster --global-cluster-identifier world --source-db-cluster-identifier arn:aws:rds:us-east-1:123456789012:cluster:life --query \'GlobalCluster.[GlobalClusterIdentifier,Engine,StorageEncrypted]\' --output text', 'identical'],
  advance('10m'),
  ['aws rds create-db-cluster --region us-west-2 --db-cluster-identifier life-west --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.05.2 --global-cluster-identifier world --query DBCluster.DBClusterIdentifier --output text', 'identical'],
  advance('30m'),
  ['aws rds describe-global-clusters --query \'GlobalClusters[0].GlobalClusterMembers[].[DBClusterArn,IsWriter]\' --output table', 'identical'],
  ['aws rds describe-db-clusters --region us-west-2 --query \'DBClusters[].[DBClusterIdentifier,Status]\' --output text', 'identical'],
  ['aws rds delete-global-cluster --global-cluster-identifier world', 'identical'],
  ['aws rds describe-db-engine-versions --engine aurora-postgresql --query \'DBEngineVersions[?SupportsGlobalDatabases].EngineVersion | [-3:]\' --output text', 'identical'],
  ['aws rds describe-orderable-db-instance-options --engine aurora-postgresql --db-instance-class db.serverless --query \'OrderableDBInstanceOptions[].EngineVersion | [0:3]\'', 'identical'],
  ['aws rds create-db-parameter-group --db-parameter-group-name inst-pg --db-parameter-group-family aurora-mysql8.0 --description \'instance params\' --output yaml', 'identical'],
  ['aws rds describe-db-parameter-groups --db-parameter-group-name inst-pg --query \'DBParameterGroups[0].[DBParameterGroupFamily,Description]\' --output text', 'identical'],
  ['aws rds describe-db-subnet-groups --output text', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier v1 --engine aurora-mysql --engine-version 5.7.mysql_aurora.2.11.2 --engine-mode serverless --master-username admin --master-user-password Sup3r-Secret-Pass --scaling-configuration MinCapacity=1,MaxCapacity=8,AutoPause=true,SecondsUntilAutoPause=300 --query \'DBCluster.[EngineMode,ScalingConfigurationInfo]\'', 'identical'],
  advance('10m'),
  ['aws rds modify-current-db-cluster-capacity --db-cluster-identifier v1 --capacity 4 --seconds-before-timeout 60 --timeout-action ForceApplyCapacityChange', 'identical'],
  ['aws rds modify-current-db-cluster-capacity --db-cluster-identifier v1 --capacity 3', 'identical'],
  ['aws rds delete-db-instance --db-instance-identifier life-2 --query DBInstance.DBInstanceStatus', 'identical'],
  advance('15m'),
  ['aws rds wait db-instance-deleted --db-instance-identifier life-2 && echo gone', 'identical'],
  ['aws rds describe-db-instances --filters Name=db-cluster-id,Values=life --query \'DBInstances[].DBInstanceIdentifier\'', 'identical'],
];

const identity = {
  id: 'sbx-0123456789abcdef0123',
  accountId: '123456789012',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  seed: 'differential-seed',
};

/** botocore's member order (output, skeletons, validation lists) and RDS's `--source-region` (botocore's SDK extras). */
const ORDER_AND_EXTRAS: readonly Step[] = [
  ['aws kms create-key --description x', 'identical'],
  ['aws kms create-key --description y --output yaml', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds --output yaml', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds --output text', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds --output table', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds --query \'KeyMetadata.*\' --output text', 'identical'],
  ['aws kms describe-key --key-id alias/aws/rds --query \'keys(KeyMetadata)\' --output text', 'identical'],
  ['aws ec2 describe-security-groups --query \'SecurityGroups[].IpPermissions\'', 'identical'],
  ['aws ec2 describe-security-groups --query \'SecurityGroups[].IpPermissions[].*\' --output text', 'identical'],
  ['aws ec2 describe-availability-zones --query \'AvailabilityZones[0]\'', 'identical'],
  ['aws ec2 describe-availability-zones --query \'AvailabilityZones[0]\' --output yaml', 'identical'],
  ['aws ec2 describe-vpcs --query \'Vpcs[0].CidrBlockAssociationSet\'', 'identical'],
  ['aws iam create-role --role-name r1 --assume-role-policy-document \'{"Version":"2012-10-17","Statement":[]}\' --path /x/', 'identical'],
  ['aws iam get-role --role-name r1 --query \'keys(Role)\'', 'identical'],
  ['aws rds create-db-cluster --cli-input-json \'{}\'', 'identical'],
  ['aws cloudwatch get-metric-statistics --cli-input-json \'{"Bogus":1}\'', 'identical'],
  ['aws pi describe-dimension-keys --cli-input-json \'{"Bogus":1}\'', 'identical'],
  ['aws iam create-role --cli-input-json \'{"Bogus":1}\'', 'identical'],
  ['aws kms create-key --cli-input-json \'{"Bogus":1}\'', 'identical'],
  ['aws ec2 create-security-group --cli-input-json \'{"Bogus":1}\'', 'identical'],
  ['aws ec2 describe-security-groups --cli-input-json \'{"Bogus":1}\'', 'identical'],
  ['aws ec2 authorize-security-group-ingress --group-name x --ip-permissions \'[{"Bogus":1}]\'', 'identical'],
  ['aws ec2 authorize-security-group-ingress --group-name x --ip-permissions \'[{"IpProtocol":"tcp","IpRanges":[{"Bogus":1}]}]\'', 'identical'],
  ['aws kms create-key --tags \'[{"Foo":"x"}]\'', 'identical'],
  ['aws rds add-tags-to-resource --resource-name x --tags \'[{"Bogus":"1"}]\'', 'identical'],
  ['aws ec2 attach-network-interface --cli-input-json \'{}\'', 'identical'],
  ['aws ec2 describe-instance-attribute --cli-input-json \'{}\'', 'identical'],
  ['aws ec2 create-network-acl-entry --cli-input-json \'{}\'', 'identical'],
  ['aws ec2 attach-network-interface', 'identical'],
  ['aws rds create-db-cluster', 'identical'],
  ['aws rds create-db-instance', 'identical'],
  ['aws iam create-role', 'identical'],
  ['aws kms create-key --generate-cli-skeleton', 'identical'],
  ['aws kms describe-key --generate-cli-skeleton', 'identical'],
  ['aws kms list-keys --generate-cli-skeleton', 'identical'],
  ['aws ec2 create-security-group --generate-cli-skeleton', 'identical'],
  ['aws ec2 authorize-security-group-ingress --generate-cli-skeleton', 'identical'],
  ['aws ec2 describe-security-groups --generate-cli-skeleton', 'identical'],
  ['aws ec2 describe-vpcs --generate-cli-skeleton', 'identical'],
  ['aws ec2 describe-subnets --generate-cli-skeleton', 'identical'],
  ['aws iam create-role --generate-cli-skeleton', 'identical'],
  ['aws iam create-policy --generate-cli-skeleton', 'identical'],
  ['aws rds describe-db-clusters --generate-cli-skeleton', 'identical'],
  ['aws rds describe-db-instances --generate-cli-skeleton', 'identical'],
  ['aws rds create-db-cluster-parameter-group --generate-cli-skeleton', 'identical'],
  ['aws rds modify-db-cluster-parameter-group --generate-cli-skeleton', 'identical'],
  ['aws rds describe-orderable-db-instance-options --generate-cli-skeleton', 'identical'],
  ['aws cloudwatch get-metric-statistics --generate-cli-skeleton', 'identical'],
  ['aws cloudwatch describe-alarms --generate-cli-skeleton', 'identical'],
  ['aws pi describe-dimension-keys --generate-cli-skeleton', 'identical'],
  ['aws secretsmanager get-secret-value --generate-cli-skeleton', 'identical'],
  ['aws sts get-caller-identity --generate-cli-skeleton', 'identical'],
  ['aws rds create-db-cluster --db-cluster-identifier sr --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass --source-region us-west-2 --query DBCluster.DBClusterIdentifier', 'identical'],
  ['aws rds create-db-cluster-snapshot --db-cluster-identifier sr --db-cluster-snapshot-identifier s1 --query DBClusterSnapshot.Status', 'identical'],
  advance('20m'),
  ['aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier s1 --target-db-cluster-snapshot-identifier s2 --source-region us-east-1 --query DBClusterSnapshot.DBClusterSnapshotIdentifier --output text', 'identical'],
  ['aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier s1 --target-db-cluster-snapshot-identifier s3 --source-region 7 --pre-signed-url x --query DBClusterSnapshot.DBClusterSnapshotIdentifier --output text', 'identical'],
  ['aws rds copy-db-cluster-snapshot --cli-input-json \'{"SourceDBClusterSnapshotIdentifier": "s1", "TargetDBClusterSnapshotIdentifier": "s4", "SourceRegion": "us-east-1"}\' --query DBClusterSnapshot.Status', 'identical'],
  ['aws rds copy-db-cluster-snapshot --source-region', 'identical'],
  ['aws rds copy-db-cluster-snapshot --generate-cli-skeleton', 'identical'],
  ['aws rds describe-db-clusters --source-region us-east-1', 'identical'],
];

const SUITES: ReadonlyArray<readonly [string, readonly Step[]]> = [
  ['KMS, IAM, STS, Secrets Manager, EC2 security groups, CloudWatch, PI', NEW_SERVICES],
  ['RDS and the EC2 network: formats, queries, pagination, errors, waiters', RDS_AND_EC2],
  ['parameter groups, Serverless v2, shorthand and JSON values, --cli-input-json, yaml-stream, more errors', MORE_FORMS],
  ['the shell subset, pagination tokens, usage errors, --cli-input-yaml, regions and profiles', SHELL_AND_GLOBALS],
  ['a cluster\'s life on the virtual clock: waiters, failover, backtrack, snapshots, clones, endpoints, global database', CLUSTER_LIFE],
  ['botocore\'s member order in outputs, skeletons and validation; --source-region', ORDER_AND_EXTRAS],
];

type CommandStep = readonly [command: string, expectation: Expectation];
const isCommand = (step: Step): step is CommandStep => step[1] !== 'clock';

describe.skipIf(realCliAvailability().skip).each(SUITES)('the CLI emulator against the real AWS CLI v2, on twin sandboxes: %s', (_title, steps) => {
  let real: TwinSandbox;
  let ours: TwinSandbox;
  const commands = steps.filter(isCommand);
  const results: Array<{ expectation: Expectation; real: { stdout: string; stderr: string; status: number }; ours: CliResult }> = [];

  beforeAll(async () => {
    [real, ours] = await Promise.all([twinSandbox(identity), twinSandbox(identity)]);
    // In order: each command sees the state the ones before it left, on both sides.
    for (const step of steps) {
      if (!isCommand(step)) {
        for (const twin of [real, ours]) await twin.server.services.sandboxes.advanceClock(twin.sandbox.id, parseDuration(step[0]), 'api');
        continue;
      }
      const [command, expectation] = step;
      const realResult = await runWithRealCli(command, real.sandbox);
      const oursResult = await runThroughCliRoute(ours, command);
      results.push({ expectation, real: realResult, ours: oursResult });
    }
  }, 240_000);
  afterAll(async () => Promise.all([real?.server.close(), ours?.server.close()]));

  it.each(commands.map(([command], index) => [index, command] as const))('#%i %s', (index) => {
    const { expectation, real: r, ours: o } = results[index];
    expect({ exitCode: o.exitCode, stderr: mask(o.stderr) }).toEqual({ exitCode: r.status, stderr: mask(r.stderr) });
    if (expectation === 'identical') expect(mask(o.stdout)).toBe(mask(r.stdout));
    else expect(coversOutput(o.stdout, r.stdout), `${o.stdout}\n--- should hold ---\n${r.stdout}`).toBe(true);
  });
});

it('the differential runs at least 200 commands', () => {
  expect(SUITES.flatMap(([, steps]) => steps.filter(isCommand)).length).toBeGreaterThanOrEqual(200);
});
