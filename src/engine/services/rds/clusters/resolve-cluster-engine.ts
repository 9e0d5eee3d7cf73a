import type { AuroraEngine } from '../catalog/aurora-engines';
import { ENGINE_VERSIONS, type EngineMode, type EngineVersion, resolveEngineVersion } from '../catalog/engine-versions';
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
 * it; `multimaster` only a version whose catalog entry lists it (the exam-era Aurora MySQL 5.7 releases).
 */
export function resolveClusterEngine(engine: AuroraEngine, requestedVersion: string | undefined, requestedMode: string | undefined): ClusterEngine {
  const modeName = requestedMode === undefined || requestedMode === '' ? 'provisioned' : requestedMode.toLowerCase();
  if (!ENGINE_MODES.includes(modeName) || modeName === 'parallelquery' || modeName === 'global') throw modeUnavailable(modeName);
  const mode = modeName as EngineMode;
  if (mode === 'multimaster' && engine !== 'aurora-mysql') throw modeUnavailable(mode);
  const version =
    mode === 'multimaster' && (requestedVersion === undefined || requestedVersion === '')
      ? ENGINE_VERSIONS.filter((v) => v.engine === engine && v.engineModes.includes('multimaster')).at(-1)
      : resolveEngineVersion(engine, requestedVersion, mode);
  if (!version) throw invalidParameterCombination(`Cannot find version ${requestedVersion ?? ''} for ${engine}`);
  if (mode === 'serverless' && !version.engineModes.includes('serverless')) throw modeUnavailable(mode);
  if (mode === 'multimaster' && !version.engineModes.includes('multimaster')) {
    throw invalidParameterCombination(
      `The engine mode multimaster isn't supported for ${engine} version ${version.version}. Multi-master clusters ran only on Aurora MySQL 5.x (MySQL 5.6/5.7-compatible) releases and were retired by AWS.`,
    );
  }
  return { version, mode };
}
