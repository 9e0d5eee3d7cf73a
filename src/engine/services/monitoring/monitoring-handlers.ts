import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { listTagsForResource, tagResource, untagResource } from './alarms/alarm-tags';
import { deleteAlarms } from './alarms/delete-alarms';
import { describeAlarmHistory } from './alarms/describe-alarm-history';
import { describeAlarms } from './alarms/describe-alarms';
import { describeAlarmsForMetric } from './alarms/describe-alarms-for-metric';
import { ALARM_EVALUATION, alarmEvaluation } from './alarms/evaluate-alarm';
import { putMetricAlarm } from './alarms/put-metric-alarm';
import { setAlarmState } from './alarms/set-alarm-state';
import { disableAlarmActions, enableAlarmActions } from './alarms/switch-alarm-actions';
import { getMetricData } from './metrics/get-metric-data';
import { getMetricStatistics } from './metrics/get-metric-statistics';
import { listMetrics } from './metrics/list-metrics';
import { putMetricData } from './metrics/put-metric-data';

export const monitoringHandlers: ServiceHandlers = {
  service: 'monitoring',
  operations: {
    PutMetricAlarm: putMetricAlarm,
    DescribeAlarms: describeAlarms,
    DescribeAlarmsForMetric: describeAlarmsForMetric,
    EnableAlarmActions: enableAlarmActions,
    DisableAlarmActions: disableAlarmActions,
    DeleteAlarms: deleteAlarms,
    SetAlarmState: setAlarmState,
    DescribeAlarmHistory: describeAlarmHistory,
    GetMetricStatistics: getMetricStatistics,
    GetMetricData: getMetricData,
    ListMetrics: listMetrics,
    PutMetricData: putMetricData,
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
  },
  transitions: {
    [ALARM_EVALUATION]: alarmEvaluation,
  },
};
