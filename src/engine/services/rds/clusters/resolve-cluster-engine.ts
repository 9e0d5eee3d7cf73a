import type { AuroraEngine } from '../catalog/aurora-engines';
import { type EngineMode, type EngineVersion, resolveEngineVersion } from '../catalog/engine-versions';
import { invalidParameterCombination } from '../rds-errors';

const ENGINE_MODES: readonly string[] = ['provisioned', 'serverless', 'multimaster', 'parallelquery', 'global'];

function modeUnavailable(mode: string) {
  return invalidParameterCombination(`The engine mode ${mode} you requested is currently unavailable.`);
}

export interface ClusterEngine {
  readonly version: EngineVersion;
  readonly mode: EngineMode;
}

/**
 * Resolves a new cluster's engine mode and version. `serverless` (v1) needs a version that ran
 * it; `multimaster` is accepted for Aurora MySQL as exam-era data (its behaviour comes later).
 */
export function resolveClusterEngine(engine: AuroraEngine, requestedVersion: string | undefined, requestedMode: string | undefined): ClusterEngine {
  const modeName = requestedMode === undefined || requestedMode === '' ? 'provisioned' : requestedMode.toLowerCase();
  if (!ENGINE_MODES.includes(modeName) || modeName === 'parallelquery' || modeName === 'global') throw modeUnavailable(modeName);
  const mode = modeName as EngineMode;
  if (mode === 'multimaster' && engine !== 'aurora-mysql') throw modeUnavailable(mode);
  const version = resolveEngineVersion(engine, requestedVersion, mode);
  if (!version) throw invalidParameterCombination(`Cannot find version ${requestedVersion ?? ''} for ${engine}`);
  if (mode === 'serverless' && !version.engineModes.includes('serverless')) throw modeUnavailable(mode);
  return { version, mode };
}
