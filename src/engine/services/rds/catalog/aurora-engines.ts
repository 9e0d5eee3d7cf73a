/** The engines this sandbox runs: Amazon Aurora's two. */
export const AURORA_ENGINES = ['aurora-mysql', 'aurora-postgresql'] as const;
export type AuroraEngine = (typeof AURORA_ENGINES)[number];

export function isAuroraEngine(engine: string): engine is AuroraEngine {
  return (AURORA_ENGINES as readonly string[]).includes(engine);
}

/**
 * Engines RDS knows but this sandbox does not emulate (RDS for MySQL etc., Neptune, DocumentDB, the
 * retired MySQL 5.6-compatible `aurora`), so it can tell a learner "not here" rather than "no such
 * engine".
 */
export const OTHER_RDS_ENGINES: readonly string[] = [
  'aurora',
  'mysql',
  'mariadb',
  'postgres',
  'oracle-ee',
  'oracle-ee-cdb',
  'oracle-se2',
  'oracle-se2-cdb',
  'sqlserver-ee',
  'sqlserver-se',
  'sqlserver-ex',
  'sqlserver-web',
  'db2-se',
  'db2-ae',
  'custom-oracle-ee',
  'custom-sqlserver-ee',
  'neptune',
  'docdb',
];

export interface EngineDefaults {
  readonly port: number;
  readonly licenseModel: string;
  /** `EnableCloudwatchLogsExports` values the engine accepts. */
  readonly logTypes: readonly string[];
}

export const ENGINE_DEFAULTS: Readonly<Record<AuroraEngine, EngineDefaults>> = {
  'aurora-mysql': {
    port: 3306,
    licenseModel: 'general-public-license',
    logTypes: ['audit', 'error', 'general', 'instance', 'slowquery', 'iam-db-auth-error'],
  },
  'aurora-postgresql': {
    port: 5432,
    licenseModel: 'postgresql-license',
    logTypes: ['instance', 'postgresql', 'iam-db-auth-error'],
  },
};
