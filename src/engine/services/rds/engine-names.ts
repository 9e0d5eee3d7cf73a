import { type AuroraEngine, isAuroraEngine, OTHER_RDS_ENGINES } from './catalog/aurora-engines';
import { invalidParameterValue } from './rds-errors';

/** Accepts `aurora-mysql` / `aurora-postgresql`; says clearly why anything else is refused. */
export function checkAuroraEngine(engine: string): AuroraEngine {
  if (isAuroraEngine(engine)) return engine;
  if (OTHER_RDS_ENGINES.includes(engine)) {
    throw invalidParameterValue(
      `Engine ${engine} is not available in this Aurora Lab sandbox, which emulates Amazon Aurora only. Use aurora-mysql or aurora-postgresql.`,
    );
  }
  throw invalidParameterValue(`Invalid DB engine: ${engine}`);
}
