import {
  CloudWatchClient,
  CloudWatchServiceException,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  type ComparisonOperator,
} from '@aws-sdk/client-cloudwatch';
import { DescribeDimensionKeysCommand, GetResourceMetricsCommand, PIClient, PIServiceException } from '@aws-sdk/client-pi';
import { AddTagsToResourceCommand, CreateDBClusterCommand, CreateDBInstanceCommand, FailoverDBClusterCommand, RDSClient } from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { SEED_GET_METRIC_STATISTICS, SEED_PERFORMANCE_INSIGHTS, SEED_PUT_METRIC_ALARM } from './support/seed-document';
import { createSandbox, rdsClientFor, startEndpointServer, type TestSandbox } from './support/test-servers';

const MINUTE = 60_000;

const BAD_OPERATOR = /^1 validation error detected: Value 'GreaterThan' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: \[/;

async function rejection<T extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('CloudWatch and Performance Insights over the wire', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let rds: RDSClient;
  let cloudwatch: CloudWatchClient;
  let pi: PIClient;
  let account: string;
  let writerResourceId: string;
  let failoverAt: number;
  const now = () => server.services.sandboxes.now(sandbox.id);
  const advance = (ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');
  const creds = () => ({ endpointUrl: sandbox.endpointUrl, accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey, region: sandbox.region });

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    const clientConfig = { endpoint: sandbox.endpointUrl, region: sandbox.region, credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey } };
    rds = rdsClientFor(sandbox);
    cloudwatch = new CloudWatchClient(clientConfig);
    pi = new PIClient(clientConfig);
    const cluster = await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'aurora-mysql-prod', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!' }));
    account = cluster.DBCluster!.DBClusterArn!.split(':')[4];
    const writer = await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'aurora-mysql-writer', DBInstanceClass: 'db.r5.2xlarge', Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-mysql-prod', EnablePerformanceInsights: true, PromotionTier: 0 }));
    writerResourceId = writer.DBInstance!.DbiResourceId!;
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'aurora-mysql-reader', DBInstanceClass: 'db.r5.2xlarge', Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-mysql-prod', PromotionTier: 1 }));
    await advance(30 * MINUTE);
    await rds.send(new AddTagsToResourceCommand({ ResourceName: cluster.DBCluster!.DBClusterArn, Tags: [{ Key: 'aurora-lab:load', Value: '40' }] }));
    await advance(20 * MINUTE);
    failoverAt = await now();
    await rds.send(new FailoverDBClusterCommand({ DBClusterIdentifier: 'aurora-mysql-prod', TargetDBInstanceIdentifier: 'aurora-mysql-reader' }));
    await advance(20 * MINUTE);
  });
  afterAll(async () => {
    rds?.destroy();
    cloudwatch?.destroy();
    pi?.destroy();
    await server?.close();
  });

  describe.runIf(haveRealAwsCli())('the real AWS CLI v2', () => {
    it("runs the seed's put-metric-alarm (placeholders substituted, the --evaluation-periods it lacks added) and describes the alarm", async () => {
      // As written the seed omits --evaluation-periods, which the CLI requires before sending anything.
      const asWritten = await runWithRealCli(SEED_PUT_METRIC_ALARM, creds());
      expect(asWritten.status).toBe(252);
      expect(asWritten.stderr).toContain('the following arguments are required: --evaluation-periods');
      const command = `${SEED_PUT_METRIC_ALARM.replace('arn:aws:sns:region:account:', `arn:aws:sns:${sandbox.region}:${account}:`)} --evaluation-periods 1`;
      const put = await runWithRealCli(command, creds());
      expect(put).toMatchObject({ status: 0, stdout: '', stderr: '' });
      const described = await runWithRealCli('aws cloudwatch describe-alarms --alarm-names Aurora-High-CPU', creds());
      expect(described.status).toBe(0);
      const output = JSON.parse(described.stdout) as { MetricAlarms: Record<string, unknown>[]; CompositeAlarms: unknown[] };
      expect(Object.keys(output)).toEqual(['MetricAlarms', 'CompositeAlarms']);
      expect(output.MetricAlarms[0]).toMatchObject({
        AlarmName: 'Aurora-High-CPU',
        AlarmArn: `arn:aws:cloudwatch:${sandbox.region}:${account}:alarm:Aurora-High-CPU`,
        StateValue: 'INSUFFICIENT_DATA',
        StateReason: 'Unchecked: Initial alarm creation',
        AlarmActions: [`arn:aws:sns:${sandbox.region}:${account}:aurora-alerts`],
        Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-mysql-prod' }],
        Threshold: 80.0,
      });
      await advance(5 * MINUTE);
      const evaluated = await runWithRealCli("aws cloudwatch describe-alarms --alarm-name-prefix Aurora- --query 'MetricAlarms[0].StateValue' --output text", creds());
      expect(evaluated).toMatchObject({ status: 0, stdout: 'OK\n' });
    });

    it('refuses an alarm with a bad comparison operator, and the unsubstituted seed ARN', async () => {
      const bad = await runWithRealCli(
        'aws cloudwatch put-metric-alarm --alarm-name bad-op --metric-name CPUUtilization --namespace AWS/RDS --statistic Average --period 300 --threshold 80 --evaluation-periods 1 --comparison-operator GreaterThan',
        creds(),
      );
      expect(bad.status).toBe(254);
      expect(bad.stderr.trim()).toMatch(
        /^An error occurred \(ValidationError\) when calling the PutMetricAlarm operation: 1 validation error detected: Value 'GreaterThan' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: \[/,
      );
      const unsubstituted = await runWithRealCli(`${SEED_PUT_METRIC_ALARM} --evaluation-periods 1`, creds());
      expect(unsubstituted.status).toBe(254);
      expect(unsubstituted.stderr.trim()).toBe('An error occurred (ValidationError) when calling the PutMetricAlarm operation: Invalid arn syntax: arn:aws:sns:region:account:aurora-alerts');
      const missing = await runWithRealCli('aws cloudwatch delete-alarms --alarm-names no-such-alarm', creds());
      expect(missing.status).toBe(254);
      expect(missing.stderr).toContain('An error occurred (ResourceNotFound) when calling the DeleteAlarms operation: ');
    });

    it("runs the seed's get-metric-statistics (no data in 2023) and reads the failover in the recent series", async () => {
      // The CLI sends a list of strings as given: "Average,Maximum" is one (invalid) statistic.
      const asWritten = await runWithRealCli(SEED_GET_METRIC_STATISTICS, creds());
      expect(asWritten.status).toBe(254);
      expect(asWritten.stderr).toContain(
        "An error occurred (ValidationError) when calling the GetMetricStatistics operation: 1 validation error detected: Value 'Average,Maximum' at 'statistics.1.member' failed to satisfy constraint: Member must satisfy enum value set:",
      );
      const seed = await runWithRealCli(SEED_GET_METRIC_STATISTICS.replace('Average,Maximum', 'Average Maximum'), creds());
      expect(seed.status).toBe(0);
      expect(JSON.parse(seed.stdout)).toEqual({ Label: 'AuroraReplicaLag', Datapoints: [] });
      const from = new Date(failoverAt - 10 * MINUTE).toISOString();
      const to = new Date(failoverAt + 10 * MINUTE).toISOString();
      const lag = await runWithRealCli(
        `aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name AuroraReplicaLag --dimensions Name=DBClusterIdentifier,Value=aurora-mysql-prod Name=Role,Value=READER --start-time ${from} --end-time ${to} --period 60 --statistics Maximum`,
        creds(),
      );
      expect(lag.status).toBe(0);
      const points = (JSON.parse(lag.stdout) as { Datapoints: { Timestamp: string; Maximum: number; Unit: string }[] }).Datapoints;
      expect(points.length).toBeGreaterThan(15);
      expect(points[0].Unit).toBe('Milliseconds');
      expect(Math.max(...points.map((p) => p.Maximum))).toBeGreaterThan(1000);
      expect(Math.min(...points.map((p) => p.Maximum))).toBeLessThan(100);
      const tooMany = await runWithRealCli(
        `aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name CPUUtilization --start-time 2023-01-01T00:00:00Z --end-time 2023-01-03T00:00:00Z --period 60 --statistics Average`,
        creds(),
      );
      expect(tooMany.status).toBe(254);
      expect(tooMany.stderr.trim()).toBe(
        'An error occurred (InvalidParameterCombination) when calling the GetMetricStatistics operation: You have requested up to 2880 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
      );
    });

    it('lists metrics and reads them with get-metric-data', async () => {
      const listed = await runWithRealCli("aws cloudwatch list-metrics --namespace AWS/RDS --dimensions Name=DBInstanceIdentifier,Value=aurora-mysql-writer --query 'Metrics[].MetricName' --output json", creds());
      expect(listed.status).toBe(0);
      expect((JSON.parse(listed.stdout) as string[]).sort()).toEqual(['AuroraReplicaLag', 'CPUUtilization', 'DatabaseConnections', 'FreeableMemory']);
      const queries = JSON.stringify([{ Id: 'cpu', MetricStat: { Metric: { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-mysql-prod' }] }, Period: 300, Stat: 'Average' } }]);
      const data = await runWithRealCli(`aws cloudwatch get-metric-data --metric-data-queries '${queries}' --start-time ${new Date(failoverAt - 30 * MINUTE).toISOString()} --end-time ${new Date(failoverAt).toISOString()}`, creds());
      expect(data.status).toBe(0);
      const result = (JSON.parse(data.stdout) as { MetricDataResults: { Id: string; StatusCode: string; Values: number[] }[] }).MetricDataResults[0];
      expect(result).toMatchObject({ Id: 'cpu', StatusCode: 'Complete' });
      expect(result.Values!.length).toBeGreaterThanOrEqual(6);
      expect(result.Values!.length).toBeLessThanOrEqual(7);
    });

    it("answers the seed's pi command as AWS does (a cluster name is not a DbiResourceId), and reads PI with the real id", async () => {
      // As written the seed's shorthand does not parse; as JSON it reaches PI, which knows no resource by a cluster name.
      const asWritten = await runWithRealCli(SEED_PERFORMANCE_INSIGHTS, creds());
      expect(asWritten.status).toBe(252);
      expect(asWritten.stderr).toContain("Error parsing parameter '--metric-queries': Expected: '=', received: '\"'");
      const seed = await runWithRealCli(SEED_PERFORMANCE_INSIGHTS.replace(/MetricQuery='(\{[^']*\})'/, "'[$1]'"), creds());
      expect(seed.status).toBe(254);
      expect(seed.stderr.trim()).toBe('An error occurred (NotAuthorizedException) when calling the GetResourceMetrics operation: The resource aurora-mysql-cluster for service type RDS is not authorized for this account');
      const from = new Date(failoverAt - 30 * MINUTE).toISOString();
      const to = new Date(failoverAt).toISOString();
      const load = await runWithRealCli(
        `aws pi get-resource-metrics --service-type RDS --identifier ${writerResourceId} --metric-queries '[{"Metric":"db.load.avg","GroupBy":{"Group":"db.wait_event","Limit":3}},{"Metric":"db.SQL.Innodb_rows_read.avg"}]' --start-time ${from} --end-time ${to} --period-in-seconds 300`,
        creds(),
      );
      expect(load.status).toBe(0);
      const out = JSON.parse(load.stdout) as { Identifier: string; AlignedStartTime: string; MetricList: { Key: { Metric: string; Dimensions?: Record<string, string> }; DataPoints: { Value: number }[] }[] };
      expect(out.Identifier).toBe(writerResourceId);
      expect(out.MetricList.map((m) => m.Key.Metric)).toEqual(['db.load.avg', 'db.load.avg', 'db.load.avg', 'db.load.avg', 'db.SQL.Innodb_rows_read.avg']);
      expect(out.MetricList[1].Key.Dimensions).toEqual({ 'db.wait_event.name': 'CPU', 'db.wait_event.type': 'CPU' });
      expect(out.MetricList[0].DataPoints.length).toBeGreaterThan(3);
      const keys = await runWithRealCli(
        `aws pi describe-dimension-keys --service-type RDS --identifier ${writerResourceId} --metric db.load.avg --group-by Group=db.sql_tokenized,Limit=3 --start-time ${from} --end-time ${to} --query 'Keys[].Dimensions."db.sql_tokenized.statement"'`,
        creds(),
      );
      expect(keys.status).toBe(0);
      expect(JSON.parse(keys.stdout)).toHaveLength(3);
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    it('puts, pages and deletes alarms; reads statistics; refuses a bad comparison operator; PI refuses a name', async () => {
      const result = (await runBoto3(
        `
cw = region_client('cloudwatch', ${JSON.stringify(sandbox.region)})
pi = region_client('pi', ${JSON.stringify(sandbox.region)})
for i in range(3):
    cw.put_metric_alarm(AlarmName='boto-%d' % i, MetricName='DatabaseConnections', Namespace='AWS/RDS', Statistic='Maximum', Period=60, EvaluationPeriods=1, Threshold=1000, ComparisonOperator='GreaterThanOrEqualToThreshold', Dimensions=[{'Name': 'DBClusterIdentifier', 'Value': 'aurora-mysql-prod'}])
pages = list(cw.get_paginator('describe_alarms').paginate(AlarmNamePrefix='boto-', PaginationConfig={'PageSize': 2}))
emit([[a['AlarmName'] for a in p['MetricAlarms']] for p in pages])
emit(sorted(pages[0].keys()))
stats = cw.get_metric_statistics(Namespace='AWS/RDS', MetricName='CPUUtilization', Dimensions=[{'Name': 'DBInstanceIdentifier', 'Value': 'aurora-mysql-writer'}], StartTime=datetime.datetime.fromtimestamp(${(failoverAt - 30 * MINUTE) / 1000}, datetime.timezone.utc), EndTime=datetime.datetime.fromtimestamp(${failoverAt / 1000}, datetime.timezone.utc), Period=300, Statistics=['Average'])
emit([stats['Label'], len(stats['Datapoints']) in (6, 7), stats['Datapoints'][0]['Unit']])
cw.delete_alarms(AlarmNames=['boto-0', 'boto-1', 'boto-2'])
try:
    cw.put_metric_alarm(AlarmName='bad', MetricName='CPUUtilization', Namespace='AWS/RDS', Statistic='Average', Period=60, EvaluationPeriods=1, Threshold=1, ComparisonOperator='GreaterThan')
except ClientError as e:
    emit({"Code": e.response["Error"]["Code"], "Message": e.response["Error"]["Message"], "HTTPStatusCode": e.response["ResponseMetadata"]["HTTPStatusCode"]})
try:
    pi.get_resource_metrics(ServiceType='RDS', Identifier='aurora-mysql-prod', MetricQueries=[{'Metric': 'db.load.avg'}], StartTime=datetime.datetime(2023, 1, 1), EndTime=datetime.datetime(2023, 1, 1, 1))
except ClientError as e:
    emit({"Code": e.response["Error"]["Code"], "HTTPStatusCode": e.response["ResponseMetadata"]["HTTPStatusCode"]})
`,
        creds(),
      )) as unknown[];
      expect(result[0]).toEqual([['boto-0', 'boto-1'], ['boto-2']]);
      expect(result[1]).toEqual(['CompositeAlarms', 'MetricAlarms', 'NextToken', 'ResponseMetadata']);
      expect(result[2]).toEqual(['CPUUtilization', true, 'Percent']);
      expect(result[3]).toMatchObject({ Code: 'ValidationError', HTTPStatusCode: 400 });
      expect((result[3] as { Message: string }).Message).toMatch(BAD_OPERATOR);
      expect(result[4]).toEqual({ Code: 'NotAuthorizedException', HTTPStatusCode: 400 });
    });
  });

  describe('@aws-sdk/client-cloudwatch and @aws-sdk/client-pi', () => {
    it('puts and describes an alarm, reads statistics and metric data, lists metrics', async () => {
      await cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: 'sdk-replica-lag',
          MetricName: 'AuroraReplicaLag',
          Namespace: 'AWS/RDS',
          Statistic: 'Maximum',
          Period: 60,
          EvaluationPeriods: 3,
          DatapointsToAlarm: 2,
          Threshold: 1000,
          ComparisonOperator: 'GreaterThanThreshold',
          Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-mysql-prod' }],
          AlarmActions: [`arn:aws:sns:${sandbox.region}:${account}:aurora-alerts`],
        }),
      );
      await advance(3 * MINUTE);
      const described = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['sdk-replica-lag'] }));
      expect(described.MetricAlarms![0]).toMatchObject({ AlarmName: 'sdk-replica-lag', StateValue: 'OK', EvaluationPeriods: 3, DatapointsToAlarm: 2 });
      expect(described.MetricAlarms![0].StateUpdatedTimestamp).toBeInstanceOf(Date);
      const stats = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/RDS',
          MetricName: 'DatabaseConnections',
          Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-mysql-prod' }],
          StartTime: new Date(failoverAt - 5 * MINUTE),
          EndTime: new Date(failoverAt + 10 * MINUTE),
          Period: 60,
          Statistics: ['Sum'],
        }),
      );
      const sums = [...stats.Datapoints!].sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime()).map((p) => p.Sum!);
      expect(sums).toContain(0);
      expect(sums[0]).toBeGreaterThan(20);
      const data = await cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(failoverAt - 30 * MINUTE),
          EndTime: new Date(failoverAt),
          ScanBy: 'TimestampAscending',
          MetricDataQueries: [
            { Id: 'mem', MetricStat: { Metric: { Namespace: 'AWS/RDS', MetricName: 'FreeableMemory', Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'aurora-mysql-writer' }] }, Period: 300, Stat: 'Average' }, ReturnData: false },
            { Id: 'gib', Expression: 'mem / 1073741824', Label: 'FreeableMemory GiB' },
          ],
        }),
      );
      const gib = data.MetricDataResults![0];
      expect(gib).toMatchObject({ Id: 'gib', Label: 'FreeableMemory GiB', StatusCode: 'Complete' });
      expect(gib.Values!.every((v) => v > 20 && v < 64)).toBe(true);
      const metrics = await cloudwatch.send(new ListMetricsCommand({ Namespace: 'AWS/RDS', MetricName: 'VolumeBytesUsed' }));
      expect(metrics.Metrics).toEqual([{ Namespace: 'AWS/RDS', MetricName: 'VolumeBytesUsed', Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-mysql-prod' }] }]);
    });

    it('refuses a bad comparison operator and unknown alarm names with the modelled exceptions', async () => {
      const bad = await rejection(
        cloudwatch.send(new PutMetricAlarmCommand({ AlarmName: 'bad', MetricName: 'CPUUtilization', Namespace: 'AWS/RDS', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThan' as ComparisonOperator })),
        CloudWatchServiceException,
      );
      expect(bad.name).toBe('ValidationException'); // the modelled class whose Query code is ValidationError
      expect(bad.message).toMatch(BAD_OPERATOR);
      expect(bad.$metadata.httpStatusCode).toBe(400);
      const missing = await rejection(cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ['nope'] })), CloudWatchServiceException);
      expect(missing.name).toBe('ResourceNotFound');
      expect(missing.$metadata.httpStatusCode).toBe(404);
    });

    it('reads Performance Insights for the writer and refuses the seed identifier', async () => {
      const out = await pi.send(
        new GetResourceMetricsCommand({
          ServiceType: 'RDS',
          Identifier: writerResourceId,
          MetricQueries: [{ Metric: 'db.load.avg' }, { Metric: 'os.cpuUtilization.user.avg' }],
          StartTime: new Date(failoverAt - 30 * MINUTE),
          EndTime: new Date(failoverAt),
          PeriodInSeconds: 60,
        }),
      );
      expect(out.AlignedStartTime).toEqual(new Date(Math.floor((failoverAt - 30 * MINUTE) / MINUTE) * MINUTE));
      expect(out.MetricList!.map((m) => m.Key!.Metric)).toEqual(['db.load.avg', 'os.cpuUtilization.user.avg']);
      expect(out.MetricList![0].DataPoints!.length).toBeGreaterThan(25);
      const keys = await pi.send(
        new DescribeDimensionKeysCommand({ ServiceType: 'RDS', Identifier: writerResourceId, Metric: 'db.load.avg', GroupBy: { Group: 'db.wait_event' }, StartTime: new Date(failoverAt - 30 * MINUTE), EndTime: new Date(failoverAt) }),
      );
      expect(keys.Keys![0].Dimensions).toEqual({ 'db.wait_event.name': 'CPU', 'db.wait_event.type': 'CPU' });
      const refused = await rejection(
        pi.send(new GetResourceMetricsCommand({ ServiceType: 'RDS', Identifier: 'aurora-mysql-cluster', MetricQueries: [{ Metric: 'db.CPU.Innodb_rows_read.avg' }], StartTime: new Date('2023-01-01T00:00:00Z'), EndTime: new Date('2023-01-01T01:00:00Z') })),
        PIServiceException,
      );
      expect(refused.name).toBe('NotAuthorizedException');
      expect(refused.message).toBe('The resource aurora-mysql-cluster for service type RDS is not authorized for this account');
    });
  });
});
