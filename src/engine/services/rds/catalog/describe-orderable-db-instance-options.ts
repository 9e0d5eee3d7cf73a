import type { DescribeOrderableDBInstanceOptionsMessage, OrderableDBInstanceOption, OrderableDBInstanceOptionsMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { availabilityZonesOf } from '../../ec2/availability-zones';
import { checkAuroraEngine } from '../engine-names';
import { invalidParameterValue } from '../rds-errors';
import { pageOf } from '../rds-pagination';
import { ENGINE_DEFAULTS } from './aurora-engines';
import { auroraRelease, compareVersionParts, type EngineVersion } from './engine-versions';
import { LISTED_VERSIONS } from './describe-db-engine-versions';
import { orderableClasses, SERVERLESS_V2_CLASS } from './orderable-instance-classes';

/** DescribeOrderableDBInstanceOptions takes `MaxRecords` 20–1000 (API reference). */
const MIN_RECORDS = 20;
const MAX_RECORDS = 1000;

/**
 * Aurora I/O-Optimized (`aurora-iopt1`): Aurora MySQL 3.03.1+, Aurora PostgreSQL 13.10+, 14.7+,
 * 15.2+ and later majors (UG/Aurora.Overview.StorageReliability.html#aurora-storage-type).
 */
export function supportsIoOptimized(version: EngineVersion): boolean {
  if (version.engine === 'aurora-mysql') {
    return version.majorVersion === '8.4' || (version.majorVersion === '8.0' && compareVersionParts(auroraRelease(version.version), '3.03.1') >= 0);
  }
  const floor: Record<string, string> = { '13': '13.10', '14': '14.7', '15': '15.2' };
  const major = Number(version.majorVersion);
  return major >= 16 || (floor[version.majorVersion] !== undefined && compareVersionParts(version.version, floor[version.majorVersion]) >= 0);
}

interface OrderableRow {
  readonly version: EngineVersion;
  readonly instanceClass: string;
  readonly storageType: 'aurora' | 'aurora-iopt1';
  readonly key: string;
}

function rowsOf(version: EngineVersion, versionIndex: number): OrderableRow[] {
  const storageTypes: ('aurora' | 'aurora-iopt1')[] = supportsIoOptimized(version) ? ['aurora', 'aurora-iopt1'] : ['aurora'];
  return orderableClasses(version)
    .sort()
    .flatMap((instanceClass, classIndex) =>
      storageTypes.map((storageType, storageIndex) => ({
        version,
        instanceClass,
        storageType,
        key: `${String(versionIndex).padStart(6, '0')}:${String(classIndex).padStart(4, '0')}:${storageIndex}`,
      })),
    );
}

const BURSTABLE = /^db\.t[34]g?\./;

function renderRow(region: string, row: OrderableRow): OrderableDBInstanceOption {
  const { version, instanceClass } = row;
  const burstable = BURSTABLE.test(instanceClass);
  return {
    Engine: version.engine,
    EngineVersion: version.version,
    DBInstanceClass: instanceClass,
    LicenseModel: ENGINE_DEFAULTS[version.engine].licenseModel,
    AvailabilityZoneGroup: region,
    AvailabilityZones: availabilityZonesOf(region).map((zone) => ({ Name: zone.zoneName })),
    MultiAZCapable: false,
    ReadReplicaCapable: false,
    Vpc: true,
    SupportsStorageEncryption: true,
    StorageType: row.storageType,
    SupportsIops: false,
    SupportsStorageThroughput: false,
    SupportsEnhancedMonitoring: true,
    SupportsIAMDatabaseAuthentication: true,
    SupportsPerformanceInsights: instanceClass !== 'db.t3.small',
    AvailableProcessorFeatures: [],
    SupportedEngineModes: ['provisioned'],
    SupportsStorageAutoscaling: false,
    SupportsKerberosAuthentication: true,
    OutpostCapable: false,
    SupportedActivityStreamModes: burstable || instanceClass === SERVERLESS_V2_CLASS ? [] : ['sync', 'async'],
    SupportsGlobalDatabases: version.supportsGlobalDatabases && !burstable,
    SupportsClusters: true,
    SupportedNetworkTypes: ['IPV4', 'DUAL'],
    SupportsDedicatedLogVolume: false,
  };
}

/**
 * The instance classes each Aurora engine version offers (catalog/orderable-instance-classes.ts),
 * one row per class and storage type. An unknown class or version simply matches nothing, as in RDS.
 */
export const describeOrderableDbInstanceOptions = defineOperation<DescribeOrderableDBInstanceOptionsMessage, OrderableDBInstanceOptionsMessage>(
  (ctx, input) => {
    const max = input.MaxRecords;
    if (max !== undefined && (max < MIN_RECORDS || max > MAX_RECORDS)) {
      throw invalidParameterValue(`Invalid value ${max} for MaxRecords. Must be between ${MIN_RECORDS} and ${MAX_RECORDS}`);
    }
    const engine = checkAuroraEngine(input.Engine ?? '');
    const wantedLicense = input.LicenseModel === undefined || input.LicenseModel === ENGINE_DEFAULTS[engine].licenseModel;
    const rows =
      input.Vpc === false || !wantedLicense
        ? []
        : LISTED_VERSIONS.flatMap((version, index) =>
            version.engine === engine && (input.EngineVersion === undefined || version.version === input.EngineVersion) ? rowsOf(version, index) : [],
          ).filter((row) => input.DBInstanceClass === undefined || row.instanceClass === input.DBInstanceClass);
    let page: OrderableRow[];
    let marker: string | undefined;
    try {
      ({ page, marker } = pageOf(rows, (row) => row.key, { MaxRecords: max, Marker: input.Marker }));
    } catch {
      throw invalidParameterValue(`Invalid marker: ${input.Marker ?? ''}`);
    }
    return { OrderableDBInstanceOptions: page.map((row) => renderRow(ctx.region, row)), Marker: marker };
  },
);
