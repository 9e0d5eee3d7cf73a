/**
 * Global database timings on the virtual clock. AWS publishes none beyond "typically under a
 * minute" for a switchover's unavailability and "typically under 1 s" replication lag (FACTS.md
 * §3); these are chosen so a learner sees each intermediate state with a few describes.
 */
const SECOND = 1000;

/** A global database built from an existing cluster is `creating` this long. */
export const GLOBAL_CREATE_FROM_SOURCE_MS = 60 * SECOND;
/** A deleted global cluster lingers as `deleting` this long. */
export const GLOBAL_DELETE_MS = 30 * SECOND;
/** A detached secondary is `promoting` this long before it is a standalone, writable cluster. */
export const DETACH_PROMOTE_MS = 60 * SECOND;

/** Switchover (planned): pending -> switching-over -> sync -> old primary down -> promoted -> done. */
export const SWITCHOVER_STEPS_MS = {
  started: 10 * SECOND,
  synchronizing: 30 * SECOND,
  oldPrimaryShutDown: 50 * SECOND,
  promoted: 75 * SECOND,
  finished: 90 * SECOND,
} as const;

/** Failover (unplanned, data loss allowed): failing-over -> promoted -> done. */
export const FAILOVER_STEPS_MS = {
  promoted: 40 * SECOND,
  finished: 60 * SECOND,
} as const;
