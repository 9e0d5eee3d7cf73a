/**
 * The event categories per source type, as DescribeEventCategories reports them: the categories of
 * the Aurora User Guide's event tables (UG/USER_Events.Messages.html), for the source types the
 * SDK's `SourceType` enum names.
 */
export const EVENT_CATEGORIES_BY_SOURCE_TYPE: Readonly<Record<string, readonly string[]>> = {
  'db-instance': [
    'availability',
    'backtrack',
    'backup',
    'configuration change',
    'creation',
    'deletion',
    'failover',
    'failure',
    'low storage',
    'maintenance',
    'notification',
    'read replica',
    'recovery',
    'restoration',
    'security',
    'security patching',
  ],
  'db-security-group': ['configuration change', 'failure'],
  'db-parameter-group': ['configuration change'],
  'db-snapshot': ['creation', 'deletion', 'notification', 'restoration'],
  'db-cluster': [
    'configuration change',
    'creation',
    'deletion',
    'failover',
    'failure',
    'global-failover',
    'maintenance',
    'migration',
    'notification',
    'serverless',
  ],
  'db-cluster-snapshot': ['backup', 'creation', 'deletion', 'notification', 'restoration'],
  'db-proxy': ['configuration change', 'creation', 'deletion'],
  'blue-green-deployment': ['creation', 'deletion', 'failure', 'notification'],
  'custom-engine-version': ['creation', 'failure', 'restoration'],
  'db-shard-group': ['configuration change', 'creation', 'deletion', 'notification'],
};
