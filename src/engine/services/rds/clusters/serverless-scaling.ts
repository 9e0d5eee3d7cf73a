import type { ScalingConfiguration, ServerlessV2ScalingConfiguration } from '@aws-sdk/client-rds';
import type { EngineMode, EngineVersion } from '../catalog/engine-versions';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import type { ServerlessV1ScalingRecord, ServerlessV2ScalingRecord } from './db-cluster-record';

/** Aurora Serverless v1 capacity units per engine (the only values it accepted). */
export const V1_CAPACITIES: Readonly<Record<string, readonly number[]>> = {
  'aurora-mysql': [1, 2, 4, 8, 16, 32, 64, 128, 256],
  'aurora-postgresql': [2, 4, 8, 16, 32, 64, 192, 384],
};
const V1_TIMEOUT_ACTIONS = ['ForceApplyCapacityChange', 'RollbackCapacityChange'];

/** Serverless v2: 0.5 ACU steps, max 256 (FACTS.md §2); auto-pause 300–86400 s, default 300. */
const V2_MAX_ACU = 256;
const V2_AUTO_PAUSE_MIN_S = 300;
const V2_AUTO_PAUSE_MAX_S = 86_400;

/** `ScalingConfiguration` for a Serverless v1 cluster, with AWS's defaults filled in. */
export function checkServerlessV1Scaling(
  version: EngineVersion,
  mode: EngineMode,
  requested: ScalingConfiguration | undefined,
): ServerlessV1ScalingRecord | null {
  if (mode !== 'serverless') {
    if (requested !== undefined) {
      throw invalidParameterCombination('ScalingConfiguration is only supported for DB clusters in serverless engine mode.');
    }
    return null;
  }
  const allowed = V1_CAPACITIES[version.engine];
  const minCapacity = requested?.MinCapacity ?? allowed[0];
  const maxCapacity = requested?.MaxCapacity ?? 16;
  for (const [name, value] of [['MinCapacity', minCapacity], ['MaxCapacity', maxCapacity]] as const) {
    if (!allowed.includes(value)) {
      throw invalidParameterValue(`Invalid ${name} ${value} for ${version.engine}. Valid capacity values are: ${allowed.join(', ')}.`);
    }
  }
  if (minCapacity > maxCapacity) throw invalidParameterCombination('MinCapacity must be less than or equal to MaxCapacity.');
  const timeoutAction = requested?.TimeoutAction ?? 'RollbackCapacityChange';
  if (!V1_TIMEOUT_ACTIONS.includes(timeoutAction)) {
    throw invalidParameterValue(`Invalid TimeoutAction ${timeoutAction}. Valid values are: ${V1_TIMEOUT_ACTIONS.join(', ')}.`);
  }
  return {
    minCapacity,
    maxCapacity,
    autoPause: requested?.AutoPause ?? true,
    secondsUntilAutoPause: requested?.SecondsUntilAutoPause ?? 300,
    timeoutAction,
    secondsBeforeTimeout: requested?.SecondsBeforeTimeout ?? 300,
  };
}

function isHalfStep(value: number): boolean {
  return Number.isFinite(value) && Math.round(value * 2) === value * 2;
}

/** `ServerlessV2ScalingConfiguration`, needed before a cluster can take `db.serverless` instances. */
export function checkServerlessV2Scaling(
  version: EngineVersion,
  mode: EngineMode,
  requested: ServerlessV2ScalingConfiguration | undefined,
): ServerlessV2ScalingRecord | null {
  if (requested === undefined) return null;
  if (mode !== 'provisioned') {
    throw invalidParameterCombination('ServerlessV2ScalingConfiguration is only supported for DB clusters in provisioned engine mode.');
  }
  if (!version.supportsServerlessV2) {
    throw invalidParameterCombination(`Aurora Serverless v2 is not supported for ${version.engine} version ${version.version}.`);
  }
  const { MinCapacity: min, MaxCapacity: max, SecondsUntilAutoPause: pause } = requested;
  if (min === undefined || max === undefined) {
    throw invalidParameterCombination('ServerlessV2ScalingConfiguration requires both MinCapacity and MaxCapacity.');
  }
  if (!isHalfStep(min) || min < 0 || min > V2_MAX_ACU || (min > 0 && min < 0.5)) {
    throw invalidParameterValue(`Invalid MinCapacity ${min}. MinCapacity must be 0 or from 0.5 to ${V2_MAX_ACU}, in increments of 0.5.`);
  }
  if (!isHalfStep(max) || max < 1 || max > V2_MAX_ACU) {
    throw invalidParameterValue(`Invalid MaxCapacity ${max}. MaxCapacity must be from 1 to ${V2_MAX_ACU}, in increments of 0.5.`);
  }
  if (min > max) throw invalidParameterCombination('MinCapacity must be less than or equal to MaxCapacity.');
  if (min === 0 && !version.supportsServerlessV2AutoPause) {
    throw invalidParameterCombination(`A MinCapacity of 0 (automatic pause) is not supported for ${version.engine} version ${version.version}.`);
  }
  if (pause !== undefined && (pause < V2_AUTO_PAUSE_MIN_S || pause > V2_AUTO_PAUSE_MAX_S)) {
    throw invalidParameterValue(`Invalid SecondsUntilAutoPause ${pause}. It must be from ${V2_AUTO_PAUSE_MIN_S} to ${V2_AUTO_PAUSE_MAX_S}.`);
  }
  return { minCapacity: min, maxCapacity: max, secondsUntilAutoPause: min === 0 ? (pause ?? V2_AUTO_PAUSE_MIN_S) : null };
}
