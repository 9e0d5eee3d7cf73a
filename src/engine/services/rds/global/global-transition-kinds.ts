/** Lifecycle transition kinds of global databases (see global-cluster-transitions.ts). */
export const GLOBAL_TRANSITIONS = {
  available: 'rds.global.available',
  deleted: 'rds.global.deleted',
  switchoverStep: 'rds.global.switchover-step',
  detachedPromoted: 'rds.global.detached-promoted',
} as const;
