import { fromBase64 } from '@smithy/core/serde';
import type { ScalarPlan } from '../../model/shape-plan';
import { parseQueryTimestamp } from './parse-query-timestamp';
import { invalidParameterValueError } from './query-request-errors';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * One Query parameter's text as the model type says. The SDK's runtime schemas carry one numeric
 * type for integers and doubles alike, so any finite decimal is accepted as a number; range and
 * integrality are the operation's business rules.
 */
export function decodeQueryScalar(plan: ScalarPlan, text: string, parameter: string): unknown {
  switch (plan.kind) {
    case 'string':
    case 'document':
      return text;
    case 'number': {
      const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
      if (!Number.isFinite(value)) throw invalidParameterValueError(parameter, text, 'Expected a number.');
      return value;
    }
    case 'bigInteger':
      if (!INTEGER.test(text)) throw invalidParameterValueError(parameter, text, 'Expected an integer.');
      return BigInt(text);
    case 'bigDecimal': {
      const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
      if (!Number.isFinite(value)) throw invalidParameterValueError(parameter, text, 'Expected a number.');
      return value;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      throw invalidParameterValueError(parameter, text, 'Expected true or false.');
    }
    case 'timestamp': {
      const date = parseQueryTimestamp(text);
      if (!date) {
        throw invalidParameterValueError(parameter, text, 'Expected an ISO 8601 timestamp such as 2023-01-01T00:00:00Z.');
      }
      return date;
    }
    case 'blob':
      if (!BASE64.test(text)) throw invalidParameterValueError(parameter, text, 'Expected base64-encoded data.');
      return fromBase64(text);
    case 'unit':
      return undefined;
  }
}
