import type { DescribeAlarmHistoryOutput, DescribeAlarmsOutput, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, REGION, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

const CLUSTER_ARN = `arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:aurora-prod`;
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT_ID}:aurora-alerts`;

/** The seed's alarm ("Create CloudWatch alarms"), placeholders substituted. */
function seedAlarm(overrides: Record<string, unknown> = {}) {
  return {
    AlarmName: 'Aurora-High-CPU',
    AlarmDescription: 'Aurora cluster high CPU utilization',
    MetricName: 'CPUUtilization',
    Namespace: 'AWS/RDS',
    Statistic: 'Average',
    Period: 300,
    Threshold: 80,
    ComparisonOperator: 'GreaterThanThreshold',
    EvaluationPeriods: 1,
    Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }],
    AlarmActions: [TOPIC],
    ...overrides,
  };
}

function alarm(h: Harness, name = 'Aurora-High-CPU'): MetricAlarm {
  return h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarms', { AlarmNames: [name] }).MetricAlarms![0];
}

function runningCluster(h: Harness) {
  createCluster(h);
  createInstance(h, { DBInstanceIdentifier: 'writer' });
  createInstance(h, { DBInstanceIdentifier: 'reader', DBInstanceClass: 'db.r5.large' });
  h.advance(15 * MINUTE);
}

describe('PutMetricAlarm / DescribeAlarms / DeleteAlarms', () => {
  it('creates the seed alarm in INSUFFICIENT_DATA and describes it as AWS does', () => {
    const h = new Harness();
    h.call('monitoring', 'PutMetricAlarm', seedAlarm());
    const createdAt = h.now;
    const created = alarm(h);
    expect(created).toMatchObject({
      AlarmName: 'Aurora-High-CPU',
      AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT_ID}:alarm:Aurora-High-CPU`,
      AlarmDescription: 'Aurora cluster high CPU utilization',
      ActionsEnabled: true,
      AlarmActions: [TOPIC],
      OKActions: [],
      InsufficientDataActions: [],
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      MetricName: 'CPUUtilization',
      Namespace: 'AWS/RDS',
      Statistic: 'Average',
      Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }],
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 80,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(created.StateUpdatedTimestamp).toEqual(new Date(createdAt));
    expect(created.AlarmConfigurationUpdatedTimestamp).toEqual(new Date(createdAt));
    expect(h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarms', {})).toEqual({ MetricAlarms: [created], CompositeAlarms: [] });
  });

  it('filters by prefix, state, action prefix and type, pages with MaxRecords/NextToken', () => {
    const h = new Harness();
    for (const name of ['b-alarm', 'a-alarm', 'c-other']) h.call('monitoring', 'PutMetricAlarm', seedAlarm({ AlarmName: name }));
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ AlarmName: 'no-actions', AlarmActions: undefined }));
    const names = (input: object) => h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarms', input).MetricAlarms!.map((a) => a.AlarmName);
    expect(names({})).toEqual(['a-alarm', 'b-alarm', 'c-other', 'no-actions']);
    expect(names({ AlarmNamePrefix: 'c-' })).toEqual(['c-other']);
    expect(names({ StateValue: 'ALARM' })).toEqual([]);
    expect(names({ ActionPrefix: 'arn:aws:sns:' })).toEqual(['a-alarm', 'b-alarm', 'c-other']);
    expect(names({ AlarmTypes: ['CompositeAlarm'] })).toEqual([]);
    const first = h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarms', { MaxRecords: 3 });
    expect(first.MetricAlarms).toHaveLength(3);
    expect(names({ MaxRecords: 3, NextToken: first.NextToken })).toEqual(['no-actions']);
    expectRefused(h, 'monitoring', 'DescribeAlarms', { NextToken: 'bogus' }, { code: 'InvalidNextToken' });
    expectRefused(h, 'monitoring', 'DescribeAlarms', { AlarmNames: ['a'], AlarmNamePrefix: 'a' }, { code: 'InvalidParameterCombination' });
  });

  it('refuses what AWS refuses, changing nothing', () => {
    const h = new Harness();
    const refuse = (overrides: Record<string, unknown>, code: string, message?: string | RegExp) =>
      expectRefused(h, 'monitoring', 'PutMetricAlarm', seedAlarm(overrides), { code, status: 400, message });
    refuse({ ComparisonOperator: 'GreaterThan' }, 'ValidationError', /at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set/);
    refuse({ EvaluationPeriods: 0 }, 'ValidationError', "1 validation error detected: Value '0' at 'evaluationPeriods' failed to satisfy constraint: Member must have value greater than or equal to 1");
    refuse({ EvaluationPeriods: 2, DatapointsToAlarm: 3 }, 'ValidationError', 'DatapointsToAlarm must be less than or equal to EvaluationPeriods');
    refuse({ Period: 45 }, 'ValidationError');
    refuse({ Period: 3600, EvaluationPeriods: 200 }, 'ValidationError');
    refuse({ Statistic: undefined }, 'ValidationError');
    refuse({ ExtendedStatistic: 'p99' }, 'InvalidParameterCombination');
    refuse({ Threshold: undefined }, 'ValidationError');
    refuse({ ThresholdMetricId: 'ad1' }, 'ValidationError');
    refuse({ ComparisonOperator: 'GreaterThanUpperThreshold' }, 'ValidationError');
    refuse({ AlarmActions: ['arn:aws:sns:region:account:aurora-alerts'] }, 'ValidationError', 'Invalid arn syntax: arn:aws:sns:region:account:aurora-alerts');
    refuse({ AlarmActions: [`arn:aws:sns:eu-west-1:${ACCOUNT_ID}:t`] }, 'ValidationError', `Invalid region eu-west-1 specified. Only ${REGION} is supported.`);
    refuse({ AlarmActions: [1, 2, 3, 4, 5, 6].map((i) => `${TOPIC}${i}`) }, 'ValidationError');
    refuse({ Dimensions: Array.from({ length: 31 }, (_, i) => ({ Name: `d${i}`, Value: 'v' })) }, 'InvalidParameterValue');
    refuse({ Metrics: [{ Id: 'm1', MetricStat: { Metric: { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization' }, Period: 60, Stat: 'Average' } }] }, 'ValidationError');
    refuse({ TreatMissingData: 'sometimes' }, 'ValidationError');
    // EC2 actions are valid action ARNs.
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ AlarmActions: [`arn:aws:automate:${REGION}:ec2:stop`] }));
  });

  it('DescribeAlarmsForMetric finds alarms by metric; Enable/DisableAlarmActions switch ActionsEnabled', () => {
    const h = new Harness();
    h.call('monitoring', 'PutMetricAlarm', seedAlarm());
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ AlarmName: 'writer-cpu', Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }, { Name: 'Role', Value: 'WRITER' }] }));
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ AlarmName: 'connections', MetricName: 'DatabaseConnections' }));
    const forMetric = (input: object) =>
      h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarmsForMetric', { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', ...input }).MetricAlarms!.map((a) => a.AlarmName);
    expect(forMetric({})).toEqual(['Aurora-High-CPU', 'writer-cpu']);
    expect(forMetric({ Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }] })).toEqual(['Aurora-High-CPU']);
    expect(forMetric({ Period: 60 })).toEqual([]);
    h.call('monitoring', 'DisableAlarmActions', { AlarmNames: ['Aurora-High-CPU', 'not-an-alarm'] });
    expect(alarm(h).ActionsEnabled).toBe(false);
    h.call('monitoring', 'EnableAlarmActions', { AlarmNames: ['Aurora-High-CPU'] });
    expect(alarm(h).ActionsEnabled).toBe(true);
  });

  it('tags alarms at creation and with TagResource / UntagResource; PutMetricAlarm on an existing alarm ignores Tags', () => {
    const h = new Harness();
    const arn = `arn:aws:cloudwatch:${REGION}:${ACCOUNT_ID}:alarm:Aurora-High-CPU`;
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ Tags: [{ Key: 'env', Value: 'lab' }] }));
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ Tags: [{ Key: 'ignored', Value: 'x' }] }));
    const tags = () => h.call<{ Tags: unknown[] }>('monitoring', 'ListTagsForResource', { ResourceARN: arn }).Tags;
    expect(tags()).toEqual([{ Key: 'env', Value: 'lab' }]);
    h.call('monitoring', 'TagResource', { ResourceARN: arn, Tags: [{ Key: 'team', Value: 'db' }, { Key: 'env', Value: 'prod' }] });
    expect(tags()).toEqual([{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'db' }]);
    h.call('monitoring', 'UntagResource', { ResourceARN: arn, TagKeys: ['env'] });
    expect(tags()).toEqual([{ Key: 'team', Value: 'db' }]);
    expectRefused(h, 'monitoring', 'ListTagsForResource', { ResourceARN: `${arn}-missing` }, { code: 'ResourceNotFoundException', status: 404 });
  });

  it('DeleteAlarms removes alarms; an unknown name is ResourceNotFound and nothing is deleted', () => {
    const h = new Harness();
    h.call('monitoring', 'PutMetricAlarm', seedAlarm());
    expectRefused(h, 'monitoring', 'DeleteAlarms', { AlarmNames: ['Aurora-High-CPU', 'missing'] }, { code: 'ResourceNotFound', status: 404 });
    h.call('monitoring', 'DeleteAlarms', { AlarmNames: ['Aurora-High-CPU'] });
    expect(h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarms', {}).MetricAlarms).toEqual([]);
    // Alarm names are case-sensitive.
    h.call('monitoring', 'PutMetricAlarm', seedAlarm());
    expectRefused(h, 'monitoring', 'DeleteAlarms', { AlarmNames: ['aurora-high-cpu'] }, { code: 'ResourceNotFound' });
  });
});

describe('alarm evaluation on the virtual clock', () => {
  it('goes OK at the first period boundary with data, then ALARM when the simulated CPU crosses the threshold', () => {
    const h = new Harness();
    runningCluster(h);
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ Period: 60, EvaluationPeriods: 2, DatapointsToAlarm: 2, Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }, { Name: 'Role', Value: 'WRITER' }] }));
    expect(alarm(h).StateValue).toBe('INSUFFICIENT_DATA');
    h.advance(2 * MINUTE);
    const ok = alarm(h);
    expect(ok.StateValue).toBe('OK');
    expect(ok.StateReason).toMatch(/^Threshold Crossed: 2 datapoints \[[\d.]+ \(\d\d\/\d\d\/\d\d \d\d:\d\d:00\), [\d.]+ \(.*\)\] were not greater than the threshold \(80\.0\)\.$/);
    expect(JSON.parse(ok.StateReasonData!)).toMatchObject({ version: '1.0', statistic: 'Average', period: 60, threshold: 80 });
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '95' }] });
    const loadAt = h.now;
    h.advance(MINUTE * 2);
    // One breaching datapoint of two is not enough with DatapointsToAlarm 2.
    expect(alarm(h).StateValue).toBe('OK');
    h.advance(MINUTE * 2);
    const alarmed = alarm(h);
    expect(alarmed.StateValue).toBe('ALARM');
    expect(alarmed.StateReason).toMatch(/^Threshold Crossed: 2 out of the last 2 datapoints \[.*\] were greater than the threshold \(80\.0\) \(minimum 2 datapoints for OK -> ALARM transition\)\.$/);
    expect(alarmed.StateUpdatedTimestamp!.getTime()).toBeGreaterThan(loadAt);
    expect(alarmed.StateUpdatedTimestamp!.getTime() % MINUTE).toBe(0);
    const history = h.call<DescribeAlarmHistoryOutput>('monitoring', 'DescribeAlarmHistory', { AlarmName: 'Aurora-High-CPU' }).AlarmHistoryItems!;
    expect(history.map((i) => [i.HistoryItemType, i.HistorySummary])).toEqual([
      ['StateUpdate', 'Alarm updated from OK to ALARM'],
      ['StateUpdate', 'Alarm updated from INSUFFICIENT_DATA to OK'],
      ['ConfigurationUpdate', 'Alarm "Aurora-High-CPU" created'],
    ]);
    expect(JSON.parse(history[0].HistoryData!)).toMatchObject({ oldState: { stateValue: 'OK' }, newState: { stateValue: 'ALARM' } });
    expect(h.call<DescribeAlarmsOutput>('monitoring', 'DescribeAlarms', { StateValue: 'ALARM' }).MetricAlarms!.map((a) => a.AlarmName)).toEqual(['Aurora-High-CPU']);
  });

  it('evaluates a metric math alarm on the query that returns data', () => {
    const h = new Harness();
    runningCluster(h);
    const cpu = (id: string, role: string) => ({
      Id: id,
      MetricStat: { Metric: { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }, { Name: 'Role', Value: role }] }, Period: 60, Stat: 'Average' },
      ReturnData: false,
    });
    h.call('monitoring', 'PutMetricAlarm', {
      AlarmName: 'writer-vs-reader',
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      Metrics: [cpu('w', 'WRITER'), cpu('r', 'READER'), { Id: 'gap', Expression: '(w - r) * 10', Label: 'gap' }],
    });
    const created = alarm(h, 'writer-vs-reader');
    expect(created.Metrics).toHaveLength(3);
    expect(created.Period).toBeUndefined();
    h.advance(MINUTE);
    expect(alarm(h, 'writer-vs-reader').StateValue).not.toBe('INSUFFICIENT_DATA');
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '90' }] });
    h.advance(3 * MINUTE);
    expect(alarm(h, 'writer-vs-reader').StateValue).toBe('ALARM');
    expectRefused(h, 'monitoring', 'PutMetricAlarm', { AlarmName: 'x', EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', Metrics: [{ ...cpu('W', 'WRITER'), ReturnData: true }] }, { code: 'ValidationError' });
  });

  it('stays INSUFFICIENT_DATA without data (missing) and breaches with TreatMissingData breaching', () => {
    const h = new Harness();
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ Period: 60 }));
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ AlarmName: 'breaching', Period: 60, TreatMissingData: 'breaching' }));
    h.advance(3 * MINUTE);
    expect(alarm(h).StateValue).toBe('INSUFFICIENT_DATA');
    expect(alarm(h).StateReason).toBe('Unchecked: Initial alarm creation');
    expect(alarm(h, 'breaching').StateValue).toBe('ALARM');
  });

  it('SetAlarmState holds until the next evaluation; a bad StateReasonData is InvalidFormat', () => {
    const h = new Harness();
    runningCluster(h);
    h.call('monitoring', 'PutMetricAlarm', seedAlarm({ Period: 60 }));
    h.advance(MINUTE);
    expect(alarm(h).StateValue).toBe('OK');
    h.call('monitoring', 'SetAlarmState', { AlarmName: 'Aurora-High-CPU', StateValue: 'ALARM', StateReason: 'testing' });
    expect(alarm(h)).toMatchObject({ StateValue: 'ALARM', StateReason: 'testing' });
    h.advance(MINUTE);
    expect(alarm(h).StateValue).toBe('OK');
    expectRefused(h, 'monitoring', 'SetAlarmState', { AlarmName: 'Aurora-High-CPU', StateValue: 'ALARM', StateReason: 'x', StateReasonData: '{' }, { code: 'InvalidFormat' });
    expectRefused(h, 'monitoring', 'SetAlarmState', { AlarmName: 'nope', StateValue: 'ALARM', StateReason: 'x' }, { code: 'ResourceNotFound' });
  });

  it('replaying the same requests gives the same alarm states', () => {
    const run = () => {
      const h = new Harness('seed-replay');
      runningCluster(h);
      h.call('monitoring', 'PutMetricAlarm', seedAlarm({ Period: 60 }));
      h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '99' }] });
      h.advance(7 * MINUTE);
      return structuredClone(h.engine.state);
    };
    expect(run()).toEqual(run());
  });
});
