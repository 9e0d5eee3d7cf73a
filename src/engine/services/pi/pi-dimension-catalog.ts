import { createHash } from 'node:crypto';
import type { AuroraEngine } from '../rds/catalog/aurora-engines';

/** One dimension key of a group (its dimension values) and its base share of the database load. */
export interface PiDimensionKey {
  readonly dimensions: Readonly<Record<string, string>>;
  readonly weight: number;
  /** Whether its share grows with the load (CPU-bound work) rather than staying flat. */
  readonly cpuBound: boolean;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').toUpperCase();
}

interface Statement {
  readonly sql: string;
  readonly tokenized: string;
  readonly weight: number;
  readonly cpuBound: boolean;
}

const MYSQL_STATEMENTS: readonly Statement[] = [
  { sql: 'SELECT * FROM orders WHERE customer_id = 4211 ORDER BY created_at DESC LIMIT 20', tokenized: 'SELECT * FROM `orders` WHERE `customer_id` = ? ORDER BY `created_at` DESC LIMIT ?', weight: 0.34, cpuBound: true },
  { sql: 'UPDATE inventory SET quantity = quantity - 1 WHERE product_id = 1187', tokenized: 'UPDATE `inventory` SET `quantity` = `quantity` - ? WHERE `product_id` = ?', weight: 0.22, cpuBound: false },
  { sql: 'INSERT INTO order_items (order_id, product_id, quantity, price) VALUES (90211, 1187, 1, 19.99)', tokenized: 'INSERT INTO `order_items` ( `order_id` , `product_id` , `quantity` , `price` ) VALUES (...)', weight: 0.16, cpuBound: false },
  { sql: 'COMMIT', tokenized: 'COMMIT', weight: 0.12, cpuBound: false },
  { sql: 'SELECT COUNT(*) FROM sessions WHERE last_seen > NOW() - INTERVAL 5 MINUTE', tokenized: 'SELECT COUNT ( * ) FROM `sessions` WHERE `last_seen` > NOW ( ) - INTERVAL ? MINUTE', weight: 0.1, cpuBound: true },
  { sql: 'DELETE FROM carts WHERE updated_at < NOW() - INTERVAL 1 DAY', tokenized: 'DELETE FROM `carts` WHERE `updated_at` < NOW ( ) - INTERVAL ? DAY', weight: 0.06, cpuBound: false },
];

const POSTGRES_STATEMENTS: readonly Statement[] = [
  { sql: 'SELECT * FROM orders WHERE customer_id = 4211 ORDER BY created_at DESC LIMIT 20', tokenized: 'SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2', weight: 0.33, cpuBound: true },
  { sql: 'UPDATE inventory SET quantity = quantity - 1 WHERE product_id = 1187', tokenized: 'UPDATE inventory SET quantity = quantity - $1 WHERE product_id = $2', weight: 0.21, cpuBound: false },
  { sql: 'INSERT INTO order_items (order_id, product_id, quantity, price) VALUES (90211, 1187, 1, 19.99)', tokenized: 'INSERT INTO order_items (order_id, product_id, quantity, price) VALUES ($1, $2, $3, $4)', weight: 0.17, cpuBound: false },
  { sql: 'COMMIT', tokenized: 'COMMIT', weight: 0.13, cpuBound: false },
  { sql: "SELECT count(*) FROM sessions WHERE last_seen > now() - interval '5 minutes'", tokenized: 'SELECT count(*) FROM sessions WHERE last_seen > now() - interval $1', weight: 0.1, cpuBound: true },
  { sql: "DELETE FROM carts WHERE updated_at < now() - interval '1 day'", tokenized: 'DELETE FROM carts WHERE updated_at < now() - interval $1', weight: 0.06, cpuBound: false },
];

/** Wait events as Performance Insights names them: Aurora MySQL's instrument names, PostgreSQL's `Type:Event`. */
const WAIT_EVENTS: Readonly<Record<AuroraEngine, readonly [name: string, type: string, weight: number, cpuBound: boolean][]>> = {
  'aurora-mysql': [
    ['CPU', 'CPU', 0.36, true],
    ['io/aurora_redo_log_flush', 'io', 0.18, false],
    ['io/table/sql/handler', 'io', 0.12, false],
    ['io/aurora_respond_to_client', 'io', 0.1, false],
    ['synch/mutex/innodb/aurora_lock_thread_slot_futex', 'synch', 0.08, false],
    ['io/file/innodb/innodb_data_file', 'io', 0.07, false],
    ['synch/cond/sql/MDL_context::COND_wait_status', 'synch', 0.05, false],
    ['synch/sxlock/innodb/hash_table_locks', 'synch', 0.04, true],
  ],
  'aurora-postgresql': [
    ['CPU', 'CPU', 0.35, true],
    ['IO:XactSync', 'IO', 0.2, false],
    ['IO:DataFileRead', 'IO', 0.14, false],
    ['Client:ClientRead', 'Client', 0.11, false],
    ['LWLock:BufferMapping', 'LWLock', 0.08, true],
    ['Lock:transactionid', 'Lock', 0.07, false],
    ['LWLock:WALWrite', 'LWLock', 0.05, false],
  ],
};

const HOSTS = [
  ['10.0.1.23', 0.46],
  ['10.0.2.41', 0.33],
  ['10.0.3.17', 0.21],
] as const;

/** The dimension groups each engine's Performance Insights offers (db.application is PostgreSQL only). */
export function dimensionGroupsOf(engine: AuroraEngine): readonly string[] {
  const common = ['db.wait_event', 'db.wait_event_type', 'db.sql', 'db.sql_tokenized', 'db.user', 'db.host', 'db.name'];
  return engine === 'aurora-postgresql' ? [...common, 'db.application'] : common;
}

/**
 * The plausible, fixed top keys of a dimension group for an engine: an e-commerce style workload
 * whose statements, wait events, users and hosts are the same in every sandbox (ids are digests of
 * the statement text, so they are stable too).
 */
export function dimensionKeysOf(engine: AuroraEngine, group: string, masterUsername: string, databaseName: string): PiDimensionKey[] {
  const statements = engine === 'aurora-postgresql' ? POSTGRES_STATEMENTS : MYSQL_STATEMENTS;
  const dbId = engine === 'aurora-postgresql' ? '16400' : '-';
  switch (group) {
    case 'db.wait_event':
      return WAIT_EVENTS[engine].map(([name, type, weight, cpuBound]) => ({ dimensions: { 'db.wait_event.name': name, 'db.wait_event.type': type }, weight, cpuBound }));
    case 'db.wait_event_type': {
      const byType = new Map<string, { weight: number; cpuBound: boolean }>();
      for (const [, type, weight, cpuBound] of WAIT_EVENTS[engine]) {
        const entry = byType.get(type) ?? { weight: 0, cpuBound };
        byType.set(type, { weight: entry.weight + weight, cpuBound: entry.cpuBound });
      }
      return [...byType].map(([type, entry]) => ({ dimensions: { 'db.wait_event_type.name': type }, ...entry }));
    }
    case 'db.sql':
      return statements.map((s) => ({
        dimensions: { 'db.sql.id': digest(s.sql), 'db.sql.db_id': digest(`${dbId}/${s.sql}`), 'db.sql.statement': s.sql, 'db.sql.tokenized_id': digest(s.tokenized) },
        weight: s.weight,
        cpuBound: s.cpuBound,
      }));
    case 'db.sql_tokenized':
      return statements.map((s) => ({
        dimensions: { 'db.sql_tokenized.id': digest(s.tokenized), 'db.sql_tokenized.db_id': digest(`${dbId}/${s.tokenized}`), 'db.sql_tokenized.statement': s.tokenized },
        weight: s.weight,
        cpuBound: s.cpuBound,
      }));
    case 'db.user':
      return [
        { dimensions: { 'db.user.name': 'app_user' }, weight: 0.78, cpuBound: true },
        { dimensions: { 'db.user.name': masterUsername }, weight: 0.15, cpuBound: false },
        { dimensions: { 'db.user.name': 'rdsadmin' }, weight: 0.07, cpuBound: false },
      ];
    case 'db.host':
      return HOSTS.map(([host, weight]) => ({ dimensions: { 'db.host.name': host, 'db.host.id': digest(host).slice(0, 20) }, weight, cpuBound: false }));
    case 'db.name':
      return [
        { dimensions: { 'db.name.name': databaseName }, weight: 0.93, cpuBound: true },
        { dimensions: { 'db.name.name': engine === 'aurora-postgresql' ? 'postgres' : 'mysql' }, weight: 0.07, cpuBound: false },
      ];
    case 'db.application':
      return [
        { dimensions: { 'db.application.name': 'order-service' }, weight: 0.71, cpuBound: true },
        { dimensions: { 'db.application.name': 'psql' }, weight: 0.18, cpuBound: false },
        { dimensions: { 'db.application.name': 'pgAdmin 4' }, weight: 0.11, cpuBound: false },
      ];
    default:
      return [];
  }
}
