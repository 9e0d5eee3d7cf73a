import type { AuroraEngine } from './aurora-engines';

/**
 * Master user names RDS refuses because the engine or RDS itself uses them: RDS's own accounts
 * plus the engine's reserved SQL keywords. Compared case-insensitively.
 */
const RDS_ACCOUNTS = ['rdsadmin', 'rdsrepladmin', 'rdsproxyadmin', 'rds_superuser', 'rdstopmgr'];

const MYSQL_RESERVED = [
  'accessible', 'add', 'all', 'alter', 'analyze', 'and', 'as', 'asc', 'before', 'between', 'bigint', 'binary', 'blob',
  'both', 'by', 'call', 'cascade', 'case', 'change', 'char', 'character', 'check', 'collate', 'column', 'condition',
  'constraint', 'continue', 'convert', 'create', 'cross', 'cube', 'current', 'cursor', 'database', 'databases', 'dec',
  'decimal', 'declare', 'default', 'delayed', 'delete', 'desc', 'describe', 'distinct', 'div', 'double', 'drop', 'dual',
  'each', 'else', 'elseif', 'empty', 'enclosed', 'escaped', 'except', 'exists', 'exit', 'explain', 'false', 'fetch',
  'float', 'for', 'force', 'foreign', 'from', 'fulltext', 'function', 'grant', 'group', 'grouping', 'groups', 'having',
  'if', 'ignore', 'in', 'index', 'infile', 'inner', 'inout', 'insert', 'int', 'integer', 'interval', 'into', 'is',
  'iterate', 'join', 'key', 'keys', 'kill', 'lateral', 'leading', 'leave', 'left', 'like', 'limit', 'linear', 'lines',
  'load', 'lock', 'long', 'loop', 'match', 'mod', 'natural', 'not', 'null', 'numeric', 'of', 'on', 'optimize', 'option',
  'or', 'order', 'out', 'outer', 'over', 'partition', 'precision', 'primary', 'procedure', 'purge', 'range', 'rank',
  'read', 'real', 'recursive', 'references', 'regexp', 'release', 'rename', 'repeat', 'replace', 'require', 'restrict',
  'return', 'revoke', 'right', 'rlike', 'row', 'rows', 'schema', 'schemas', 'select', 'set', 'show', 'signal',
  'smallint', 'spatial', 'sql', 'ssl', 'starting', 'system', 'table', 'terminated', 'then', 'to', 'trailing', 'trigger',
  'true', 'undo', 'union', 'unique', 'unlock', 'unsigned', 'update', 'usage', 'use', 'using', 'values', 'varchar',
  'when', 'where', 'while', 'window', 'with', 'write', 'xor', 'zerofill',
];

const POSTGRES_RESERVED = [
  'admin', 'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'authorization', 'binary',
  'both', 'case', 'cast', 'check', 'collate', 'collation', 'column', 'concurrently', 'constraint', 'create', 'cross',
  'current_catalog', 'current_date', 'current_role', 'current_schema', 'current_time', 'current_timestamp',
  'current_user', 'default', 'deferrable', 'desc', 'distinct', 'do', 'else', 'end', 'except', 'false', 'fetch', 'for',
  'foreign', 'freeze', 'from', 'full', 'grant', 'group', 'having', 'ilike', 'in', 'initially', 'inner', 'intersect',
  'into', 'is', 'isnull', 'join', 'lateral', 'leading', 'left', 'like', 'limit', 'localtime', 'localtimestamp',
  'natural', 'not', 'notnull', 'null', 'offset', 'on', 'only', 'or', 'order', 'outer', 'overlaps', 'placing',
  'primary', 'references', 'returning', 'right', 'select', 'session_user', 'similar', 'some', 'symmetric',
  'system_user', 'table', 'tablesample', 'then', 'to', 'trailing', 'true', 'union', 'unique', 'user', 'using',
  'variadic', 'verbose', 'when', 'where', 'window', 'with',
];

const RESERVED: Readonly<Record<AuroraEngine, ReadonlySet<string>>> = {
  'aurora-mysql': new Set([...RDS_ACCOUNTS, ...MYSQL_RESERVED]),
  'aurora-postgresql': new Set([...RDS_ACCOUNTS, ...POSTGRES_RESERVED]),
};

export function isReservedMasterUsername(engine: AuroraEngine, username: string): boolean {
  return RESERVED[engine].has(username.toLowerCase());
}
