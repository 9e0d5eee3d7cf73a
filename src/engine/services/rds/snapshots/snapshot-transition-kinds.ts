export const SNAPSHOT_TRANSITION_KINDS = {
  available: 'rds.cluster-snapshot.available',
  automatedBackup: 'rds.cluster-snapshot.automated-backup',
} as const;
