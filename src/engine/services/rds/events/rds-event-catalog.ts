/** The RDS events the sandbox emits: id, category and message (UG/USER_Events.Messages.html). */
export interface RdsEventDefinition {
  readonly eventId: string;
  readonly category: string;
  readonly message: (detail: string) => string;
}

const fixed = (eventId: string, category: string, text: string): RdsEventDefinition => ({ eventId, category, message: () => text });

export const RDS_EVENTS = {
  clusterCreated: fixed('RDS-EVENT-0170', 'creation', 'DB cluster created'),
  clusterDeleted: fixed('RDS-EVENT-0171', 'deletion', 'DB cluster deleted'),
  instanceCreated: fixed('RDS-EVENT-0005', 'creation', 'DB instance created'),
  instanceDeleted: fixed('RDS-EVENT-0003', 'deletion', 'DB instance deleted'),
  failoverStartedSameAz: {
    eventId: 'RDS-EVENT-0072',
    category: 'failover',
    message: (target: string) => `Started same AZ failover to DB instance: ${target}`,
  },
  failoverStartedCrossAz: {
    eventId: 'RDS-EVENT-0073',
    category: 'failover',
    message: (target: string) => `Started cross AZ failover to DB instance: ${target}`,
  },
  failoverCompleted: {
    eventId: 'RDS-EVENT-0071',
    category: 'failover',
    message: (target: string) => `Completed failover to DB instance: ${target}`,
  },
} as const satisfies Record<string, RdsEventDefinition>;
