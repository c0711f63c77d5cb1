/**
 * A small, dependency-free command-line parser: `--name value`, `--name=value`, boolean flags,
 * `--` to end options, choices and required options checked, errors returned as data with a hint.
 * Help and error messages come from the catalog in the chosen language (issue 15; catalog/report-help.ts,
 * report-options.ts, report-cli.ts).
 */
import { CATALOGS, DEFAULT_LANG, t, translator, type Lang, type MessageKey, type MessageParams } from '../core/i18n';
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

/** A usage error: bad arguments (exit code 2). `message` is English; {@link usageText} gives other languages. */
export interface UsageError {
  readonly message: string;
}

/** The translations of the usage errors the parser made (kept off the error, which stays plain data). */
const TRANSLATIONS = new WeakMap<UsageError, (lang: Lang) => string>();

/** A usage error whose message is `text` in a language (English `message`). */
export function localizedUsageError(text: (lang: Lang) => string): UsageError {
  const error = { message: text('en') };
  TRANSLATIONS.set(error, text);
  return error;
}

/** A usage error from the catalog message `key`. */
export function usageError(key: MessageKey, params: MessageParams = {}): UsageError {
  return localizedUsageError((lang) => t(lang, key, params));
}

/** The message of `error` in `lang` (its English message when it has no translation). */
export function usageText(error: UsageError, lang: Lang): string {
  return TRANSLATIONS.get(error)?.(lang) ?? error.message;
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
  const option = closest(
    name,
    spec.options.map((o) => o.name),
  );
  const hint = (lang: Lang): string => (option ? t(lang, 'report.cli.hintOption', { option }) : '');
  return localizedUsageError((lang) =>
    t(lang, 'report.cli.unknownOption', { name, command: spec.name, hint: hint(lang) }),
  );
}

function checkValue(opt: OptionSpec, value: string): UsageError | undefined {
  if (opt.choices && !opt.choices.includes(value)) {
    return usageError('report.cli.oneOf', { name: opt.name, choices: opt.choices.join(', '), value });
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
      if (arg.startsWith('-') && arg !== '-') return err(usageError('report.cli.notAnOption', { arg }));
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const opt = spec.options.find((o) => o.name === name);
    if (!opt) return err(unknownOption(spec, name));
    if (opt.type === 'boolean') {
      if (eq !== -1) return err(usageError('report.cli.flagNoValue', { name }));
      options[name] = true;
      continue;
    }
    let value: string | undefined = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
    if (eq === -1) {
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        return err(usageError('report.cli.needsValue', { name, valueName: opt.valueName ?? 'VALUE' }));
      }
      i++;
    }
    value = value ?? '';
    const bad = checkValue(opt, value);
    if (bad) return err(bad);
    if (opt.repeatable) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else if (options[name] !== undefined) return err(usageError('report.cli.twice', { name }));
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
    const list = missing.map((o) => `--${o.name} ${o.valueName ?? 'VALUE'}`).join(', ');
    return err(usageError('report.cli.missingOption', { options: list }));
  }
  const required = spec.positionals.filter((p) => p.required).length;
  if (positionals.length < required) {
    const names = spec.positionals.slice(positionals.length).filter((p) => p.required);
    return err(usageError('report.cli.missingArgument', { names: names.map((p) => p.name).join(' ') }));
  }
  if (positionals.length > spec.positionals.length) {
    return err(usageError('report.cli.unexpected', { arg: positionals[spec.positionals.length] }));
  }
  return ok({ options, positionals, help: false });
}

function optionLabel(o: OptionSpec): string {
  return o.type === 'boolean' ? `--${o.name}` : `--${o.name} ${o.valueName ?? 'VALUE'}`;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGS.en, key);
}

/**
 * A help text in `lang`: the first catalog message among `keys` whose English is exactly `english` (the spec's
 * text), else `english` itself, so a spec edited without its catalog entry never shows a stale translation.
 */
export function helpText(lang: Lang, keys: readonly string[], english: string): string {
  const key = keys.filter(isMessageKey).find((k) => t('en', k) === english);
  return key ? t(lang, key) : english;
}

function optionText(lang: Lang, command: string, o: OptionSpec): { description: string; defaultText?: string } {
  const keys = (suffix: string): string[] => [
    `report.opt.${command}.${o.name}${suffix}`,
    `report.opt.${o.name}${suffix}`,
  ];
  return {
    description: helpText(lang, keys(''), o.description),
    defaultText: o.defaultText === undefined ? undefined : helpText(lang, keys('.default'), o.defaultText),
  };
}

function optionLines(lang: Lang, spec: CommandSpec): string[] {
  const tr = translator(lang);
  const help: OptionSpec = { name: 'help', type: 'boolean', description: tr('report.help.help') };
  const all = [...spec.options, help];
  const w = Math.max(...all.map((o) => optionLabel(o).length));
  return all.map((o) => {
    const text = o === help ? { description: o.description } : optionText(lang, spec.name, o);
    const extra = [
      ...(o.choices ? [tr('report.help.oneOf', { list: o.choices.join(', ') })] : []),
      ...(text.defaultText ? [tr('report.help.default', { value: text.defaultText })] : []),
      ...(o.required ? [tr('report.help.required')] : []),
      ...(o.repeatable ? [tr('report.help.repeatable')] : []),
    ];
    return `  ${optionLabel(o).padEnd(w)}  ${text.description}${extra.length ? ` (${extra.join('; ')})` : ''}`;
  });
}

/**
 * Renders `--help` text for a command in `lang` (default English). `prog` is the program name (e.g.
 * `lambda-access-auditor`); option names, values and examples stay verbatim.
 */
export function renderCommandHelp(prog: string, spec: CommandSpec, lang: Lang = DEFAULT_LANG): string {
  const tr = translator(lang);
  const cmd = spec.name;
  const usageOpts = spec.options.map((o) => (o.required ? optionLabel(o) : `[${optionLabel(o)}]`));
  const usagePos = spec.positionals.map((p) => (p.required ? p.name : `[${p.name}]`));
  const usage = `${prog} ${[cmd, ...usageOpts, ...usagePos].join(' ')}`;
  const lines = [tr('report.help.usage', { usage }), '', helpText(lang, [`report.help.${cmd}.summary`], spec.summary)];
  if (spec.description) lines.push('', helpText(lang, [`report.help.${cmd}.description`], spec.description));
  if (spec.positionals.length > 0) {
    lines.push('', tr('report.help.arguments'));
    const w = Math.max(...spec.positionals.map((p) => p.name.length));
    for (const p of spec.positionals)
      lines.push(`  ${p.name.padEnd(w)}  ${helpText(lang, [`report.help.${cmd}.arg.${p.name}`], p.description)}`);
  }
  lines.push('', tr('report.help.options'), ...optionLines(lang, spec));
  if (spec.examples.length > 0) lines.push('', tr('report.help.examples'), ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}
