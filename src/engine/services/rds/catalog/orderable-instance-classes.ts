import { type EngineVersion, auroraRelease, compareVersionParts } from './engine-versions';

const SIZES_R5 = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'];
const SIZES_GRAVITON = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge'];
const SIZES_R6I = [...SIZES_R5, '32xlarge'];
const SIZES_R7I = [...SIZES_R5, '48xlarge'];
const SIZES_BURSTABLE = ['medium', 'large'];
/** Optimized Reads classes (local NVMe) start at xlarge. */
const SIZES_LOCAL_NVME = SIZES_GRAVITON.slice(1);

/** An instance class family and the engine versions that offer it (FACTS.md §4). */
interface ClassFamily {
  readonly family: string;
  readonly sizes: readonly string[];
  readonly offeredOn: (version: EngineVersion) => boolean;
}

const mysqlFrom = (v2: string | null, v3: string | null) => (version: EngineVersion) => {
  if (version.engine !== 'aurora-mysql') return false;
  const release = auroraRelease(version.version);
  if (version.majorVersion === '5.7') return v2 !== null && compareVersionParts(release, v2) >= 0;
  if (version.majorVersion === '8.0') return v3 !== null && compareVersionParts(release, v3) >= 0;
  return true;
};

const postgresFrom = (minimum: string) => (version: EngineVersion) =>
  version.engine === 'aurora-postgresql' && compareVersionParts(version.version, minimum) >= 0;

const either =
  (...tests: ((version: EngineVersion) => boolean)[]) =>
  (version: EngineVersion) =>
    tests.some((test) => test(version));

/**
 * Aurora's orderable instance classes. Version floors follow the Aurora instance class support
 * tables as far as FACTS.md records them; where it does not, families are offered on every
 * version of an engine that had them at launch.
 */
const CLASS_FAMILIES: readonly ClassFamily[] = [
  { family: 'db.r5', sizes: SIZES_R5, offeredOn: either(mysqlFrom('2.07.0', '3.01.0'), postgresFrom('11.0')) },
  { family: 'db.r6g', sizes: SIZES_GRAVITON, offeredOn: either(mysqlFrom('2.09.2', '3.01.0'), postgresFrom('11.9')) },
  { family: 'db.r6i', sizes: SIZES_R6I, offeredOn: either(mysqlFrom('2.11.0', '3.02.1'), postgresFrom('11.9')) },
  { family: 'db.r7g', sizes: SIZES_GRAVITON, offeredOn: either(mysqlFrom(null, '3.03.1'), postgresFrom('13.10')) },
  { family: 'db.r7i', sizes: SIZES_R7I, offeredOn: either(mysqlFrom(null, '3.04.0'), postgresFrom('13.11')) },
  { family: 'db.r8g', sizes: SIZES_GRAVITON, offeredOn: either(mysqlFrom(null, '3.08.0'), postgresFrom('13.15')) },
  { family: 'db.x2g', sizes: SIZES_GRAVITON, offeredOn: either(mysqlFrom('2.10.0', '3.01.0'), postgresFrom('11.9')) },
  { family: 'db.r6gd', sizes: SIZES_LOCAL_NVME, offeredOn: either(mysqlFrom(null, '3.04.0'), postgresFrom('14.9')) },
  { family: 'db.r6id', sizes: SIZES_LOCAL_NVME, offeredOn: either(mysqlFrom(null, '3.04.0'), postgresFrom('14.9')) },
  { family: 'db.r8gd', sizes: SIZES_LOCAL_NVME, offeredOn: either(mysqlFrom(null, '3.08.0'), postgresFrom('16.4')) },
  { family: 'db.t3', sizes: SIZES_BURSTABLE, offeredOn: either(mysqlFrom('2.07.0', '3.01.0'), postgresFrom('11.0')) },
  // db.t3.small ran Aurora MySQL 2 only (FACTS.md §4: "no t3.small on v3").
  { family: 'db.t3', sizes: ['small'], offeredOn: mysqlFrom('2.07.0', null) },
  { family: 'db.t4g', sizes: SIZES_BURSTABLE, offeredOn: either(mysqlFrom('2.10.0', '3.01.0'), postgresFrom('11.9')) },
];

/** `db.serverless` (Serverless v2) needs a version that supports it. */
export const SERVERLESS_V2_CLASS = 'db.serverless';

/** Whether RDS offers `instanceClass` for a cluster on `version`. */
export function isOrderable(instanceClass: string, version: EngineVersion): boolean {
  if (instanceClass === SERVERLESS_V2_CLASS) return version.supportsServerlessV2;
  const dot = instanceClass.lastIndexOf('.');
  const family = instanceClass.slice(0, dot);
  const size = instanceClass.slice(dot + 1);
  return CLASS_FAMILIES.some((f) => f.family === family && f.sizes.includes(size) && f.offeredOn(version));
}

/** Every orderable class for an engine version (for DescribeOrderableDBInstanceOptions later). */
export function orderableClasses(version: EngineVersion): string[] {
  const classes = CLASS_FAMILIES.filter((f) => f.offeredOn(version)).flatMap((f) => f.sizes.map((size) => `${f.family}.${size}`));
  return version.supportsServerlessV2 ? [SERVERLESS_V2_CLASS, ...classes] : classes;
}
