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
