import type { OperationHandler, TransitionHandler } from '../../../sandbox/service-handlers';
import { backtrackDbCluster } from '../backtrack/backtrack-db-cluster';
import { backtrackTransitionHandlers } from '../backtrack/backtrack-transitions';
import { describeDbClusterBacktracks } from '../backtrack/describe-db-cluster-backtracks';
import { restoreDbClusterFromSnapshot } from '../restore/restore-db-cluster-from-snapshot';
import { restoreDbClusterToPointInTime } from '../restore/restore-db-cluster-to-point-in-time';
import { copyDbClusterSnapshot } from './copy-db-cluster-snapshot';
import { createDbClusterSnapshot } from './create-db-cluster-snapshot';
import { deleteDbClusterSnapshot } from './delete-db-cluster-snapshot';
import { describeDbClusterSnapshots } from './describe-db-cluster-snapshots';
import { snapshotTransitionHandlers } from './snapshot-transitions';

/** Snapshots, restores (incl. clones) and backtrack: registered in rds-handlers.ts as one block. */
export const snapshotOperations: Readonly<Record<string, OperationHandler>> = {
  CreateDBClusterSnapshot: createDbClusterSnapshot,
  DescribeDBClusterSnapshots: describeDbClusterSnapshots,
  CopyDBClusterSnapshot: copyDbClusterSnapshot,
  DeleteDBClusterSnapshot: deleteDbClusterSnapshot,
  RestoreDBClusterFromSnapshot: restoreDbClusterFromSnapshot,
  RestoreDBClusterToPointInTime: restoreDbClusterToPointInTime,
  BacktrackDBCluster: backtrackDbCluster,
  DescribeDBClusterBacktracks: describeDbClusterBacktracks,
};

export const snapshotTransitions: Readonly<Record<string, TransitionHandler>> = {
  ...snapshotTransitionHandlers,
  ...backtrackTransitionHandlers,
};
