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
  // Modify / stop / start / reboot / Serverless v1 scaling (issue 3, clusters area).
  masterCredentialsReset: fixed('RDS-EVENT-0016', 'configuration change', 'Reset master credentials'),
  clusterStopped: fixed('RDS-EVENT-0150', 'notification', 'DB cluster stopped'),
  clusterStarted: fixed('RDS-EVENT-0151', 'notification', 'DB cluster started'),
  clusterAutoStarted: fixed(
    'RDS-EVENT-0153',
    'notification',
    'DB cluster is being started due to it exceeding the maximum allowed time being stopped.',
  ),
  instanceRestarted: fixed('RDS-EVENT-0006', 'availability', 'DB instance restarted'),
  instanceStopped: fixed('RDS-EVENT-0087', 'notification', 'DB instance stopped'),
  instanceStarted: fixed('RDS-EVENT-0088', 'notification', 'DB instance started'),
  /** Aurora Serverless v1 scaling (the 0141–0149 range); detail: "<from> capacity units to <to> capacity units for this reason: <why>". */
  serverlessV1Scaling: {
    eventId: 'RDS-EVENT-0141',
    category: 'notification',
    message: (detail: string) => `Scaling DB cluster from ${detail}`,
  },
  manualClusterSnapshotStarted: fixed('RDS-EVENT-0074', 'backup', 'Creating manual DB cluster snapshot.'),
  manualClusterSnapshotCreated: fixed('RDS-EVENT-0075', 'backup', 'Manual DB cluster snapshot created.'),
  automatedClusterSnapshotStarted: fixed('RDS-EVENT-0168', 'backup', 'Creating automated cluster snapshot.'),
  automatedClusterSnapshotCreated: fixed('RDS-EVENT-0169', 'backup', 'Automated cluster snapshot created.'),
  backtrackWindowShort: fixed(
    'RDS-EVENT-0131',
    'backtrack',
    'The actual Backtrack window is smaller than the target Backtrack window you specified. Consider reducing the number of hours in your target Backtrack window.',
  ),
  backtrackWindowMet: fixed('RDS-EVENT-0132', 'backtrack', 'The actual Backtrack window is the same as the target Backtrack window.'),
} as const satisfies Record<string, RdsEventDefinition>;
