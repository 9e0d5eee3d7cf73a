import { type AuroraEngine, ENGINE_DEFAULTS } from '../catalog/aurora-engines';
import type { EngineVersion } from '../catalog/engine-versions';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';

/** Checks of the simple cluster settings, each against the rule FACTS.md §2 records. */

const MIN_PORT = 1150;
const MAX_PORT = 65_535;

export function checkPort(engine: AuroraEngine, port: number | undefined): number {
  if (port === undefined) return ENGINE_DEFAULTS[engine].port;
  if (!Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) {
    throw invalidParameterValue(`Invalid port ${port}. The port must be from ${MIN_PORT} to ${MAX_PORT}.`);
  }
  return port;
}

const MIN_RETENTION = 1;
const MAX_RETENTION = 35;

export function checkBackupRetentionPeriod(days: number | undefined): number {
  if (days === undefined) return MIN_RETENTION;
  if (!Number.isInteger(days) || days < MIN_RETENTION || days > MAX_RETENTION) {
    throw invalidParameterValue(`Invalid backup retention period: ${days}. Retention period must be between ${MIN_RETENTION} and ${MAX_RETENTION}.`);
  }
  return days;
}

/** Aurora MySQL: up to 64 characters; Aurora PostgreSQL: up to 63. A letter first. */
export function checkDatabaseName(engine: AuroraEngine, name: string | undefined): string | null {
  if (name === undefined) return null;
  const max = engine === 'aurora-postgresql' ? 63 : 64;
  if (name.length > max || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
    throw invalidParameterValue(
      `The parameter DatabaseName is not a valid identifier. It must begin with a letter and contain only letters, digits or underscores, at most ${max} characters.`,
    );
  }
  return name;
}

export function checkLogExports(version: EngineVersion, logTypes: readonly string[] | undefined): string[] {
  const requested = [...new Set(logTypes ?? [])];
  const supported = ENGINE_DEFAULTS[version.engine].logTypes;
  const unsupported = requested.filter((type) => !supported.includes(type));
  if (unsupported.length > 0) {
    throw invalidParameterCombination(
      `You cannot use the log types '${unsupported.join("', '")}' with engine version ${version.engine} ${version.version}. For supported log types, see the documentation.`,
    );
  }
  return requested;
}

/** Seconds, 0–259200 (72 h), Aurora MySQL only (FACTS.md §2). */
const MAX_BACKTRACK_SECONDS = 259_200;

export function checkBacktrackWindow(version: EngineVersion, seconds: number | undefined): number {
  if (seconds === undefined || seconds === 0) return 0;
  if (!version.supportsBacktrack) {
    throw invalidParameterCombination(`Backtrack is not supported for ${version.engine}.`);
  }
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_BACKTRACK_SECONDS) {
    throw invalidParameterValue(`The specified backtrack window ${seconds} is not valid. The backtrack window must be from 0 to ${MAX_BACKTRACK_SECONDS} seconds.`);
  }
  return seconds;
}

const LIFECYCLE_SUPPORT = ['open-source-rds-extended-support', 'open-source-rds-extended-support-disabled'];

export function checkEngineLifecycleSupport(value: string | undefined): string {
  if (value === undefined) return LIFECYCLE_SUPPORT[0];
  if (!LIFECYCLE_SUPPORT.includes(value)) {
    throw invalidParameterValue(`Invalid value ${value} for EngineLifecycleSupport. Valid values are: ${LIFECYCLE_SUPPORT.join(', ')}.`);
  }
  return value;
}

export function checkNetworkType(value: string | undefined): string {
  if (value === undefined || value === 'IPV4') return 'IPV4';
  if (value === 'DUAL') {
    throw invalidParameterCombination('The network type DUAL is not supported: the DB subnet group has no subnets with IPv6 CIDR blocks.');
  }
  throw invalidParameterValue(`Invalid network type: ${value}. Valid values are IPV4 and DUAL.`);
}
