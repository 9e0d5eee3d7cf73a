import { ensureProfileExists } from './configured-profiles';
import { load as loadYaml } from 'js-yaml';
import type { ServiceName } from '../../engine/service-name';
import type { OperationModel } from '../../engine/model/service-model';
import type { CliHost } from '../cli-host';
import { ArgParser, type ActionSpec, type ParsedValue } from '../argparse/arg-parser';
import { cliShape, isScalarType, type CliShape } from '../model/cli-shape';
import { isPaginated, paginatorConfig, type PaginatorConfig } from '../model/paginator-config';
import type { WaiterDefinition } from '../model/waiter-definitions';
import { cliName } from '../model/xform-name';
import { pyJsonDumpsIndented, pyJsonLoads } from '../python/py-json';
import { isPyDict, PyFloat, type PyDict, type PyValue } from '../python/py-value';
import { ParamError, ParamValidationError, UnknownArgumentError } from './cli-errors';
import { argumentActions, argumentDest, buildArgumentTable, pyName, type CliArgument } from './operation-arguments';
import { unpackArgument } from './argument-unpacker';
import type { GlobalOptions } from './global-options';
import { operationHelp } from './help-text';
import { invokeOrThrow, paginate, type InvokeContext, type PaginationOptions } from './operation-invoker';
import { displayResponse, type DisplayOptions } from './response-display';
import { toPyValue } from './host-values';
import { formatYaml } from '../output/output-yaml';
import { runWaiter } from './waiter-runner';
import { customizationsFor } from './customizations/operation-customization';

export interface OperationRun {
  readonly host: CliHost;
  readonly service: ServiceName;
  readonly serviceCliName: string;
  /** The subcommand name as typed (`create-db-cluster`, `add-option-to-option-group`, `db-cluster-available`). */
  readonly commandName: string;
  readonly operation: OperationModel;
  readonly renames?: Readonly<Record<string, string | null>>;
  readonly globals: GlobalOptions;
  readonly display: DisplayOptions;
  /** Set for `aws <service> wait <waiter>`. */
  readonly waiter?: WaiterDefinition;
}

const OVERRIDE_REQUIRED = ['--cli-input-json', '--cli-input-yaml'];

/** `aws <service> <operation> ...` (awscli clidriver.ServiceOperation): returns stdout. */
export async function runOperation(run: OperationRun, args: readonly string[]): Promise<string> {
  const paginator = isPaginated(run.service, run.operation.name) ? await paginatorConfig(run.service, run.operation.name) : undefined;
  const table = buildArgumentTable(run.service, run.operation, paginator, run.renames);
  const customizations = run.waiter ? [] : customizationsFor(run.service, run.commandName, run.operation.name);
  for (const customization of customizations) customization.buildingArgumentTable?.(table);
  overrideRequired(table, args);

  if (args.length === 1 && args[0] === 'help') return operationHelp(run, table, paginator);
  const actions: ActionSpec[] = [...table.values()].flatMap(argumentActions);
  actions.push({ dest: 'help', optionStrings: [], nargs: '?', kind: 'store' });
  const parser = new ArgParser(actions);
  const { values, extras } = parser.parseKnownArgs(args);
  const help = values.get('help');
  if (help === 'help') return operationHelp(run, table, paginator);
  const remaining = [...extras];
  if (typeof help === 'string') remaining.push(help);
  if (remaining.length > 0) throw new UnknownArgumentError(remaining);

  const globals = run.globals;
  if (paginator) checkManualPaging(table, values, paginator, globals);
  for (const customization of customizations) customization.operationArgsParsed?.(values);
  // botocore reads the profile when it first needs configuration: at the first value that is not a
  // scalar (its shorthand and paramfile handlers), else just before the skeleton, input file or call.
  const params = buildCallParameters(table, values, () => ensureProfileExists(globals));
  ensureProfileExists(globals);

  const skeleton = values.get('generate_cli_skeleton');
  if (typeof skeleton === 'string') return generateSkeleton(run, skeleton);
  applyCliInput(params, values);
  if (paginator && Object.keys(params).some((k) => k === paginator.inputToken || k === paginator.limitKey)) globals.paginate = false;
  for (const customization of customizations) customization.callingCommand?.(params, globals, run.commandName);

  const ctx: InvokeContext = {
    host: run.host,
    service: run.service,
    operation: run.operation,
    region: globals.region,
    beforeParameterBuild: (p) => customizations.forEach((c) => c.beforeParameterBuild?.(p)),
  };
  const paginationConfig = params.PaginationConfig;
  delete params.PaginationConfig;
  if (run.waiter) {
    await runWaiter(ctx, run.waiter, params);
    return '';
  }
  if (paginator && globals.paginate) {
    const result = await paginate(ctx, params, paginator, paginationOptions(paginationConfig));
    return displayResponse(run.operation.name, { paginated: true, result }, globals, run.display);
  }
  const response = await invokeOrThrow(ctx, params);
  return displayResponse(run.operation.name, { paginated: false, data: response }, globals, run.display);
}

function overrideRequired(table: Map<string, CliArgument>, args: readonly string[]): void {
  const skeletonAt = args.indexOf('--generate-cli-skeleton');
  const skeletonOverrides = skeletonAt >= 0 && args[skeletonAt + 1] !== 'output';
  if (skeletonOverrides || OVERRIDE_REQUIRED.some((name) => args.includes(name))) {
    for (const argument of table.values()) argument.required = false;
  }
}

/** awscli/customizations/paginate.py `check_should_enable_pagination`. */
function checkManualPaging(table: Map<string, CliArgument>, values: Map<string, ParsedValue>, paginator: PaginatorConfig, globals: GlobalOptions): void {
  for (const member of [paginator.inputToken, paginator.limitKey]) {
    if (member && values.get(pyName(cliName(member))) !== null && values.has(pyName(cliName(member)))) globals.paginate = false;
  }
  if (globals.paginate) return;
  const used = ['starting_token', 'page_size', 'max_items'].filter((p) => table.get(p.replace(/_/g, '-'))?.kind === 'page' && truthy(values.get(p)));
  if (used.length > 0) {
    throw new ParamValidationError(`Cannot specify --no-paginate along with pagination arguments: ${used.map((p) => `--${p.replace(/_/g, '-')}`).join(', ')}`);
  }
}

function truthy(value: ParsedValue | undefined): boolean {
  return value !== undefined && value !== null && value !== '' && value !== 0 && value !== false;
}

function buildCallParameters(table: Map<string, CliArgument>, values: Map<string, ParsedValue>, beforeFirstNonScalar: () => void): PyDict {
  const params: PyDict = {};
  for (const argument of table.values()) {
    if (argument.kind === 'cli-input' || argument.kind === 'generate-cli-skeleton') continue;
    if (argument.kind === 'custom') {
      argument.addToParams(params, values);
      continue;
    }
    if (argument.kind === 'model' && argument.negative) continue;
    const dest = argumentDest(argument);
    if (!values.has(dest)) continue;
    const value = values.get(dest) as ParsedValue;
    if (value === null) continue;
    if (argument.kind === 'page') {
      const config = isPyDict(params.PaginationConfig) ? params.PaginationConfig : {};
      config[argument.serializedName] = value as PyValue;
      params.PaginationConfig = config;
      continue;
    }
    if (!isScalarType(argument.shape.typeName)) beforeFirstNonScalar();
    if (argument.shape.typeName === 'boolean') params[argument.serializedName] = value as boolean;
    else params[argument.serializedName] = unpackArgument(`--${argument.name}`, argument.shape, value);
  }
  return params;
}

function paginationOptions(config: PyValue | undefined): PaginationOptions {
  if (!isPyDict(config)) return {};
  const num = (v: PyValue | undefined) => (typeof v === 'number' ? v : undefined);
  return {
    maxItems: num(config.MaxItems),
    pageSize: num(config.PageSize),
    startingToken: typeof config.StartingToken === 'string' ? config.StartingToken : undefined,
  };
}

/** awscli/customizations/cliinput.py: keys from the document fill in what the command line did not set. */
function applyCliInput(params: PyDict, values: Map<string, ParsedValue>): void {
  const json = values.get('cli_input_json');
  const yamlText = values.get('cli_input_yaml');
  const given = [json, yamlText].filter((v) => v !== null && v !== undefined);
  if (given.length === 0) return;
  if (given.length > 1) throw new ParamValidationError('Only one --cli-input- parameter may be specified.');
  let loaded: PyValue;
  const isJson = json !== null && json !== undefined;
  const text = String(isJson ? json : yamlText);
  if (/^(file|fileb):\/\//.test(text)) {
    const name = isJson ? '--cli-input-json' : '--cli-input-yaml';
    throw new ParamError(name, `Unable to load paramfile ${text}: [Errno 2] No such file or directory: '${text.replace(/^(file|fileb):\/\//, '')}'`);
  }
  if (isJson) {
    try {
      loaded = pyJsonLoads(text);
    } catch {
      throw new ParamError('cli-input-json', 'Invalid JSON received.');
    }
  } else {
    try {
      loaded = toPyValue(loadYaml(text));
    } catch {
      throw new ParamError('cli-input-yaml', 'Invalid YAML received.');
    }
  }
  if (!isPyDict(loaded)) {
    const typeName = Array.isArray(loaded) ? 'list' : loaded === null ? 'NoneType' : typeof loaded === 'string' ? 'str' : typeof loaded === 'boolean' ? 'bool' : loaded instanceof PyFloat ? 'float' : 'int';
    throw new ParamError(isJson ? '--cli-input-json' : '--cli-input-yaml', `Invalid type: expecting map, received <class '${typeName}'>`);
  }
  for (const [key, value] of Object.entries(loaded)) if (!(key in params)) params[key] = value;
}

/** `--generate-cli-skeleton` (botocore ArgumentGenerator). */
function generateSkeleton(run: OperationRun, kind: string): string {
  const shape = cliShape(run.service, kind === 'output' ? run.operation.output : run.operation.input);
  const skeleton = skeletonOf(shape, []);
  if (kind === 'yaml-input') return formatYaml(skeleton);
  return `${pyJsonDumpsIndented(skeleton as PyValue)}\n`;
}

function skeletonOf(shape: CliShape, stack: string[]): PyValue {
  stack.push(shape.name);
  try {
    switch (shape.typeName) {
      case 'structure': {
        const out: PyDict = {};
        if (stack.filter((n) => n === shape.name).length > 1) return out;
        for (const [name, member] of shape.members) out[name] = skeletonOf(member, stack);
        return out;
      }
      case 'list':
        return [skeletonOf(shape.member, stack)];
      case 'map':
        return { KeyName: skeletonOf(shape.value, stack) };
      case 'string':
        return shape.enumValues?.[0] ?? '';
      case 'integer':
      case 'long':
        return 0;
      case 'double':
      case 'float':
        return new PyFloat(0);
      case 'boolean':
        return true;
      case 'timestamp':
        return '1970-01-01T00:00:00';
      default:
        return null;
    }
  } finally {
    stack.pop();
  }
}
