import type { AuroraEngine } from './aurora-engines';

/** Cluster engine modes. `serverless` (v1) and `multimaster` are retired but kept for exam-era labs. */
export type EngineMode = 'provisioned' | 'serverless' | 'multimaster';

/**
 * Where a version stands at AWS today. The sandbox still creates `deprecated` versions (exam
 * material uses them; DESIGN principle 9); the status is for the catalog, UI and notes.
 */
export type EngineVersionStatus = 'available' | 'extended-support' | 'deprecated';

export interface EngineVersion {
  readonly engine: AuroraEngine;
  /** As it goes on the wire: `8.0.mysql_aurora.3.04.0`, `16.4`. */
  readonly version: string;
  /** `5.7` / `8.0` / `8.4` for Aurora MySQL, `11`..`18` for Aurora PostgreSQL. */
  readonly majorVersion: string;
  /** Parameter group family: `aurora-mysql8.0`, `aurora-postgresql16`. */
  readonly family: string;
  readonly status: EngineVersionStatus;
  /** Engine modes a new cluster on this version may use (`provisioned` always). */
  readonly engineModes: readonly EngineMode[];
  readonly supportsServerlessV2: boolean;
  /** Serverless v2 minimum capacity 0 (auto-pause). */
  readonly supportsServerlessV2AutoPause: boolean;
  readonly supportsBacktrack: boolean;
  readonly supportsGlobalDatabases: boolean;
  /** What the learner should know about this version at AWS today (FACTS.md §5). */
  readonly note?: string;
}

/** Orders dotted versions numerically (`3.10.0` after `3.9.9`). */
export function compareVersionParts(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `8.0.mysql_aurora.3.04.0` -> `3.04.0`; PostgreSQL versions are their own release number. */
export function auroraRelease(version: string): string {
  const marker = version.indexOf('mysql_aurora.');
  return marker >= 0 ? version.slice(marker + 'mysql_aurora.'.length) : version;
}

function atLeast(version: string, minimum: string): boolean {
  return compareVersionParts(auroraRelease(version), minimum) >= 0;
}

// --- Aurora MySQL (FACTS.md §5: MRN/AuroraMySQL.Updates.20Updates.html, 30Updates.html) ---

const MYSQL_57_DEPRECATED = [
  '2.07.0', '2.07.1', '2.07.2', '2.07.3', '2.07.4', '2.07.5', '2.07.6', '2.07.7', '2.07.8', '2.07.9', '2.07.10',
  '2.08.3', '2.09.2', '2.10.2', '2.10.3', '2.11.1', '2.11.2', '2.11.3', '2.11.4', '2.11.5', '2.11.6', '2.12.0',
];
const MYSQL_57_EXTENDED = ['2.12.1', '2.12.2', '2.12.3', '2.12.4', '2.12.5', '2.12.6'];
/** Aurora Serverless v1 ran these Aurora MySQL 2 releases. */
const MYSQL_57_SERVERLESS_V1 = new Set([
  '2.07.1', '2.07.2', '2.07.3', '2.07.4', '2.07.5', '2.07.6', '2.07.7', '2.07.8', '2.07.9', '2.07.10',
  '2.08.3', '2.11.2', '2.11.3', '2.11.4',
]);
const MYSQL_80_DEPRECATED = [
  '3.01.0', '3.01.1', '3.02.0', '3.02.1', '3.02.2', '3.02.3', '3.03.0', '3.03.1', '3.03.2', '3.03.3',
  '3.05.0', '3.05.1', '3.05.2', '3.06.0', '3.06.1', '3.07.0', '3.07.1',
];
const MYSQL_80_AVAILABLE = [
  '3.04.0', '3.04.1', '3.04.2', '3.04.3', '3.04.4', '3.08.0', '3.08.1', '3.08.2', '3.09.0',
  '3.10.0', '3.10.1', '3.10.2', '3.10.3', '3.10.4', '3.11.0', '3.11.1', '3.12.0',
];

function auroraMysql57(release: string, status: EngineVersionStatus): EngineVersion {
  return {
    engine: 'aurora-mysql',
    version: `5.7.mysql_aurora.${release}`,
    majorVersion: '5.7',
    family: 'aurora-mysql5.7',
    status,
    // Multi-master ran on the exam-era Aurora MySQL 5.x releases only (AWS offered it on Aurora MySQL
    // version 1, MySQL 5.6-compatible, which this sandbox does not emulate; see docs/fidelity.md).
    engineModes: [
      'provisioned',
      ...(MYSQL_57_SERVERLESS_V1.has(release) ? (['serverless'] as const) : []),
      ...(status === 'deprecated' ? (['multimaster'] as const) : []),
    ],
    supportsServerlessV2: false,
    supportsServerlessV2AutoPause: false,
    supportsBacktrack: true,
    supportsGlobalDatabases: atLeast(release, '2.07.0'),
    note:
      status === 'extended-support'
        ? 'MySQL 5.7 standard support ended 2024-10-31; AWS runs 2.12 releases under paid RDS Extended Support.'
        : 'Deprecated at AWS: creating a cluster on it fails today with "Cannot find version".',
  };
}

function auroraMysql80(release: string, status: EngineVersionStatus): EngineVersion {
  return {
    engine: 'aurora-mysql',
    version: `8.0.mysql_aurora.${release}`,
    majorVersion: '8.0',
    family: 'aurora-mysql8.0',
    status,
    engineModes: ['provisioned'],
    supportsServerlessV2: atLeast(release, '3.02.0'),
    supportsServerlessV2AutoPause: atLeast(release, '3.08.0'),
    supportsBacktrack: true,
    supportsGlobalDatabases: atLeast(release, '3.01.0'),
    note:
      status === 'deprecated'
        ? 'Deprecated at AWS: creating a cluster on it fails today with "Cannot find version".'
        : ['3.04', '3.10'].some((lts) => release.startsWith(lts))
          ? 'Long-term support (LTS) release.'
          : undefined,
  };
}

const AURORA_MYSQL_84: EngineVersion = {
  engine: 'aurora-mysql',
  version: '8.4.7',
  majorVersion: '8.4',
  family: 'aurora-mysql8.4',
  status: 'available',
  engineModes: ['provisioned'],
  supportsServerlessV2: true,
  supportsServerlessV2AutoPause: true,
  supportsBacktrack: true,
  supportsGlobalDatabases: true,
  note: 'Aurora MySQL 8.4 uses plain major.minor versions; its parameter group family name is assumed.',
};

// --- Aurora PostgreSQL (FACTS.md §5: aws-cdk cluster-engine.ts, FEA.Data_API.html) ---

function range(major: number, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${major}.${from + i}`);
}

const POSTGRES_VERSIONS: readonly string[] = [
  '11.9', '11.21',
  ...range(12, 9, 20),
  ...range(13, 7, 16), '13.22',
  ...range(14, 3, 13),
  ...range(15, 2, 8),
  ...range(16, 1, 4),
  ...range(17, 4, 7),
  '18.3',
];
/** Aurora Serverless v1 ran these Aurora PostgreSQL releases. */
const POSTGRES_SERVERLESS_V1 = new Set(['11.21', '13.12']);
/** First minor with Serverless v2 auto-pause, per major (FACTS.md §2 "Sv2 versions"). */
const POSTGRES_AUTO_PAUSE_FROM: Readonly<Record<string, string>> = { '13': '13.15', '14': '14.12', '15': '15.7', '16': '16.3' };

function auroraPostgres(version: string): EngineVersion {
  const major = version.split('.')[0];
  const majorNumber = Number(major);
  const autoPauseFrom = POSTGRES_AUTO_PAUSE_FROM[major];
  const status: EngineVersionStatus = majorNumber <= 12 ? 'extended-support' : 'available';
  return {
    engine: 'aurora-postgresql',
    version,
    majorVersion: major,
    family: `aurora-postgresql${major}`,
    status,
    engineModes: POSTGRES_SERVERLESS_V1.has(version) ? ['provisioned', 'serverless'] : ['provisioned'],
    supportsServerlessV2: majorNumber >= 13,
    supportsServerlessV2AutoPause: majorNumber >= 17 || (autoPauseFrom !== undefined && compareVersionParts(version, autoPauseFrom) >= 0),
    supportsBacktrack: false,
    supportsGlobalDatabases: majorNumber >= 11,
    note:
      status === 'extended-support'
        ? `PostgreSQL ${major} reached end of standard support (${major === '11' ? '2024-02-29' : '2025-02-28'}); AWS runs it under paid RDS Extended Support.`
        : undefined,
  };
}

/** Every engine version the sandbox can create a cluster on, oldest first per engine. */
export const ENGINE_VERSIONS: readonly EngineVersion[] = [
  ...MYSQL_57_DEPRECATED.map((r) => auroraMysql57(r, 'deprecated')),
  ...MYSQL_57_EXTENDED.map((r) => auroraMysql57(r, 'extended-support')),
  ...MYSQL_80_DEPRECATED.map((r) => auroraMysql80(r, 'deprecated')),
  ...MYSQL_80_AVAILABLE.map((r) => auroraMysql80(r, 'available')),
  AURORA_MYSQL_84,
  ...POSTGRES_VERSIONS.map(auroraPostgres),
];

/**
 * What an omitted or major-only `EngineVersion` resolves to. AWS's choice of default minor is not
 * documented (FACTS.md §5); these are the newest long-term-support / sample-default releases.
 */
const DEFAULT_VERSIONS: Readonly<Record<AuroraEngine, Readonly<Record<string, string>>>> = {
  'aurora-mysql': { '': '8.0.mysql_aurora.3.10.0', '5.7': '5.7.mysql_aurora.2.12.6', '8.0': '8.0.mysql_aurora.3.10.0', '8.4': '8.4.7' },
  'aurora-postgresql': {
    '': '16.4',
    '11': '11.21', '12': '12.20', '13': '13.16', '14': '14.13', '15': '15.8', '16': '16.4', '17': '17.7', '18': '18.3',
  },
};

/** The default version for a new Serverless v1 cluster (the last v1 releases). */
const SERVERLESS_V1_DEFAULTS: Readonly<Record<AuroraEngine, string>> = {
  'aurora-mysql': '5.7.mysql_aurora.2.11.4',
  'aurora-postgresql': '13.12',
};

export function findEngineVersion(engine: AuroraEngine, version: string): EngineVersion | undefined {
  return ENGINE_VERSIONS.find((v) => v.engine === engine && v.version === version);
}

/**
 * Resolves a requested `EngineVersion` (full, major-only like `8.0` or `16`, or omitted) to a
 * catalog entry; undefined when RDS would answer "Cannot find version".
 */
export function resolveEngineVersion(engine: AuroraEngine, requested: string | undefined, engineMode: EngineMode): EngineVersion | undefined {
  if (requested === undefined || requested === '') {
    const fallback = engineMode === 'serverless' ? SERVERLESS_V1_DEFAULTS[engine] : DEFAULT_VERSIONS[engine][''];
    return findEngineVersion(engine, fallback);
  }
  const exact = findEngineVersion(engine, requested);
  if (exact) return exact;
  const byMajor = DEFAULT_VERSIONS[engine][requested];
  return byMajor === undefined ? undefined : findEngineVersion(engine, byMajor);
}

/** The version RDS picks for `engine` (and optionally a major version such as `8.0` or `16`); undefined if none. */
export function defaultEngineVersionOf(engine: AuroraEngine, majorVersion = ''): EngineVersion | undefined {
  const version = Object.hasOwn(DEFAULT_VERSIONS[engine], majorVersion) ? DEFAULT_VERSIONS[engine][majorVersion] : undefined;
  return version === undefined ? undefined : findEngineVersion(engine, version);
}
