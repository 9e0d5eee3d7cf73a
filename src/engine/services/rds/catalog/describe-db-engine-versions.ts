import type { DBEngineVersion, DBEngineVersionMessage, DescribeDBEngineVersionsMessage, UpgradeTarget } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkAuroraEngine } from '../engine-names';
import { compileRdsFilters } from '../rds-filters';
import { checkRecordsRequest, pageOf } from '../rds-pagination';
import { type AuroraEngine, AURORA_ENGINES, ENGINE_DEFAULTS } from './aurora-engines';
import { auroraRelease, compareVersionParts, defaultEngineVersionOf, ENGINE_VERSIONS, type EngineVersion } from './engine-versions';

/** RDS's `Status` has two values: extended-support releases are still `available` (FACTS.md §5). */
export function wireStatus(version: EngineVersion): 'available' | 'deprecated' {
  return version.status === 'deprecated' ? 'deprecated' : 'available';
}

/** Every catalog version, engine by engine, oldest first: the order RDS lists them in. */
export const LISTED_VERSIONS: readonly EngineVersion[] = [...ENGINE_VERSIONS].sort(
  (a, b) => (a.engine < b.engine ? -1 : a.engine > b.engine ? 1 : compareVersionParts(auroraRelease(a.version), auroraRelease(b.version))),
);

const SORT_KEY = new Map(LISTED_VERSIONS.map((version, index) => [version, String(index).padStart(6, '0')]));
const keyOf = (version: EngineVersion) => SORT_KEY.get(version) ?? '';

const ENGINE_DESCRIPTION: Readonly<Record<AuroraEngine, string>> = { 'aurora-mysql': 'Aurora MySQL', 'aurora-postgresql': 'Aurora (PostgreSQL)' };

export function versionDescription(version: EngineVersion): string {
  if (version.engine === 'aurora-postgresql') return `Aurora PostgreSQL (Compatible with PostgreSQL ${version.version})`;
  if (version.majorVersion === '5.7') return `Aurora (MySQL 5.7) ${auroraRelease(version.version)}`;
  if (version.majorVersion === '8.0') return `Aurora MySQL ${auroraRelease(version.version)} (compatible with MySQL 8.0)`;
  return `Aurora MySQL ${version.version}`;
}

const NEXT_MAJOR: Readonly<Record<string, string>> = { '5.7': '8.0', '8.0': '8.4', '11': '12', '12': '13', '13': '14', '14': '15', '15': '16', '16': '17', '17': '18' };

function supportsParallelQuery(version: EngineVersion): boolean {
  return version.engine === 'aurora-mysql';
}

/** Write forwarding inside a cluster: Aurora MySQL 3.04+, Aurora PostgreSQL 14.13/15.8/16.4+ (UG/aurora-mysql-write-forwarding-local.html). */
function supportsLocalWriteForwarding(version: EngineVersion): boolean {
  if (version.engine === 'aurora-mysql') return version.majorVersion === '8.4' || (version.majorVersion === '8.0' && compareVersionParts(auroraRelease(version.version), '3.04.0') >= 0);
  const floor: Record<string, string> = { '14': '14.13', '15': '15.8', '16': '16.4' };
  const major = Number(version.majorVersion);
  return major >= 17 || (floor[version.majorVersion] !== undefined && compareVersionParts(version.version, floor[version.majorVersion]) >= 0);
}

function upgradeTarget(from: EngineVersion, to: EngineVersion): UpgradeTarget {
  return {
    Engine: to.engine,
    EngineVersion: to.version,
    Description: versionDescription(to),
    AutoUpgrade: false,
    IsMajorVersionUpgrade: to.majorVersion !== from.majorVersion,
    SupportedEngineModes: [...to.engineModes],
    SupportsParallelQuery: supportsParallelQuery(to),
    SupportsGlobalDatabases: to.supportsGlobalDatabases,
    SupportsBabelfish: to.engine === 'aurora-postgresql' && Number(to.majorVersion) >= 13,
    SupportsLimitlessDatabase: false,
    SupportsLocalWriteForwarding: supportsLocalWriteForwarding(to),
    SupportsIntegrations: false,
  };
}

/** Later minors of the same major, then the next major's releases; never a deprecated release. */
export function validUpgradeTargets(version: EngineVersion): EngineVersion[] {
  const release = auroraRelease(version.version);
  return LISTED_VERSIONS.filter(
    (candidate) =>
      candidate.engine === version.engine &&
      candidate.status !== 'deprecated' &&
      ((candidate.majorVersion === version.majorVersion && compareVersionParts(auroraRelease(candidate.version), release) > 0) ||
        candidate.majorVersion === NEXT_MAJOR[version.majorVersion]),
  );
}

export function renderDbEngineVersion(version: EngineVersion): DBEngineVersion {
  return {
    Engine: version.engine,
    EngineVersion: version.version,
    DBParameterGroupFamily: version.family,
    DBEngineDescription: ENGINE_DESCRIPTION[version.engine],
    DBEngineVersionDescription: versionDescription(version),
    ValidUpgradeTarget: validUpgradeTargets(version).map((target) => upgradeTarget(version, target)),
    ExportableLogTypes: [...ENGINE_DEFAULTS[version.engine].logTypes],
    SupportsLogExportsToCloudwatchLogs: true,
    SupportsReadReplica: false,
    SupportedEngineModes: [...version.engineModes],
    SupportedFeatureNames: version.engine === 'aurora-postgresql' ? ['Lambda', 's3Export', 's3Import'] : [],
    Status: wireStatus(version),
    SupportsParallelQuery: supportsParallelQuery(version),
    SupportsGlobalDatabases: version.supportsGlobalDatabases,
    SupportsBabelfish: version.engine === 'aurora-postgresql' && Number(version.majorVersion) >= 13,
    SupportsCertificateRotationWithoutRestart: true,
    SupportedCACertificateIdentifiers: ['rds-ca-2019', 'rds-ca-ecc384-g1', 'rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1'],
    SupportsLocalWriteForwarding: supportsLocalWriteForwarding(version),
    SupportsIntegrations: false,
    SupportsLimitlessDatabase: false,
    ServerlessV2FeaturesSupport: version.supportsServerlessV2
      ? { MinCapacity: version.supportsServerlessV2AutoPause ? 0 : 0.5, MaxCapacity: 256 }
      : undefined,
    TagList: [],
  };
}

const FILTER_FIELDS = {
  engine: { values: (v: EngineVersion) => [v.engine] },
  'engine-version': { values: (v: EngineVersion) => [v.version] },
  'db-parameter-group-family': { values: (v: EngineVersion) => [v.family] },
  'engine-mode': { values: (v: EngineVersion) => [...v.engineModes] },
  status: { values: (v: EngineVersion) => [wireStatus(v)] },
};

/**
 * DescribeDBEngineVersions over the sandbox's catalog. Like RDS, deprecated releases are listed
 * only with `IncludeAll` (or a `status` filter); their `Status` says `deprecated` (DESIGN principle 9).
 */
export const describeDbEngineVersions = defineOperation<DescribeDBEngineVersionsMessage, DBEngineVersionMessage>((_ctx, input) => {
  checkRecordsRequest(input);
  const engine = input.Engine === undefined ? undefined : checkAuroraEngine(input.Engine);
  const filter = compileRdsFilters(input.Filters, FILTER_FIELDS);
  const statusFiltered = (input.Filters ?? []).some((f) => f.Name === 'status');
  const requested = input.EngineVersion;
  const family = input.DBParameterGroupFamily?.toLowerCase();
  let listed = LISTED_VERSIONS.filter(
    (version) =>
      (engine === undefined || version.engine === engine) &&
      (requested === undefined || version.version === requested || version.majorVersion === requested) &&
      (family === undefined || version.family === family) &&
      (input.IncludeAll === true || statusFiltered || version.status !== 'deprecated') &&
      filter(version),
  );
  if (input.DefaultOnly === true) {
    const engines = engine === undefined ? AURORA_ENGINES : [engine];
    const majors = new Set(listed.map((v) => v.majorVersion));
    const wholeMajor = (requested !== undefined && majors.has(requested)) || family !== undefined;
    const defaults = new Set(
      engines.flatMap((e) => (wholeMajor ? [...majors].map((m) => defaultEngineVersionOf(e, m)) : [defaultEngineVersionOf(e)])),
    );
    listed = listed.filter((version) => defaults.has(version));
  }
  const { page, marker } = pageOf(listed, keyOf, input);
  return { DBEngineVersions: page.map(renderDbEngineVersion), Marker: marker };
});
