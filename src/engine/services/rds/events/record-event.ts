import type { SourceType } from '@aws-sdk/client-rds';
import type { RdsRegionState } from '../rds-state';
import type { RdsEventDefinition } from './rds-event-catalog';

export interface EventSource {
  readonly sourceType: SourceType;
  readonly sourceIdentifier: string;
  readonly sourceArn: string;
}

/** Appends an event to the region's RDS event log (read later by DescribeEvents). */
export function recordEvent(rds: RdsRegionState, now: Date, source: EventSource, event: RdsEventDefinition, detail = ''): void {
  rds.events.push({
    eventId: event.eventId,
    sourceType: source.sourceType,
    sourceIdentifier: source.sourceIdentifier,
    sourceArn: source.sourceArn,
    message: event.message(detail),
    eventCategories: [event.category],
    date: now.getTime(),
  });
}
