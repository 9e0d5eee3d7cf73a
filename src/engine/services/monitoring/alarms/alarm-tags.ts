import type { ListTagsForResourceInput, ListTagsForResourceOutput, TagResourceInput, UntagResourceInput } from '@aws-sdk/client-cloudwatch';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { modeledError } from '../../../model/modeled-error';
import { invalidParameterValue } from '../monitoring-errors';
import type { MetricAlarmRecord } from './metric-alarm-record';

const MAX_TAGS = 50;

/** The alarm an ARN names (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`); others → ResourceNotFoundException. */
function alarmOfArn(ctx: OperationContext, arn: string): MetricAlarmRecord {
  const prefix = `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:`;
  const name = arn.startsWith(prefix) ? arn.slice(prefix.length) : undefined;
  const alarms = ctx.regionState.monitoring.alarms;
  if (name === undefined || !Object.hasOwn(alarms, name)) throw modeledError('monitoring', 'ResourceNotFoundException', `${arn} not found`);
  return alarms[name];
}

/** TagResource: adds or overwrites an alarm's tags (50 at most; `aws:` keys are reserved). */
export const tagResource = defineOperation<TagResourceInput, Record<string, never>>((ctx, input) => {
  const alarm = alarmOfArn(ctx, input.ResourceARN ?? '');
  const tags = input.Tags ?? [];
  if (tags.some((t) => (t.Key ?? '').startsWith('aws:'))) throw invalidParameterValue('Tag keys beginning with aws: are reserved.');
  const merged = new Map(alarm.tags.map((t) => [t.Key, t.Value]));
  for (const tag of tags) merged.set(tag.Key ?? '', tag.Value ?? '');
  if (merged.size > MAX_TAGS) throw invalidParameterValue(`A resource can have at most ${MAX_TAGS} tags.`);
  alarm.tags = [...merged].map(([Key, Value]) => ({ Key, Value }));
  return {};
});

/** UntagResource: removes the named keys (absent keys are ignored). */
export const untagResource = defineOperation<UntagResourceInput, Record<string, never>>((ctx, input) => {
  const alarm = alarmOfArn(ctx, input.ResourceARN ?? '');
  const keys = new Set(input.TagKeys ?? []);
  alarm.tags = alarm.tags.filter((t) => !keys.has(t.Key));
  return {};
});

/** ListTagsForResource: an alarm's tags. */
export const listTagsForResource = defineOperation<ListTagsForResourceInput, ListTagsForResourceOutput>((ctx, input) => ({
  Tags: alarmOfArn(ctx, input.ResourceARN ?? '').tags.map((t) => ({ ...t })),
}));
