import type { WaiterAcceptor, WaiterDefinition } from './waiter-definitions';

/**
 * Recovers a waiter's declarative definition from the SDK's generated `waitFor<Name>.js` module:
 * smithy-typescript compiles each acceptor's JMESPath into a fixed set of JS idioms, which this
 * reads back (`[].concat(...result.X)` is `X[]`, `.map((e) => e.Y)` is `.Y`, `.length == 0` is
 * `length(...) == \`0\``). Throws on anything it does not recognise, so a new idiom cannot slip by.
 */
export function extractWaiter(fileName: string, source: string): Omit<WaiterDefinition, 'maxAttempts'> & { readonly maxDelay: number } {
  const name = /waitFor(\w+)\.js$/.exec(fileName)?.[1];
  if (!name) throw new Error(`not a waiter module: ${fileName}`);
  const operation = /new (\w+)Command\(input\)/.exec(source)?.[1];
  const defaults = /serviceDefaults = \{ minDelay: (\d+), maxDelay: (\d+) \}/.exec(source);
  if (!operation || !defaults) throw new Error(`${fileName}: no operation or delays`);
  const acceptors: WaiterAcceptor[] = [];
  // A `status: 200` matcher compiles to an unconditional return right after the call.
  const status = /reason = result;\s*return \{ state: WaiterState\.(\w+), reason \};/.exec(source);
  if (status) acceptors.push({ state: toState(status[1]), matcher: 'status', expected: 200 });
  const checkState = source.slice(source.indexOf('const checkState'), source.indexOf('catch (exception)'));
  const blockPattern = /try \{\s*const returnComparator = \(\) => \{\n([\s\S]*?)\n\s*\};\n([\s\S]*?)\n\s*\}\s*catch \(e\) \{ \}/g;
  for (const block of checkState.matchAll(blockPattern)) {
    const argument = decompile(block[1], fileName);
    acceptors.push(parseMatcher(block[2], argument, fileName));
  }
  const errorPart = source.slice(source.indexOf('catch (exception)'));
  for (const m of errorPart.matchAll(/if \(exception\.name === "([^"]+)"\) \{\s*return \{ state: WaiterState\.(\w+)/g)) {
    acceptors.push({ state: toState(m[2]), matcher: 'error', expected: m[1] });
  }
  if (acceptors.length === 0) throw new Error(`${fileName}: no acceptors found`);
  return { name, operation, delay: Number(defaults[1]), maxDelay: Number(defaults[2]), acceptors };
}

function toState(sdkState: string): WaiterAcceptor['state'] {
  switch (sdkState) {
    case 'SUCCESS':
      return 'success';
    case 'FAILURE':
      return 'failure';
    case 'RETRY':
      return 'retry';
    default:
      throw new Error(`unknown waiter state ${sdkState}`);
  }
}

function parseExpected(text: string): string | boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return JSON.parse(text) as string;
}

function parseMatcher(code: string, argument: string, fileName: string): WaiterAcceptor {
  const state = /return \{ state: WaiterState\.(\w+)/.exec(code)?.[1];
  if (!state) throw new Error(`${fileName}: acceptor without a state`);
  const all = /allStringEq_\d+ && \(element_\d+ == ("(?:[^"\\]|\\.)*"|true|false)\)/.exec(code);
  if (all && /let allStringEq_\d+ = \(returnComparator\(\)\.length > 0\)/.test(code)) {
    return { state: toState(state), matcher: 'pathAll', argument, expected: parseExpected(all[1]) };
  }
  const any = /if \(anyStringEq_\d+ == ("(?:[^"\\]|\\.)*"|true|false)\)/.exec(code);
  if (any) return { state: toState(state), matcher: 'pathAny', argument, expected: parseExpected(any[1]) };
  const path = /if \(returnComparator\(\) ===? ("(?:[^"\\]|\\.)*"|true|false)\)/.exec(code);
  if (path) return { state: toState(state), matcher: 'path', argument, expected: parseExpected(path[1]) };
  throw new Error(`${fileName}: unrecognised matcher:\n${code}`);
}

/** Turns a `returnComparator` body back into the JMESPath it was compiled from. */
function decompile(body: string, fileName: string): string {
  const vars = new Map<string, string>();
  const operand = (text: string): string => {
    const known = vars.get(text);
    if (known !== undefined) return known;
    const field = /^result\.([\w.]+)$/.exec(text);
    if (field) return field[1];
    throw new Error(`${fileName}: unknown operand ${text}`);
  };
  const statements = body
    .replace(/\.map\(\((element_\d+)\) => \{\s*return \1\.([\w.]+);\s*\}\)/g, '.$map($2)')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const statement of statements) {
    let m = /^let (\w+) = \[\]\.concat\(\.\.\.([\w.]+)\)$/.exec(statement);
    if (m) {
      vars.set(m[1], `${operand(m[2])}[]`);
      continue;
    }
    m = /^let (\w+) = (\w+)\.\$map\(([\w.]+)\)$/.exec(statement);
    if (m) {
      vars.set(m[1], `${operand(m[2])}.${m[3]}`);
      continue;
    }
    m = /^return \(([\w.]+)\.length (==|>) (\d+)\)$/.exec(statement);
    if (m) return `length(${operand(m[1])}) ${m[2]} \`${m[3]}\``;
    m = /^return ([\w.]+)$/.exec(statement);
    if (m) return operand(m[1]);
    throw new Error(`${fileName}: unrecognised statement: ${statement}`);
  }
  throw new Error(`${fileName}: comparator without a return`);
}
