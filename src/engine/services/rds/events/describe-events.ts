import type { DescribeEventsMessage, EventsMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import { checkRecordsRequest, pageOf } from '../rds-pagination';
import type { RdsEventRecord } from './rds-event-record';

const MINUTE = 60_000;
/** `Duration` defaults to 60 minutes (API/API_DescribeEvents.html). */
const DEFAULT_DURATION_MINUTES = 60;
/** RDS keeps events for 14 days (UG/USER_ListEvents.html), so no window reaches further back. */
const RETENTION_MINUTES = 14 * 24 * 60;

/** The time window a request asks for, in virtual epoch ms (both ends inclusive). */
function eventWindow(input: DescribeEventsMessage, now: number): { start: number; end: number } {
  const duration = input.Duration;
  if (duration !== undefined && (duration < 0 || duration > RETENTION_MINUTES)) {
    throw invalidParameterValue(`Invalid value ${duration} for Duration. Must be between 0 and ${RETENTION_MINUTES}.`);
  }
  const oldest = now - RETENTION_MINUTES * MINUTE;
  const end = input.EndTime !== undefined ? Math.min(input.EndTime.getTime(), now) : now;
  let start: number;
  if (input.StartTime !== undefined) start = input.StartTime.getTime();
  else start = end - (duration ?? DEFAULT_DURATION_MINUTES) * MINUTE;
  // With a start time, a duration bounds the window from it.
  const bounded = input.StartTime !== undefined && duration !== undefined && input.EndTime === undefined ? Math.min(end, start + duration * MINUTE) : end;
  return { start: Math.max(start, oldest), end: bounded };
}

/** Events are appended in time order; their position is a stable paging key. */
const keyOf = (entry: { index: number }) => String(entry.index).padStart(12, '0');

/**
 * DescribeEvents: the region's events, oldest first, within the requested window (default: the
 * last hour), narrowed by source type and identifier and by category. `Filters` is documented as
 * not currently supported and is ignored.
 */
export const describeEvents = defineOperation<DescribeEventsMessage, EventsMessage>((ctx, input) => {
  checkRecordsRequest(input);
  if (input.SourceIdentifier !== undefined && input.SourceType === undefined) {
    throw invalidParameterCombination('Cannot specify SourceIdentifier without SourceType.');
  }
  const { start, end } = eventWindow(input, ctx.now.getTime());
  const sourceId = input.SourceIdentifier?.toLowerCase();
  const categories = input.EventCategories && input.EventCategories.length > 0 ? new Set(input.EventCategories.map((c) => c.toLowerCase())) : undefined;
  const matches = (event: RdsEventRecord) =>
    event.date >= start &&
    event.date <= end &&
    (input.SourceType === undefined || event.sourceType === input.SourceType) &&
    (sourceId === undefined || event.sourceIdentifier.toLowerCase() === sourceId || event.sourceArn === input.SourceIdentifier) &&
    (categories === undefined || event.eventCategories.some((category) => categories.has(category)));
  const listed = ctx.regionState.rds.events.map((event, index) => ({ event, index })).filter(({ event }) => matches(event));
  const { page, marker } = pageOf(listed, keyOf, input);
  return {
    Events: page.map(({ event }) => ({
      SourceIdentifier: event.sourceIdentifier,
      SourceType: event.sourceType,
      Message: event.message,
      EventCategories: [...event.eventCategories],
      Date: new Date(event.date),
      SourceArn: event.sourceArn,
    })),
    Marker: marker,
  };
});
