import type { AuroraEngine } from '../catalog/aurora-engines';
import { compareVersionParts, ENGINE_VERSIONS } from '../catalog/engine-versions';

/** Which kind of parameter group a parameter lives in; `both` appear in each. */
export type ParameterLevel = 'cluster' | 'instance' | 'both';

/** One engine parameter as RDS describes it (`DescribeDBClusterParameters`, `DescribeDBParameters`). */
export interface EngineParameter {
  readonly name: string;
  readonly description: string;
  readonly level: ParameterLevel;
  readonly applyType: 'static' | 'dynamic';
  readonly dataType: 'boolean' | 'integer' | 'float' | 'string' | 'list';
  /** RDS's `AllowedValues`: `0,1`, `1-100000`, or a comma list. */
  readonly allowedValues?: string;
  /** The engine default, if the default group sets one (RDS omits `ParameterValue` otherwise). */
  readonly defaultValue?: string;
  readonly isModifiable: boolean;
  /** `system` parameters are set by RDS itself and cannot be changed. */
  readonly source: 'engine-default' | 'system';
}

const MYSQL_CHARSETS =
  'big5,dec8,cp850,hp8,koi8r,latin1,latin2,swe7,ascii,ujis,sjis,hebrew,tis620,euckr,koi8u,gb2312,greek,cp1250,gbk,latin5,armscii8,utf8,ucs2,cp866,keybcs2,macce,macroman,cp852,latin7,utf8mb4,cp1251,utf16,cp1256,cp1257,utf32,binary,geostd8,cp932,eucjpms';

function mysqlParameters(family: string): EngineParameter[] {
  const v57 = family === 'aurora-mysql5.7';
  return [
    { name: 'aurora_parallel_query', description: 'Enables or disables Aurora parallel query.', level: 'both', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'autocommit', description: 'Sets the autocommit mode', level: 'both', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'aws_default_s3_role', description: 'IAM role ARN used to load data from and save data to Amazon S3.', level: 'cluster', applyType: 'dynamic', dataType: 'string', isModifiable: true, source: 'engine-default' },
    { name: 'basedir', description: 'The MySQL installation base directory.', level: 'both', applyType: 'static', dataType: 'string', defaultValue: '/rdsdbbin/oscar', isModifiable: false, source: 'system' },
    { name: 'binlog_format', description: 'What form of binary logging the master will use.', level: 'cluster', applyType: 'static', dataType: 'string', allowedValues: 'ROW,STATEMENT,MIXED,OFF', defaultValue: 'OFF', isModifiable: true, source: 'engine-default' },
    { name: 'binlog_row_image', description: 'Controls whether rows should be logged in FULL, NOBLOB or MINIMAL formats.', level: 'cluster', applyType: 'dynamic', dataType: 'string', allowedValues: 'full,minimal,noblob', isModifiable: true, source: 'engine-default' },
    { name: 'character_set_database', description: 'The character set used by the default database.', level: 'cluster', applyType: 'dynamic', dataType: 'string', allowedValues: MYSQL_CHARSETS, isModifiable: true, source: 'engine-default' },
    { name: 'character_set_server', description: 'The server default character set.', level: 'cluster', applyType: 'dynamic', dataType: 'string', allowedValues: MYSQL_CHARSETS, isModifiable: true, source: 'engine-default' },
    { name: 'collation_server', description: 'The server default collation.', level: 'cluster', applyType: 'dynamic', dataType: 'string', isModifiable: true, source: 'engine-default' },
    { name: 'datadir', description: 'Path to the database root.', level: 'both', applyType: 'static', dataType: 'string', defaultValue: '/rdsdbdata/db/', isModifiable: false, source: 'system' },
    { name: 'general_log', description: 'Whether the general query log is enabled.', level: 'instance', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'innodb_buffer_pool_size', description: 'The size in bytes of the memory buffer innodb uses to cache data and indexes of its tables.', level: 'instance', applyType: 'static', dataType: 'integer', allowedValues: '0-9223372036854775807', defaultValue: '{DBInstanceClassMemory*3/4}', isModifiable: true, source: 'engine-default' },
    { name: 'innodb_print_all_deadlocks', description: 'Whether all deadlocks are printed to the error log.', level: 'instance', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'long_query_time', description: 'Defines what MySQL considers long queries.', level: 'instance', applyType: 'dynamic', dataType: 'float', allowedValues: '0-31536000', isModifiable: true, source: 'engine-default' },
    { name: 'lower_case_table_names', description: 'Whether table names are stored in lowercase.', level: 'cluster', applyType: 'static', dataType: 'integer', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'max_connections', description: 'The number of simultaneous client connections allowed.', level: 'instance', applyType: 'dynamic', dataType: 'integer', allowedValues: '1-100000', defaultValue: '{DBInstanceClassMemory/12582880}', isModifiable: true, source: 'engine-default' },
    { name: 'performance_schema', description: 'Enables or disables the Performance Schema.', level: 'instance', applyType: 'static', dataType: 'boolean', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'require_secure_transport', description: 'When this option is enabled, connections attempted using insecure transport will be rejected.', level: 'cluster', applyType: 'dynamic', dataType: 'boolean', allowedValues: 'ON,OFF', defaultValue: 'OFF', isModifiable: true, source: 'engine-default' },
    { name: 'server_audit_events', description: 'Events to log (Advanced Auditing).', level: 'cluster', applyType: 'dynamic', dataType: 'list', allowedValues: 'CONNECT,QUERY,QUERY_DCL,QUERY_DDL,QUERY_DML,QUERY_DML_NO_SELECT,TABLE', isModifiable: true, source: 'engine-default' },
    { name: 'server_audit_logging', description: 'Enables or disables Advanced Auditing.', level: 'cluster', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', defaultValue: '0', isModifiable: true, source: 'engine-default' },
    { name: 'slow_query_log', description: 'Whether the slow query log is enabled.', level: 'instance', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', isModifiable: true, source: 'engine-default' },
    { name: 'time_zone', description: 'The server time zone.', level: 'cluster', applyType: 'dynamic', dataType: 'string', allowedValues: 'UTC,US/Eastern,US/Central,US/Mountain,US/Pacific,Europe/London,Europe/Paris,Europe/Berlin,Asia/Tokyo,Asia/Singapore,Australia/Sydney', isModifiable: true, source: 'engine-default' },
    { name: 'tls_version', description: 'TLS protocols the server permits for encrypted connections.', level: 'cluster', applyType: 'static', dataType: 'list', allowedValues: v57 ? 'TLSv1,TLSv1.1,TLSv1.2' : 'TLSv1.2,TLSv1.3', defaultValue: v57 ? 'TLSv1,TLSv1.1,TLSv1.2' : 'TLSv1.2,TLSv1.3', isModifiable: true, source: 'engine-default' },
  ];
}

const PG_PRELOAD_LIBRARIES = 'auto_explain,orafce,pgaudit,pglogical,pg_bigm,pg_cron,pg_hint_plan,pg_prewarm,pg_similarity,pg_stat_statements,pg_transport,plprofiler';

function postgresParameters(major: number): EngineParameter[] {
  return [
    { name: 'data_directory', description: 'Sets the servers data directory.', level: 'both', applyType: 'static', dataType: 'string', defaultValue: '/rdsdbdata/db', isModifiable: false, source: 'system' },
    { name: 'log_min_duration_statement', description: 'Sets the minimum execution time above which statements will be logged.', level: 'both', applyType: 'dynamic', dataType: 'integer', allowedValues: '-1-2147483647', isModifiable: true, source: 'engine-default' },
    { name: 'log_statement', description: 'Sets the type of statements logged.', level: 'both', applyType: 'dynamic', dataType: 'string', allowedValues: 'none,ddl,mod,all', isModifiable: true, source: 'engine-default' },
    { name: 'max_connections', description: 'Sets the maximum number of concurrent connections.', level: 'instance', applyType: 'static', dataType: 'integer', allowedValues: '6-262143', defaultValue: 'LEAST({DBInstanceClassMemory/9531392},5000)', isModifiable: true, source: 'engine-default' },
    { name: 'password_encryption', description: 'Encrypt passwords.', level: 'cluster', applyType: 'dynamic', dataType: 'string', allowedValues: 'md5,scram-sha-256', defaultValue: major >= 14 ? 'scram-sha-256' : 'md5', isModifiable: true, source: 'engine-default' },
    { name: 'rds.force_ssl', description: 'Force SSL connections.', level: 'cluster', applyType: 'dynamic', dataType: 'boolean', allowedValues: '0,1', defaultValue: major >= 15 ? '1' : '0', isModifiable: true, source: 'engine-default' },
    { name: 'rds.logical_replication', description: 'Enables logical decoding.', level: 'cluster', applyType: 'static', dataType: 'boolean', allowedValues: '0,1', defaultValue: '0', isModifiable: true, source: 'engine-default' },
    { name: 'shared_buffers', description: 'Sets the number of shared memory buffers used by the server.', level: 'instance', applyType: 'static', dataType: 'integer', allowedValues: '16-1073741823', defaultValue: '{DBInstanceClassMemory/12038}', isModifiable: true, source: 'engine-default' },
    { name: 'shared_preload_libraries', description: 'Lists shared libraries to preload into server.', level: 'both', applyType: 'static', dataType: 'list', allowedValues: PG_PRELOAD_LIBRARIES, defaultValue: 'pg_stat_statements', isModifiable: true, source: 'engine-default' },
    { name: 'timezone', description: 'Sets the time zone for displaying and interpreting time stamps.', level: 'cluster', applyType: 'dynamic', dataType: 'string', allowedValues: 'UTC,US/Eastern,US/Central,US/Mountain,US/Pacific,Europe/London,Europe/Paris,Europe/Berlin,Asia/Tokyo,Asia/Singapore,Australia/Sydney', isModifiable: true, source: 'engine-default' },
    { name: 'work_mem', description: 'Sets the maximum memory to be used for query workspaces.', level: 'instance', applyType: 'dynamic', dataType: 'integer', allowedValues: '64-2147483647', isModifiable: true, source: 'engine-default' },
  ];
}

/** The parameter group families the sandbox's engine catalog has, with their engine and oldest version. */
export interface ParameterGroupFamily {
  readonly family: string;
  readonly engine: AuroraEngine;
  readonly majorVersion: string;
  readonly minimumEngineVersion: string;
}

export const PARAMETER_GROUP_FAMILIES: readonly ParameterGroupFamily[] = (() => {
  const families = new Map<string, ParameterGroupFamily>();
  for (const version of ENGINE_VERSIONS) {
    const known = families.get(version.family);
    if (!known || compareVersionParts(version.version.replace(/^\d+\.\d+\.mysql_aurora\./, ''), known.minimumEngineVersion.replace(/^\d+\.\d+\.mysql_aurora\./, '')) < 0) {
      families.set(version.family, { family: version.family, engine: version.engine, majorVersion: version.majorVersion, minimumEngineVersion: version.version });
    }
  }
  return [...families.values()].sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
})();

export function findParameterGroupFamily(family: string): ParameterGroupFamily | undefined {
  return PARAMETER_GROUP_FAMILIES.find((f) => f.family === family);
}

/** The parameters of a family's cluster (`cluster`) or instance (`instance`) groups, sorted by name. */
export function engineParameters(family: ParameterGroupFamily, kind: 'cluster' | 'instance'): EngineParameter[] {
  const all = family.engine === 'aurora-mysql' ? mysqlParameters(family.family) : postgresParameters(Number(family.majorVersion));
  return all.filter((p) => p.level === 'both' || p.level === kind).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether `value` is one RDS would accept for `parameter` (formulas such as `{DBInstanceClassMemory/…}` pass). */
export function isAllowedValue(parameter: EngineParameter, value: string): boolean {
  const allowed = parameter.allowedValues;
  if (allowed === undefined) return true;
  if (value.startsWith('{') || /^(LEAST|GREATEST|SUM)\(/.test(value)) return parameter.dataType === 'integer';
  const range = /^(-?\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(allowed);
  if (range && (parameter.dataType === 'integer' || parameter.dataType === 'float')) {
    if (!/^-?\d+(\.\d+)?$/.test(value)) return false;
    if (parameter.dataType === 'integer' && value.includes('.')) return false;
    const n = Number(value);
    return n >= Number(range[1]) && n <= Number(range[2]);
  }
  const choices = allowed.split(',');
  const wanted = parameter.dataType === 'list' ? value.split(',') : [value];
  return wanted.every((w) => choices.includes(w));
}
