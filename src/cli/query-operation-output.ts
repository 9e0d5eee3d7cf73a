import type { ServiceName } from '../engine/service-name';
import { serviceModel } from '../engine/model/service-model';
import { fromHostOutput } from './aws/host-values';
import { compileQuery, QueryCompileError } from './aws/jmespath-query';
import { cliShape } from './model/cli-shape';
import { PyFloat, type PyValue } from './python/py-value';

function toJson(value: PyValue): unknown {
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

/**
 * What `aws <service> <operation> --query EXPRESSION` computes from an operation's output — the same
 * conversion (timestamps as the CLI prints them) and the same JMESPath semantics as the CLI — as
 * plain JSON. Lab checks use it, so a check means exactly what the learner's `--query` would show.
 * Throws `QueryCompileError` for a malformed expression and `Error` for one that fails on the data.
 */
export function queryOperationOutput(service: ServiceName, operation: string, output: Record<string, unknown>, expression: string): unknown {
  const model = serviceModel(service).operations.get(operation);
  if (!model) throw new Error(`${service} has no operation ${operation}`);
  const data = fromHostOutput(output, cliShape(service, model.output)) ?? {};
  return toJson(compileQuery(expression).search(data));
}

/** The CLI's complaint about a `--query` expression, or undefined when it parses. */
export function querySyntaxError(expression: string): string | undefined {
  try {
    compileQuery(expression);
    return undefined;
  } catch (error) {
    if (error instanceof QueryCompileError) return error.message;
    throw error;
  }
}
