/**
 * A small, dependency-free command-line parser: `--name value`, `--name=value`, boolean flags,
 * `--` to end options, choices and required options checked, errors returned as data with a hint.
 */
import { err, ok, type Result } from '../core/result';

/** One `--option`. */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly description: string;
  /** Placeholder shown in help, e.g. `FILE`. */
  readonly valueName?: string;
  readonly choices?: readonly string[];
  readonly required?: boolean;
  /** May be given several times (values collected in order). */
  readonly repeatable?: boolean;
  /** Shown in help. */
  readonly defaultText?: string;
}

/** One positional argument. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
}

/** A command: what `--help` prints and what the parser accepts. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly description?: string;
  readonly options: readonly OptionSpec[];
  readonly positionals: readonly PositionalSpec[];
  readonly examples: readonly string[];
}

/** Parsed arguments. Repeatable options are string arrays. */
export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean | readonly string[]>>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/** A usage error: bad arguments (exit code 2). */
export interface UsageError {
  readonly message: string;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest candidate within edit distance 2, for "did you mean" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d <= 2 && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

function unknownOption(spec: CommandSpec, name: string): UsageError {
  const hint = closest(
    name,
    spec.options.map((o) => o.name),
  );
  return { message: `unknown option --${name} for "${spec.name}"${hint ? ` (did you mean --${hint}?)` : ''}` };
}

function checkValue(opt: OptionSpec, value: string): UsageError | undefined {
  if (opt.choices && !opt.choices.includes(value)) {
    return { message: `--${opt.name} must be one of ${opt.choices.join(', ')} (got "${value}")` };
  }
  return undefined;
}

/** Parses `argv` (the arguments after the command name) against `spec`. Never throws. */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): Result<ParsedArgs, UsageError> {
  const options: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') return err({ message: `unknown option ${arg} (options start with --)` });
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const opt = spec.options.find((o) => o.name === name);
    if (!opt) return err(unknownOption(spec, name));
    if (opt.type === 'boolean') {
      if (eq !== -1) return err({ message: `--${name} is a flag and takes no value` });
      options[name] = true;
      continue;
    }
    let value: string | undefined = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
    if (eq === -1) {
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        return err({ message: `--${name} needs a value (${opt.valueName ?? 'VALUE'})` });
      }
      i++;
    }
    value = value ?? '';
    const bad = checkValue(opt, value);
    if (bad) return err(bad);
    if (opt.repeatable) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else if (options[name] !== undefined) return err({ message: `--${name} given more than once` });
    else options[name] = value;
  }
  if (help) return ok({ options, positionals, help });
  return finish(spec, options, positionals);
}

function finish(
  spec: CommandSpec,
  options: Record<string, string | boolean | string[]>,
  positionals: string[],
): Result<ParsedArgs, UsageError> {
  const missing = spec.options.filter((o) => o.required && options[o.name] === undefined);
  if (missing.length > 0) {
    return err({
      message: `missing required option ${missing.map((o) => `--${o.name} ${o.valueName ?? 'VALUE'}`).join(', ')}`,
    });
  }
  const required = spec.positionals.filter((p) => p.required).length;
  if (positionals.length < required) {
    const names = spec.positionals.slice(positionals.length).filter((p) => p.required);
    return err({ message: `missing argument ${names.map((p) => p.name).join(' ')}` });
  }
  if (positionals.length > spec.positionals.length) {
    return err({ message: `unexpected argument "${positionals[spec.positionals.length]}"` });
  }
  return ok({ options, positionals, help: false });
}

function optionLabel(o: OptionSpec): string {
  return o.type === 'boolean' ? `--${o.name}` : `--${o.name} ${o.valueName ?? 'VALUE'}`;
}

/** Renders `--help` text for a command. `prog` is the program name (e.g. `lambda-access-auditor`). */
export function renderCommandHelp(prog: string, spec: CommandSpec): string {
  const usageOpts = spec.options.map((o) => (o.required ? optionLabel(o) : `[${optionLabel(o)}]`));
  const usagePos = spec.positionals.map((p) => (p.required ? p.name : `[${p.name}]`));
  const lines = [`Usage: ${prog} ${[spec.name, ...usageOpts, ...usagePos].join(' ')}`, '', spec.summary];
  if (spec.description) lines.push('', spec.description);
  if (spec.positionals.length > 0) {
    lines.push('', 'Arguments:');
    const w = Math.max(...spec.positionals.map((p) => p.name.length));
    for (const p of spec.positionals) lines.push(`  ${p.name.padEnd(w)}  ${p.description}`);
  }
  const all = [...spec.options, { name: 'help', type: 'boolean', description: 'Show this help.' } as OptionSpec];
  const w = Math.max(...all.map((o) => optionLabel(o).length));
  lines.push('', 'Options:');
  for (const o of all) {
    const extra = [
      ...(o.choices ? [`one of: ${o.choices.join(', ')}`] : []),
      ...(o.defaultText ? [`default: ${o.defaultText}`] : []),
      ...(o.required ? ['required'] : []),
      ...(o.repeatable ? ['repeatable'] : []),
    ];
    lines.push(`  ${optionLabel(o).padEnd(w)}  ${o.description}${extra.length ? ` (${extra.join('; ')})` : ''}`);
  }
  if (spec.examples.length > 0) lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}
