/**
 * `lambda-access-auditor` command line: `demo`, `audit`, `explain`, `sweep`, `compare`, `bundle`,
 * `snapshot`. Exit codes: 0 ok, 1 findings at/above `--fail-on` (or an invalid snapshot for
 * `snapshot --validate`, a failed demo self-check), 2 usage or input errors, 3 the audit could not run.
 *
 * Run in-process with injected I/O: `await main(['demo', '--no-color'], io)` returns the exit code.
 */
import {
  closest,
  helpText,
  localizedUsageError,
  parseArgs,
  renderCommandHelp,
  usageText,
  type UsageError,
} from './args';
import { AUDIT_COMMAND } from './commands/audit';
import { BUNDLE_COMMAND } from './commands/bundle';
import type { Command } from './commands/common';
import { COMPARE_COMMAND } from './commands/compare';
import { DEMO_COMMAND } from './commands/demo';
import { EXPLAIN_COMMAND } from './commands/explain';
import { SNAPSHOT_COMMAND } from './commands/snapshot';
import { SWEEP_COMMAND } from './commands/sweep';
import type { CliDeps } from './deps';
import { isAuditorError } from '../core/errors';
import { errorText, processIo, type CliIo } from './io';
import { chooseLang, t, translator, type Lang } from '../core/i18n';

/** Program name in help and messages. */
export const PROG = 'lambda-access-auditor';

/** Every command, in help order. */
export const COMMANDS: readonly Command[] = [
  DEMO_COMMAND,
  AUDIT_COMMAND,
  EXPLAIN_COMMAND,
  SWEEP_COMMAND,
  COMPARE_COMMAND,
  BUNDLE_COMMAND,
  SNAPSHOT_COMMAND,
];

/** Exit codes. */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, FAILURE: 3 } as const;

/** The top-level `--help` text in `lang` (default English). */
export function globalHelp(lang: Lang = 'en'): string {
  const tr = translator(lang);
  const w = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  const summary = (c: Command): string => helpText(lang, [`report.help.${c.spec.name}.summary`], c.spec.summary);
  return [
    tr('report.help.usage', { usage: `${PROG} <command> [options]` }),
    '',
    tr('report.help.tagline'),
    '',
    tr('report.help.commands'),
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(w)}  ${summary(c)}`),
    '',
    tr('report.help.runCommandHelp', { command: `${PROG} <command> --help` }),
    tr('report.help.exitCodes'),
    '',
  ].join('\n');
}

/**
 * The language of help and messages: `--lang X` / `--lang=X` among the arguments (before `--`), else the locale
 * variables, else English (the same choice as the commands' `outputLang`, which prints the note when unusable).
 */
export function argvLang(argv: readonly string[], env: CliIo['env']): Lang {
  let explicit: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') explicit = argv[i + 1];
    else if (argv[i].startsWith('--lang=')) explicit = argv[i].slice('--lang='.length);
  }
  return chooseLang(explicit, env).lang;
}

/** The real dependencies, loaded only when a command runs (so `--help` stays instant). */
async function loadDefaultDeps(): Promise<CliDeps> {
  const { defaultDeps } = await import('./default-deps');
  return defaultDeps();
}

function usageError(io: CliIo, lang: Lang, error: UsageError, command?: string): number {
  const message = usageText(error, lang);
  const help = t(lang, 'report.cli.runHelp', { command: `${PROG} ${command ? `${command} ` : ''}--help` });
  io.stderr.write(`error: ${message}\n${help}\n`);
  return EXIT.USAGE;
}

/** `unknown command "x"`, with a "did you mean" hint when `hint` and a close command exists. */
function unknownCommand(io: CliIo, lang: Lang, name: string, hint: boolean): number {
  const suggestion = hint
    ? closest(
        name,
        COMMANDS.map((c) => c.spec.name),
      )
    : undefined;
  const error = localizedUsageError((l) =>
    t(l, 'report.cli.unknownCommand', { name, hint: suggestion ? t(l, 'report.cli.hintQuoted', { suggestion }) : '' }),
  );
  return usageError(io, lang, error);
}

/** Runs the CLI with `argv` (arguments after the program name). Never throws; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo(), deps?: CliDeps): Promise<number> {
  const [name, ...rest] = argv;
  const lang = argvLang(argv, io.env);
  if (name === undefined) {
    io.stderr.write(globalHelp(lang));
    return EXIT.USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const target = rest[0] && !rest[0].startsWith('--') ? COMMANDS.find((c) => c.spec.name === rest[0]) : undefined;
    if (rest[0] && !rest[0].startsWith('--') && !target) return unknownCommand(io, lang, rest[0], false);
    io.stdout.write(target ? renderCommandHelp(PROG, target.spec, lang) : globalHelp(lang));
    return EXIT.OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${(deps ?? (await loadDefaultDeps())).version}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (!command) return unknownCommand(io, lang, name, true);
  const parsed = parseArgs(command.spec, rest);
  if (!parsed.ok) return usageError(io, lang, parsed.error, name);
  if (parsed.value.help) {
    io.stdout.write(renderCommandHelp(PROG, command.spec, lang));
    return EXIT.OK;
  }
  try {
    return await command.run(parsed.value, { io, deps: deps ?? (await loadDefaultDeps()), prog: PROG });
  } catch (error) {
    if (isAuditorError(error, 'CLI_INPUT')) return usageError(io, lang, { message: errorText(error, lang) }, name);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`error: ${t(lang, 'report.cli.couldNotRun', { command: name, message })}\n`);
    return EXIT.FAILURE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
