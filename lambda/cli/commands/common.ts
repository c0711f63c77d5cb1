/**
 * Shared pieces of the commands: the command contract, common options, snapshot loading and the
 * function-name check.
 */
import type { CommandSpec, OptionSpec, ParsedArgs } from '../args';
import { closest } from '../args';
import type { Check } from '../../core/checks/types';
import type { Snapshot } from '../../core/snapshot/types';
import type { CliDeps } from '../deps';
import { inputError, inputErrorMsg, readInput, readJson, styleFor, type CliIo } from '../io';
import { PLAIN_STYLE, type Style } from '../../core/render/style';
import { chooseLang, DEFAULT_LANG, t, type Lang } from '../../core/i18n';
import {
  emit,
  FAIL_ON_CHOICES,
  failOnExitCode,
  FORMATS,
  renderOutcome,
  type Format,
  type RenderContext,
} from '../output';
import type { AuditResult } from '../../core/audit';
import { parseEventFile, type ParsedEvents } from '../pipeline';
import { renderSnapshotProblems } from '../../core/render/snapshot-problems';

/** What every command receives. */
export interface CommandContext {
  readonly io: CliIo;
  readonly deps: CliDeps;
  /** Program name for help and messages. */
  readonly prog: string;
}

/** One command. `run` returns the exit code. */
export interface Command {
  readonly spec: CommandSpec;
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}

/** `--format`. */
export function formatOption(choices: readonly string[] = FORMATS): OptionSpec {
  return {
    name: 'format',
    type: 'string',
    valueName: 'FORMAT',
    choices,
    defaultText: 'table',
    description: 'Output format.',
  };
}

/** `--fail-on`. */
export const FAIL_ON_OPTION: OptionSpec = {
  name: 'fail-on',
  type: 'string',
  valueName: 'SEVERITY',
  choices: FAIL_ON_CHOICES,
  defaultText: 'none',
  description: 'Exit with code 1 when a finding has this severity or a higher one.',
};

/** `--out`. */
export const OUT_OPTION: OptionSpec = {
  name: 'out',
  type: 'string',
  valueName: 'FILE',
  description: 'Write the report to FILE instead of stdout (never colored).',
};

/** `--no-color`. */
export const NO_COLOR_OPTION: OptionSpec = {
  name: 'no-color',
  type: 'boolean',
  description: 'Never use colors (also: NO_COLOR=1; colors are only used on a terminal).',
};

/** `--no-details`. */
export const NO_DETAILS_OPTION: OptionSpec = {
  name: 'no-details',
  type: 'boolean',
  description: 'Table format: print only the findings table and the summary, not each explanation and fix.',
};

/** `--now`. */
export const NOW_OPTION: OptionSpec = {
  name: 'now',
  type: 'string',
  valueName: 'ISO-TIME',
  defaultText: "the snapshot's takenAt",
  description: 'Audit time (UTC) for time-based checks, e.g. access-key age and recent changes.',
};

/** `--lang`: the language of the reports, `--alerts`, help and messages (issue 15, docs/i18n.md). */
export const LANG_OPTION: OptionSpec = {
  name: 'lang',
  type: 'string',
  valueName: 'LANG',
  defaultText: 'from LC_ALL, LC_MESSAGES or LANG (e.g. ja_JP.UTF-8), else en',
  description:
    'Language of the report (table, Markdown, support bundle), the alerts, help and messages: en, de, fr, ja or ko. JSON, SARIF and AWS identifiers are never translated.',
};

const chosenLang = new WeakMap<ParsedArgs, Lang>();

/**
 * The output language from `--lang`, else the locale variables, else English; an unusable value gives English
 * and a note on stderr (once per run).
 */
export function outputLang(args: ParsedArgs, ctx: CommandContext): Lang {
  const known = chosenLang.get(args);
  if (known) return known;
  const choice = chooseLang(str(args, 'lang'), ctx.io.env);
  if (choice.note) ctx.io.stderr.write(`note: ${choice.note}\n`);
  chosenLang.set(args, choice.lang);
  return choice.lang;
}

/** The language of help and messages for a run: {@link outputLang} once chosen, else `--lang` quietly. */
export function messageLang(args: ParsedArgs, ctx: CommandContext): Lang {
  return chosenLang.get(args) ?? chooseLang(str(args, 'lang'), ctx.io.env).lang;
}

/** A string option's value. */
export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable option's values. */
export function list(args: ParsedArgs, name: string): readonly string[] {
  const v = args.options[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** A flag's value. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}

/** The `--format` value. */
export function format(args: ParsedArgs): Format {
  return (str(args, 'format') as Format | undefined) ?? 'table';
}

/** Loads and validates a snapshot file; problems become a `CLI_INPUT` error listing them. */
export function loadSnapshot(ctx: CommandContext, path: string): Snapshot {
  const result = ctx.deps.validateSnapshot(readJson(ctx.io, path, 'snapshot'));
  if (!result.ok) {
    const problems = result.error;
    throw inputError(
      (lang) => `${t(lang, 'report.cli.snapshotInvalid', { path })}\n${renderSnapshotProblems(problems, lang)}`,
    );
  }
  return result.value;
}

/** Warns on stderr when a snapshot is partial (some reads failed), listing the first failed reads. */
export function warnPartial(args: ParsedArgs, ctx: CommandContext, snapshot: Snapshot, shown = 5): void {
  const { partial, failedReads } = snapshot.provenance;
  if (!partial) return;
  const lang = messageLang(args, ctx);
  const lines = failedReads.slice(0, shown).map((r) => `  - ${r.api} on ${r.target}: ${r.errorCode}: ${r.message}`);
  if (failedReads.length > shown)
    lines.push(`  - ${t(lang, 'report.cli.partialMore', { count: failedReads.length - shown })}`);
  const warning = t(lang, 'report.cli.partial', { count: failedReads.length });
  ctx.io.stderr.write(`warning: ${warning}\n${lines.map((l) => `${l}\n`).join('')}`);
}

/** Parses every `--event FILE`; rejected records are reported on stderr. */
export function loadEvents(ctx: CommandContext, paths: readonly string[]): ParsedEvents {
  const denials: ParsedEvents['denials'][number][] = [];
  const rejected: ParsedEvents['rejected'][number][] = [];
  for (const path of paths) {
    const parsed = parseEventFile(ctx.deps, readInput(ctx.io, path, 'event file'), path);
    denials.push(...parsed.denials);
    rejected.push(...parsed.rejected);
  }
  for (const r of rejected) ctx.io.stderr.write(`warning: ${r.source}: ${r.error.code}: ${r.error.message}\n`);
  return { denials, rejected };
}

/** Throws a `CLI_INPUT` error when a `--function` names no function of the snapshot. */
export function checkFunctions(snapshot: Snapshot, names: readonly string[]): void {
  const known = snapshot.functions.flatMap((f) => [f.name, f.arn]);
  for (const name of names) {
    if (known.includes(name)) continue;
    const suggestion = closest(
      name,
      snapshot.functions.map((f) => f.name),
    );
    const count = snapshot.functions.length;
    throw inputError((lang) => {
      const hint = suggestion ? t(lang, 'report.cli.hintQuoted', { suggestion }) : '';
      return t(lang, 'report.cli.noFunction', { name, hint, count });
    });
  }
}

/** Parses `--now`, defaulting to the snapshot time (audits of a snapshot are reproducible). */
export function auditTime(args: ParsedArgs, fallback: string): Date {
  const raw = str(args, 'now') ?? fallback;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw inputErrorMsg('report.cli.badNow', { value: raw });
  return date;
}

/** Styling and width for the report: plain and unbounded when written to `--out`, else per stdout. */
export function outputStyle(args: ParsedArgs, ctx: CommandContext): { style: Style; width?: number } {
  if (str(args, 'out')) return { style: PLAIN_STYLE };
  return { style: styleFor(ctx.io.stdout, ctx.io.env, flag(args, 'no-color')), width: ctx.io.stdout.columns };
}

/** `--check ID`: opt in to a check that is off by default. */
export const CHECK_OPTION: OptionSpec = {
  name: 'check',
  type: 'string',
  valueName: 'ID',
  repeatable: true,
  description: 'Also run this optional check, e.g. LAA-ROLE-TRUST-CONFUSED-DEPUTY.',
};

/** The optional checks named by `--check`; unknown IDs are a usage error listing the valid ones. */
export function extraChecks(args: ParsedArgs, deps: CliDeps): readonly Check[] {
  return list(args, 'check').map((id) => {
    const found = deps.optionalChecks.find((c) => c.id === id);
    if (found) return found;
    const always = deps.checks.some((c) => c.id === id);
    const known = deps.optionalChecks.map((c) => c.id).join(', ') || 'none';
    throw inputErrorMsg(always ? 'report.cli.alwaysRuns' : 'report.cli.unknownCheck', { id, known });
  });
}

/**
 * The output options of a reporting command, in help order: `--format`, `--fail-on`, `--out`, then
 * `--now` / `--check` when the command has them, `--lang`, `--no-details`, `--no-color`.
 */
export function reportOptions(o: { formats?: readonly string[]; now?: boolean; check?: boolean } = {}): OptionSpec[] {
  return [
    formatOption(o.formats),
    FAIL_ON_OPTION,
    OUT_OPTION,
    ...(o.now ? [NOW_OPTION] : []),
    ...(o.check ? [CHECK_OPTION] : []),
    LANG_OPTION,
    NO_DETAILS_OPTION,
    NO_COLOR_OPTION,
  ];
}

/** How the report is rendered, from `--format`, `--no-details`, `--out`, `--no-color` and `--lang`. */
export function renderSettings(
  args: ParsedArgs,
  ctx: CommandContext,
): Pick<RenderContext, 'deps' | 'format' | 'style' | 'width' | 'details' | 'lang'> {
  return {
    deps: ctx.deps,
    format: format(args),
    ...outputStyle(args, ctx),
    details: !flag(args, 'no-details'),
    lang: outputLang(args, ctx),
  };
}

/**
 * Renders an outcome per {@link renderSettings}, writes it to stdout or `--out`, and returns the
 * `--fail-on` exit code.
 */
export function report(
  args: ParsedArgs,
  ctx: CommandContext,
  outcome: AuditResult,
  source: Pick<RenderContext, 'snapshot' | 'denialsParsed' | 'denialsRejected' | 'snapshotPath'>,
): number {
  const settings = renderSettings(args, ctx);
  const { text } = renderOutcome(outcome, { ...settings, ...source });
  const what = t(settings.lang ?? DEFAULT_LANG, 'report.cli.findingsCount', { count: outcome.findings.length });
  emit(ctx.io, text, str(args, 'out'), what, settings.lang);
  return failOnExitCode(outcome.findings, str(args, 'fail-on'));
}
