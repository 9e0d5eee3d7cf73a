import type { CliCatalogView, CliCommandOption } from '../api/cli-catalog-types';
import type { CommandOptionsLookup, CommandRef } from './cli-diagnostics';
import { programWords, scanShellWords, type ShellWord } from './shell-words';

export type CliCompletionKind = 'program' | 'service' | 'command' | 'waiter' | 'option' | 'global-option' | 'value';

export interface CliCompletionItem {
  readonly label: string;
  readonly kind: CliCompletionKind;
  /** Shown beside the label: the option's type, `required`, `global`. */
  readonly detail?: string;
  readonly required?: boolean;
  /** Required options first, then the command's options in the CLI's order, then global options. */
  readonly sortText: string;
}

export type CliCompletionResult =
  | {
      readonly kind: 'items';
      /** How many characters before the cursor the chosen item replaces (the part already typed). */
      readonly replaceLength: number;
      readonly items: readonly CliCompletionItem[];
    }
  | { readonly kind: 'needs'; readonly ref: CommandRef };

const NOTHING: CliCompletionResult = { kind: 'items', replaceLength: 0, items: [] };
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;
const REGION_OPTION = /^--(?:.+-)?region$/;

export interface CliCompletionSources {
  readonly catalog: CliCatalogView;
  readonly optionsFor: CommandOptionsLookup;
  /** Offered first after `--region`: the sandbox's own region. */
  readonly preferredRegion?: string;
}

/**
 * What to offer at the end of `text` (the command around the cursor, up to the cursor): services
 * after `aws `, commands after `aws <service> `, waiters after `wait `, the command's options not
 * used yet (and the global ones) after `-` or a finished value, and an option's values after it.
 */
export function cliCompletions(text: string, sources: CliCompletionSources): CliCompletionResult {
  const words = scanShellWords(text).commandAtEnd.words;
  const last = words.at(-1);
  const partialWord = last && last.end === text.length ? last : undefined;
  if (partialWord && (partialWord.value === undefined || partialWord.unterminated || partialWord.raw !== partialWord.value)) return NOTHING;
  const partial = partialWord?.value ?? '';
  const program = programWords(partialWord ? words.slice(0, -1) : words);
  if (program.length === 0) {
    return 'aws'.startsWith(partial) && !partial.startsWith('-')
      ? { kind: 'items', replaceLength: partial.length, items: [{ label: 'aws', kind: 'program', sortText: '0' }] }
      : NOTHING;
  }
  if (program[0].value !== 'aws') return NOTHING;
  return new AwsCompletion(sources, program.slice(1)).complete(partial);
}

class AwsCompletion {
  private readonly positionals: Array<string | undefined> = [];
  private readonly usedOptions: string[] = [];
  private readonly globals: readonly CliCommandOption[];

  constructor(
    private readonly sources: CliCompletionSources,
    private readonly args: readonly ShellWord[],
  ) {
    this.globals = sources.catalog.globalOptions;
    // The global parser sees the whole line first: its options and their values are not positionals.
    for (let i = 0; i < args.length; i++) {
      const value = args[i].value;
      if (value !== undefined && isOptionWord(value)) {
        const name = value.split('=')[0];
        this.usedOptions.push(name);
        if (resolveOption(name, this.globals)?.arity === 'one' && !value.includes('=')) i++;
      } else this.positionals.push(value);
    }
  }

  complete(partial: string): CliCompletionResult {
    const assignment = /^(--[\w-]+)=(.*)$/.exec(partial);
    if (assignment) return this.valuesOf(assignment[1], assignment[2]) ?? NOTHING;
    if (partial.startsWith('-')) return this.options(partial.length);
    const previous = this.args.at(-1)?.value;
    if (previous !== undefined && isOptionWord(previous) && !previous.includes('=')) {
      const answer = this.valuesOf(previous, partial);
      if (answer !== undefined) return answer;
    }
    const [serviceName, commandName] = this.positionals;
    const service = this.sources.catalog.services.find((s) => s.name === serviceName);
    switch (this.positionals.length) {
      case 0:
        return this.items(partial, this.sources.catalog.services.map((s) => s.name), 'service');
      case 1:
        return service ? this.items(partial, [...service.commands, 'help'], 'command') : NOTHING;
      case 2:
        if (service && commandName === 'wait') return this.items(partial, service.waiters, 'waiter');
        break;
    }
    return partial === '' ? this.options(0) : NOTHING;
  }

  /** `aws <service> <command>` or `aws <service> wait <waiter>` when the line names a real one. */
  private commandPath(): CommandRef | undefined {
    const [serviceName, commandName, waiterName] = this.positionals;
    const service = this.sources.catalog.services.find((s) => s.name === serviceName);
    if (!service || commandName === undefined || !service.commands.includes(commandName)) return undefined;
    if (commandName !== 'wait') return { service: service.name, command: [commandName] };
    return waiterName !== undefined && service.waiters.includes(waiterName) ? { service: service.name, command: ['wait', waiterName] } : undefined;
  }

  /** The command's options, or `needs` while they load; none for an unknown command. */
  private commandOptions(): readonly CliCommandOption[] | { readonly needs: CommandRef } {
    const path = this.commandPath();
    if (!path) return [];
    const options = this.sources.optionsFor(path.service, path.command);
    if (options === 'loading') return { needs: path };
    return options ?? [];
  }

  private options(replaceLength: number): CliCompletionResult {
    const commandOptions = this.commandOptions();
    if ('needs' in commandOptions) return { kind: 'needs', ref: commandOptions.needs };
    const used = new Set<string>();
    for (const name of this.usedOptions) {
      const option = resolveOption(name, this.globals) ?? resolveOption(name, commandOptions);
      if (option) used.add(option.name);
    }
    const isFree = (option: CliCommandOption, table: readonly CliCommandOption[]) =>
      option.documented && !used.has(option.name) && !used.has(booleanPairOf(option.name, table) ?? '');
    const items: CliCompletionItem[] = [];
    commandOptions.forEach((option, index) => {
      if (!isFree(option, commandOptions)) return;
      items.push({
        label: option.name,
        kind: 'option',
        detail: option.required ? `required · ${option.type}` : option.type,
        required: option.required,
        sortText: `${option.required ? 0 : 1}${String(index).padStart(4, '0')}`,
      });
    });
    this.globals.forEach((option, index) => {
      if (!isFree(option, this.globals) || option.name === '--version') return;
      items.push({ label: option.name, kind: 'global-option', detail: `global · ${option.type}`, sortText: `2${String(index).padStart(4, '0')}` });
    });
    return { kind: 'items', replaceLength, items };
  }

  /** After an option that takes a value: its enum values or regions; `undefined` if it takes none. */
  private valuesOf(optionWord: string, partial: string): CliCompletionResult | undefined {
    let option = resolveOption(optionWord, this.globals);
    if (!option) {
      const commandOptions = this.commandOptions();
      if ('needs' in commandOptions) return { kind: 'needs', ref: commandOptions.needs };
      option = resolveOption(optionWord, commandOptions);
    }
    if (!option || option.arity === 'none') return undefined;
    let values = option.enumValues ?? [];
    if (values.length === 0 && REGION_OPTION.test(option.name)) {
      const preferred = this.sources.preferredRegion;
      values = preferred ? [preferred, ...this.sources.catalog.regions.filter((r) => r !== preferred)] : this.sources.catalog.regions;
    }
    return {
      kind: 'items',
      replaceLength: partial.length,
      items: values.map((value, index) => ({ label: value, kind: 'value', detail: option.name, sortText: String(index).padStart(4, '0') })),
    };
  }

  private items(partial: string, labels: readonly string[], kind: CliCompletionKind): CliCompletionResult {
    return {
      kind: 'items',
      replaceLength: partial.length,
      items: labels.map((label, index) => ({ label, kind, sortText: String(index).padStart(4, '0') })),
    };
  }
}

function isOptionWord(value: string): boolean {
  return value.startsWith('-') && value.length > 1 && !NEGATIVE_NUMBER.test(value);
}

/** What argparse would take `name` for: the option itself, or the only one it abbreviates. */
function resolveOption(name: string, options: readonly CliCommandOption[]): CliCommandOption | undefined {
  const exact = options.find((option) => option.name === name);
  if (exact) return exact;
  if (!name.startsWith('--')) return undefined;
  const matches = options.filter((option) => option.name.startsWith(name));
  return matches.length === 1 ? matches[0] : undefined;
}

/** `--deletion-protection` <-> `--no-deletion-protection`: giving one rules out the other. */
function booleanPairOf(name: string, options: readonly CliCommandOption[]): string | undefined {
  const pair = name.startsWith('--no-') ? `--${name.slice(5)}` : `--no-${name.slice(2)}`;
  return options.some((option) => option.name === pair && option.arity === 'none') ? pair : undefined;
}
