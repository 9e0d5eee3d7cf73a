import type { OperationModel } from '../../engine/model/service-model';
import type { ServiceName } from '../../engine/service-name';
import type { CliHost, CliResult } from '../cli-host';
import { ArgParseError, ArgParser, VersionRequested, type ParsedValue } from '../argparse/arg-parser';
import { operationCommands, serviceCommands, waitersOf, type OperationCommand } from '../model/service-commands';
import { cliName } from '../model/xform-name';
import { PyValueError } from '../python/py-number';
import { CliError, GeneralError, ParamValidationError, PassThroughError, UsageError } from './cli-errors';

export { PassThroughError } from './cli-errors';
import { globalActions, VERSION_STRING, type GlobalOptions, type OutputFormat } from './global-options';
import { providerHelp, serviceHelp, waitHelp } from './help-text';
import { compileQuery, QueryCompileError } from './jmespath-query';
import { runOperation } from './operation-command';
import type { DisplayOptions } from './response-display';
import { generateDbAuthToken } from './generate-db-auth-token';

export type AwsRunOptions = DisplayOptions;

/**
 * The `aws` program: argv without `aws`, the process environment, the sandbox. Never throws
 * (except `PassThroughError`): every failure becomes the CLI's stderr text and exit code.
 */
export async function runAws(argv: readonly string[], env: ReadonlyMap<string, string>, host: CliHost, options: AwsRunOptions = {}): Promise<CliResult> {
  try {
    const stdout = await main(argv, env, host, options);
    return { stdout, stderr: '', exitCode: 0 };
  } catch (error) {
    if (error instanceof PassThroughError) throw error;
    if (error instanceof VersionRequested) return { stdout: `${VERSION_STRING}\n`, stderr: '', exitCode: 0 };
    const cliError = toCliError(error);
    return { stdout: '', stderr: cliError.render(), exitCode: cliError.exitCode };
  }
}

function toCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ArgParseError) return new UsageError(error.message);
  if (error instanceof PyValueError) return new GeneralError(error.message);
  return new GeneralError(error instanceof Error ? error.message : String(error));
}

async function main(argv: readonly string[], env: ReadonlyMap<string, string>, host: CliHost, options: AwsRunOptions): Promise<string> {
  const services = serviceCommands();
  const parser = new ArgParser(globalActions([...services.keys(), 'help']));
  const { values, extras } = parser.parseKnownArgs(argv);
  const globals = resolveGlobals(values, env, host);
  const command = values.get('command') as string;
  if (command === 'help') return providerHelp();
  const service = services.get(command);
  if (!service) throw new UsageError(`argument command: invalid choice: ${command}`);

  const operations = operationCommands(service.service);
  const serviceParser = new ArgParser([{ dest: 'operation', optionStrings: [], nargs: 'one', kind: 'store', choices: [...operations.keys()] }]);
  const parsed = serviceParser.parseKnownArgs(extras);
  const operationName = parsed.values.get('operation') as string;
  const operation = operations.get(operationName) as OperationCommand;
  const rest = parsed.extras;
  switch (operation.kind) {
    case 'help':
      return serviceHelp(service.service, service.name);
    case 'wait':
      return runWait(service.service, service.name, rest, host, globals, options);
    case 'generate-db-auth-token':
      return generateDbAuthToken(rest, globals);
    case 'operation':
      return runOperation(
        {
          host,
          service: service.service,
          serviceCliName: service.name,
          commandName: operation.name,
          operation: operation.operation,
          renames: operation.renames,
          globals,
          display: options,
        },
        rest,
      );
  }
}

function resolveGlobals(values: Map<string, ParsedValue>, env: ReadonlyMap<string, string>, host: CliHost): GlobalOptions {
  const queryText = values.get('query');
  let query;
  if (typeof queryText === 'string') {
    try {
      query = compileQuery(queryText);
    } catch (error) {
      if (error instanceof QueryCompileError) throw new ParamValidationError(`Bad value for --query ${queryText}: ${error.message}`);
      throw error;
    }
  }
  const endpointUrl = values.get('endpoint_url');
  if (typeof endpointUrl === 'string' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(endpointUrl)) {
    throw new ParamValidationError(
      `Bad value for --endpoint-url "${endpointUrl}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
    );
  }
  const output = (values.get('output') as string | null) ?? env.get('AWS_DEFAULT_OUTPUT') ?? 'json';
  if (!['json', 'text', 'table', 'yaml', 'yaml-stream'].includes(output)) throw new GeneralError(`Unknown output type: ${output}`);
  const region = (values.get('region') as string | null) || env.get('AWS_REGION') || env.get('AWS_DEFAULT_REGION') || host.defaultRegion;
  return {
    region,
    output: output as OutputFormat,
    query,
    paginate: values.get('paginate') !== false,
    color: (values.get('color') as 'on' | 'off' | 'auto' | null) ?? 'auto',
    endpointUrl: typeof endpointUrl === 'string' ? endpointUrl : undefined,
    profile: (values.get('profile') as string | null) ?? env.get('AWS_PROFILE'),
  };
}

/** `aws <service> wait <waiter> ...` (awscli/customizations/waiters.py, a BasicCommand). */
async function runWait(
  service: ServiceName,
  serviceName: string,
  args: readonly string[],
  host: CliHost,
  globals: GlobalOptions,
  options: AwsRunOptions,
): Promise<string> {
  const waiters = new Map(waitersOf(service).map((w) => [cliName(w.name), w]));
  const choices = [...waiters.keys()];
  if (!(args.length === 1 && args[0] === 'help')) {
    const probe = new ArgParser([{ dest: 'subcommand', optionStrings: [], nargs: '?', kind: 'store', choices }]);
    const { values } = probe.parseKnownArgs(args);
    const subcommand = values.get('subcommand');
    if (typeof subcommand === 'string') {
      const waiter = waiters.get(subcommand);
      const operation = waiter ? operationByName(service, waiter.operation) : undefined;
      if (!waiter || !operation) throw new GeneralError(`Unknown waiter ${subcommand}`);
      const remaining = [...args];
      remaining.splice(remaining.indexOf(subcommand), 1);
      return runOperation(
        { host, service, serviceCliName: serviceName, commandName: subcommand, operation, globals, display: options, waiter },
        remaining,
      );
    }
    if (args.length > 0) throw new ParamValidationError(`Unknown options: ${args.join(',')}`);
    throw new ParamValidationError(`usage: aws [options] ${serviceName} wait <subcommand> [parameters]\naws: error: too few arguments`);
  }
  return waitHelp(service);
}

function operationByName(service: ServiceName, name: string): OperationModel | undefined {
  for (const command of operationCommands(service).values()) {
    if (command.kind === 'operation' && command.operation.name === name) return command.operation;
  }
  return undefined;
}
