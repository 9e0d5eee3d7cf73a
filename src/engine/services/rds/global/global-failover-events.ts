import type { RdsEventDefinition } from '../events/rds-event-catalog';

/**
 * The "global failover" category events (UG/USER_Events.Messages.html, FACTS.md §6: 0181–0187).
 * `detail` is `<cluster> in Region <region>` except for 0183, where it is the lag reason.
 */
const globalEvent = (eventId: string, message: (detail: string) => string): RdsEventDefinition => ({
  eventId,
  category: 'global-failover',
  message,
});

export const GLOBAL_FAILOVER_EVENTS = {
  switchoverStarted: globalEvent('RDS-EVENT-0181', (d) => `Global switchover to DB cluster ${d} started.`),
  oldPrimaryShutDown: globalEvent('RDS-EVENT-0182', (d) => `Old primary DB cluster ${d} successfully shut down.`),
  waitingForSync: globalEvent(
    'RDS-EVENT-0183',
    (d) => `Waiting for data synchronization across global cluster members. Current lags behind primary DB cluster: ${d}.`,
  ),
  newPrimaryPromoted: globalEvent('RDS-EVENT-0184', (d) => `New primary DB cluster ${d} was successfully promoted.`),
  switchoverFinished: globalEvent('RDS-EVENT-0185', (d) => `Global switchover to DB cluster ${d} finished.`),
  switchoverCancelled: globalEvent('RDS-EVENT-0186', (d) => `Global switchover to DB cluster ${d} is cancelled.`),
  switchoverFailed: globalEvent('RDS-EVENT-0187', (d) => `Global switchover to DB cluster ${d} failed.`),
  /** Our wording: AWS's failover (data loss allowed) messages were not captured; same ids. */
  failoverStarted: globalEvent('RDS-EVENT-0181', (d) => `Global failover to DB cluster ${d} started.`),
  failoverFinished: globalEvent('RDS-EVENT-0185', (d) => `Global failover to DB cluster ${d} finished.`),
} as const satisfies Record<string, RdsEventDefinition>;
