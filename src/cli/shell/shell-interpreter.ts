import type { CliHost, CliResult } from '../cli-host';
import { BraceExpansionTooLarge, expandBraces, MAX_BRACE_WORDS } from './brace-expansion';
import type { AndOrList, Command, CommandList, ForLoop, SimpleCommand, Word, WordPart } from './shell-ast';
import { ShellExit, ShellRuntimeError } from './shell-errors';

/** Runs the `aws` program: argv without `aws`, the exported environment. */
export type AwsProgram = (argv: readonly string[], env: ReadonlyMap<string, string>, host: CliHost) => Promise<CliResult>;

interface ShellVariable {
  value: string;
  exported: boolean;
}

const UNKNOWN_COMMAND_HINT = 'sandboxed terminal: only aws and shell built-ins such as echo, export and for are available';
const MAX_LOOP_ITERATIONS = 1000;

/** One terminal run: variables, `$?`, and the accumulated stdout/stderr. */
export class ShellSession {
  stdout = '';
  stderr = '';
  private lastStatus = 0;
  private errexit = false;
  private readonly vars: Map<string, ShellVariable>;

  constructor(
    private readonly host: CliHost,
    private readonly aws: AwsProgram,
    vars: ReadonlyMap<string, ShellVariable>,
  ) {
    this.vars = new Map([...vars].map(([k, v]) => [k, { ...v }]));
  }

  static withEnvironment(host: CliHost, aws: AwsProgram, env: Readonly<Record<string, string>>): ShellSession {
    return new ShellSession(host, aws, new Map(Object.entries(env).map(([k, value]) => [k, { value, exported: true }])));
  }

  get status(): number {
    return this.lastStatus;
  }

  async runList(list: CommandList): Promise<number> {
    for (const andOr of list) {
      const status = await this.runAndOr(andOr);
      if (this.errexit && status !== 0) throw new ShellExit(status);
    }
    return this.lastStatus;
  }

  private async runAndOr(node: AndOrList): Promise<number> {
    let status = await this.runCommand(node.first);
    for (const { op, command } of node.rest) {
      if ((op === '&&' && status === 0) || (op === '||' && status !== 0)) status = await this.runCommand(command);
    }
    return status;
  }

  private async runCommand(command: Command): Promise<number> {
    let status: number;
    try {
      if (command.kind === 'unsupported') {
        this.stderr += `bash: ${command.feature} not supported in this sandboxed terminal\n`;
        status = 127;
      } else if (command.kind === 'for') status = await this.runFor(command);
      else status = await this.runSimple(command);
    } catch (error) {
      if (!(error instanceof ShellRuntimeError)) throw error;
      this.stderr += `${error.message}\n`;
      status = error.exitCode;
    }
    this.lastStatus = status;
    return status;
  }

  private async runFor(loop: ForLoop): Promise<number> {
    const items: string[] = [];
    for (const word of loop.items ?? []) items.push(...(await this.expandWord(word)));
    if (items.length > MAX_LOOP_ITERATIONS) {
      throw new ShellRuntimeError(`bash: for: more than ${MAX_LOOP_ITERATIONS} iterations are not allowed in this sandboxed terminal`, 1);
    }
    let status = 0;
    for (const item of items) {
      this.setVar(loop.variable, item);
      status = await this.runList(loop.body);
    }
    return status;
  }

  private async runSimple(command: SimpleCommand): Promise<number> {
    const assigned: Array<[string, string]> = [];
    let substitutionStatus: number | undefined;
    for (const assignment of command.assignments) {
      const before = this.substitutions;
      assigned.push([assignment.name, await this.expandToString(assignment.value)]);
      if (this.substitutions !== before) substitutionStatus = this.lastStatus;
    }
    const argv: string[] = [];
    for (const word of command.words) argv.push(...(await this.expandWord(word)));
    if (argv.length === 0) {
      for (const [name, value] of assigned) this.setVar(name, value);
      return substitutionStatus ?? 0;
    }
    const [name, ...args] = argv;
    const env = this.exportedEnvironment();
    for (const [k, v] of assigned) env.set(k, v);
    return this.runProgram(name, args, env);
  }

  private async runProgram(name: string, args: string[], env: Map<string, string>): Promise<number> {
    switch (name) {
      case 'echo':
        return this.echo(args);
      case 'export':
        return this.exportBuiltin(args);
      case 'unset':
        for (const arg of args) if (arg !== '-v') this.vars.delete(arg);
        return 0;
      case 'set':
        return this.setBuiltin(args);
      case 'true':
      case ':':
        return 0;
      case 'false':
        return 1;
      case 'exit': {
        const code = args.length > 0 ? Number.parseInt(args[0], 10) : this.lastStatus;
        throw new ShellExit(Number.isNaN(code) ? 2 : code & 0xff);
      }
      case 'sleep':
        return this.sleep(args);
      case 'pwd':
        this.stdout += `${this.getVar('HOME') ?? '/home/learner'}\n`;
        return 0;
      default:
        if (name === 'aws' || name.endsWith('/aws')) {
          const result = await this.aws(args, env, this.host);
          this.stdout += result.stdout;
          this.stderr += result.stderr;
          return result.exitCode;
        }
        this.stderr += `bash: ${name}: command not found (${UNKNOWN_COMMAND_HINT})\n`;
        return 127;
    }
  }

  private echo(args: string[]): number {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
      for (const flag of args[i].slice(1)) {
        if (flag === 'n') newline = false;
        else if (flag === 'e') escapes = true;
        else escapes = false;
      }
    }
    let text = args.slice(i).join(' ');
    if (escapes) {
      const table: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };
      const cut = text.indexOf('\\c');
      if (cut >= 0) {
        text = text.slice(0, cut);
        newline = false;
      }
      text = text.replace(/\\([ntr\\abefv])/g, (_, c: string) => table[c]);
    }
    this.stdout += text + (newline ? '\n' : '');
    return 0;
  }

  private exportBuiltin(args: string[]): number {
    let status = 0;
    for (const arg of args) {
      if (arg === '-p' || arg === '-n') continue;
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        this.stderr += `bash: export: \`${arg}': not a valid identifier\n`;
        status = 1;
        continue;
      }
      const existing = this.vars.get(name);
      this.vars.set(name, { value: eq >= 0 ? arg.slice(eq + 1) : (existing?.value ?? ''), exported: true });
    }
    return status;
  }

  private setBuiltin(args: string[]): number {
    for (const arg of args) {
      if (/^[-+][a-zA-Z]+$/.test(arg) && arg.includes('e')) this.errexit = arg.startsWith('-');
    }
    return 0;
  }

  private async sleep(args: string[]): Promise<number> {
    const units: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
    let seconds = 0;
    for (const arg of args) {
      const m = /^(\d+(?:\.\d+)?|\.\d+)([smhd]?)$/.exec(arg);
      if (!m) {
        this.stderr += `sleep: invalid time interval '${arg}'\n`;
        return 1;
      }
      seconds += Number(m[1]) * units[m[2]];
    }
    if (args.length === 0) {
      this.stderr += 'sleep: missing operand\n';
      return 1;
    }
    // The sandbox runs on virtual time: sleeping advances its clock instead of blocking.
    if (seconds > 0) await this.host.advanceClock(Math.round(seconds * 1000));
    return 0;
  }

  private exportedEnvironment(): Map<string, string> {
    const env = new Map<string, string>();
    for (const [name, variable] of this.vars) if (variable.exported) env.set(name, variable.value);
    return env;
  }

  private getVar(name: string): string | undefined {
    if (name === '?') return String(this.lastStatus);
    if (name === '$') return '4242';
    if (name === '#') return '0';
    if (name === '0') return 'bash';
    if (name === '-') return this.errexit ? 'ehB' : 'hB';
    if (/^[1-9@*!]$/.test(name)) return undefined;
    return this.vars.get(name)?.value;
  }

  private setVar(name: string, value: string): void {
    const existing = this.vars.get(name);
    this.vars.set(name, { value, exported: existing?.exported ?? false });
  }

  private substitutions = 0;

  private async commandSubstitution(body: CommandList): Promise<string> {
    this.substitutions++;
    const child = new ShellSession(this.host, this.aws, this.vars);
    child.errexit = this.errexit;
    let status: number;
    try {
      status = await child.runList(body);
    } catch (error) {
      if (!(error instanceof ShellExit)) throw error;
      status = error.exitCode;
    }
    this.stderr += child.stderr;
    this.lastStatus = status;
    return child.stdout.replace(/\n+$/, '');
  }

  private async expandPart(part: WordPart): Promise<string> {
    if (part.kind === 'literal') return part.text;
    if (part.kind === 'command') return this.commandSubstitution(part.body);
    if (part.name.startsWith('\0bad:')) throw new ShellRuntimeError(`bash: \${${part.name.slice(5)}}: bad substitution`, 1);
    const value = this.getVar(part.name);
    if (part.fallback && (value === undefined || (part.fallbackIfEmpty && value === ''))) {
      return this.expandToString(part.fallback);
    }
    return value ?? '';
  }

  /** Expansion without field splitting (assignments, `${x:-...}` fallbacks). */
  private async expandToString(word: Word): Promise<string> {
    let out = '';
    for (const part of word.parts) out += await this.expandPart(part);
    return out;
  }

  /** Full word expansion: braces, tilde, parameters, command substitution, field splitting. */
  async expandWord(word: Word): Promise<string[]> {
    let expansions: Array<readonly WordPart[]>;
    try {
      expansions = braceExpandParts(word.parts);
    } catch (error) {
      if (!(error instanceof BraceExpansionTooLarge)) throw error;
      throw new ShellRuntimeError(`bash: brace expansion of more than ${MAX_BRACE_WORDS} words is not supported in this sandboxed terminal`, 1);
    }
    const fields: string[] = [];
    for (const parts of expansions) fields.push(...(await this.expandParts(parts)));
    return fields;
  }

  private async expandParts(parts: readonly WordPart[]): Promise<string[]> {
    const fields: string[] = [];
    let current = '';
    let hasCurrent = false;
    for (const [index, part] of parts.entries()) {
      if (part.kind === 'literal') {
        let text = part.text;
        if (index === 0 && !part.quoted && (text === '~' || text.startsWith('~/'))) {
          text = (this.getVar('HOME') ?? '/home/learner') + text.slice(1);
        }
        current += text;
        hasCurrent = hasCurrent || text !== '' || part.quoted;
        continue;
      }
      const value = await this.expandPart(part);
      if (part.quoted) {
        current += value;
        hasCurrent = true;
        continue;
      }
      const pieces = value.split(/[ \t\n]+/);
      const leading = pieces[0] === '';
      const trailing = pieces.length > 1 && pieces[pieces.length - 1] === '';
      const words = pieces.filter((piece) => piece !== '');
      if (words.length === 0) {
        if (value !== '' && hasCurrent) {
          fields.push(current);
          current = '';
          hasCurrent = false;
        }
        continue;
      }
      if (leading && hasCurrent) {
        fields.push(current);
        current = '';
      }
      current += words[0];
      hasCurrent = true;
      for (const word of words.slice(1)) {
        fields.push(current);
        current = word;
      }
      if (trailing) {
        fields.push(current);
        current = '';
        hasCurrent = false;
      }
    }
    if (hasCurrent) fields.push(current);
    return fields;
  }
}

/** Brace expansion applies to unquoted literal text only. */
function braceExpandParts(parts: readonly WordPart[]): Array<readonly WordPart[]> {
  const index = parts.findIndex((part) => part.kind === 'literal' && !part.quoted && part.text.includes('{'));
  if (index < 0) return [parts];
  const part = parts[index] as { kind: 'literal'; text: string; quoted: boolean };
  const expansions = expandBraces(part.text);
  if (expansions.length === 1) return [parts];
  const tails = braceExpandParts(parts.slice(index + 1));
  if (expansions.length * tails.length > MAX_BRACE_WORDS) throw new BraceExpansionTooLarge(part.text);
  return expansions.flatMap((text) => tails.map((tail) => [...parts.slice(0, index), { kind: 'literal' as const, text, quoted: false }, ...tail]));
}
