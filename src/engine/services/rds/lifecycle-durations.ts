/**
 * How long Aurora's lifecycle steps take on the virtual clock. AWS publishes no creation or
 * deletion times (FACTS.md §3 "not found"); these are typical observed durations, chosen so a
 * learner's `aws rds wait` (30 s polls, 30 min cap) behaves as it does against AWS.
 */
const MINUTE = 60_000;

/** A cluster alone (no instances) is `creating` for a few minutes. */
export const CLUSTER_CREATE_MS = 3 * MINUTE;
/** Provisioning an Aurora DB instance is the slow part of standing up a cluster. */
export const INSTANCE_CREATE_MS = 8 * MINUTE;
export const INSTANCE_DELETE_MS = 4 * MINUTE;
/** After its last instance is gone, a deleting cluster takes a little longer to disappear. */
export const CLUSTER_DELETE_MS = 2 * MINUTE;
/** Aurora failover: "typically under 60 s, often under 30 s" (FACTS.md §1). */
export const FAILOVER_MS = 30_000;
/** How long a transition waits before re-checking something it depends on (a member still going). */
export const RECHECK_MS = 30_000;
/** A cluster or instance stays `modifying` this long after an applied change (AWS: "a few minutes"; not published). */
export const MODIFY_MS = 2 * MINUTE;
/** Renaming a cluster (`renaming`) and resetting its master password (`resetting-master-credentials`). */
export const CLUSTER_RENAME_MS = MINUTE;
export const CREDENTIALS_RESET_MS = MINUTE;
/** Stopping and starting a cluster: "several minutes" (FACTS.md §3, ARC/aurora-cluster-stop-start.md). */
export const CLUSTER_STOP_MS = 5 * MINUTE;
export const CLUSTER_START_MS = 8 * MINUTE;
/** A stopped cluster starts on its own after seven days (FACTS.md §3). */
export const STOPPED_AUTO_START_MS = 7 * 24 * 60 * MINUTE;
/** Rebooting an Aurora DB instance: a momentary outage. */
export const INSTANCE_REBOOT_MS = MINUTE;
/** A DB instance class change (scale compute): "a few minutes" (UG/USER_UpgradeDBInstance.Maintenance.html). */
export const INSTANCE_CLASS_CHANGE_MS = 10 * MINUTE;
/** Aurora Serverless v1 resuming from a pause or scaling to a new capacity. */
export const SERVERLESS_V1_SCALE_MS = 30_000;
/** A cluster snapshot (manual, automated, final or copy) is `creating`/`copying` this long. */
export const CLUSTER_SNAPSHOT_MS = 2 * MINUTE;
/** A cluster restored from a snapshot or to a point in time (a full copy) is `creating` this long. */
export const CLUSTER_RESTORE_MS = 10 * MINUTE;
/** A copy-on-write clone shares pages with its source, so it is ready sooner than a full copy. */
export const CLUSTER_CLONE_MS = 5 * MINUTE;
/** Backtrack rewinds in place within "minutes" (FACTS.md §3); the cluster is `backtracking` meanwhile. */
export const BACKTRACK_MS = 2 * MINUTE;
/** Custom cluster endpoints (not published by AWS; observed: a minute or two). */
export const CLUSTER_ENDPOINT_CREATE_MS = 2 * MINUTE;
export const CLUSTER_ENDPOINT_MODIFY_MS = MINUTE;
export const CLUSTER_ENDPOINT_DELETE_MS = MINUTE;
