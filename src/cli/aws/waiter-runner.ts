import type { WaiterAcceptor, WaiterDefinition } from '../model/waiter-definitions';
import { pyStr } from '../python/py-repr';
import { pyEquals, type PyDict, type PyValue } from '../python/py-value';
import { GeneralError } from './cli-errors';
import { compileQuery } from './jmespath-query';
import { invokeOnce, ServiceFailure, type InvokeContext } from './operation-invoker';

/**
 * `aws <service> wait <waiter>` (botocore/waiter.py `Waiter.wait`): poll the operation, match the
 * acceptors in order, sleep `delay` seconds of the sandbox's virtual clock between polls, and fail
 * with botocore's texts (`Waiter DBClusterAvailable failed: ...`, exit 255).
 */
export async function runWaiter(ctx: InvokeContext, waiter: WaiterDefinition, params: PyDict): Promise<void> {
  let currentState = 'waiting';
  let lastMatched: WaiterAcceptor | undefined;
  for (let attempts = 1; ; attempts++) {
    const response = await invokeOnce(ctx, params);
    const matched = waiter.acceptors.find((acceptor) => matches(acceptor, response));
    if (matched) {
      lastMatched = matched;
      currentState = matched.state;
    } else if (response instanceof ServiceFailure) {
      throw waiterError(waiter, `An error occurred (${response.code}): ${response.message}`);
    }
    if (currentState === 'success') return;
    if (currentState === 'failure') {
      throw waiterError(waiter, `Waiter encountered a terminal failure state: ${explanation(matched as WaiterAcceptor)}`);
    }
    if (attempts >= waiter.maxAttempts) {
      // botocore reports the loop variable: the last acceptor of the list, not the one that matched.
      const last = waiter.acceptors[waiter.acceptors.length - 1];
      throw waiterError(
        waiter,
        lastMatched === undefined ? 'Max attempts exceeded' : `Max attempts exceeded. Previously accepted state: ${explanation(last)}`,
      );
    }
    await ctx.host.advanceClock(waiter.delay * 1000);
  }
}

function waiterError(waiter: WaiterDefinition, reason: string): GeneralError {
  return new GeneralError(`Waiter ${waiter.name} failed: ${reason}`);
}

function explanation(acceptor: WaiterAcceptor): string {
  const expected = pyStr(acceptor.expected);
  switch (acceptor.matcher) {
    case 'path':
      return `For expression "${acceptor.argument}" we matched expected path: "${expected}"`;
    case 'pathAll':
      return `For expression "${acceptor.argument}" all members matched excepted path: "${expected}"`;
    case 'pathAny':
      return `For expression "${acceptor.argument}" we matched expected path: "${expected}" at least once`;
    case 'error':
      return `Matched expected service error code: ${expected}`;
    case 'status':
      return `Matched expected HTTP status code: ${expected}`;
  }
}

function matches(acceptor: WaiterAcceptor, response: PyDict | ServiceFailure): boolean {
  if (acceptor.matcher === 'error') return response instanceof ServiceFailure && response.code === acceptor.expected;
  if (acceptor.matcher === 'status') return (response instanceof ServiceFailure ? response.status : 200) === acceptor.expected;
  if (response instanceof ServiceFailure) return false;
  let result: PyValue;
  try {
    result = compileQuery(acceptor.argument as string).search(response);
  } catch {
    return false;
  }
  const expected = acceptor.expected as PyValue;
  switch (acceptor.matcher) {
    case 'path':
      return pyEquals(result, expected);
    case 'pathAll':
      return Array.isArray(result) && result.length > 0 && result.every((element) => pyEquals(element, expected));
    case 'pathAny':
      return Array.isArray(result) && result.length > 0 && result.some((element) => pyEquals(element, expected));
  }
}
