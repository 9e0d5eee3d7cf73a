import type { NormalizedSchema } from '@smithy/core/schema';
import type { ServiceName } from '../service-name';

/**
 * Checks a decoded input against the model: required members present, enum values allowed, and
 * (for inputs that did not come through a protocol decoder) member types right. Throws the
 * `AwsError` AWS sends for the first fault. (Implemented by the protocol work.)
 */
export function validateInput(_service: ServiceName, _schema: NormalizedSchema, _input: Record<string, unknown>): void {}
