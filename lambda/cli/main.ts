/**
 * `lambda-access-auditor` command line: `demo`, `audit`, `explain`, `sweep`, `compare`, `bundle`,
 * `snapshot`. Exit codes: 0 ok, 1 findings at/above `--fail-on` (or an invalid snapshot for
 * `snapshot --validate`, a failed demo self-check), 2 usage or input errors, 3 the audit could not run.
 *
 * Run in-process with injected I/O: `await main(['demo', '--no-color'], io)` returns the exit code.
 */
import { parseArgs, renderCommandHelp, closest } from './args';
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
import { processIo, type CliIo } from './io';

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

/** The top-level `--help` text. */
export function globalHelp(): string {
  const w = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  return [
    `Usage: ${PROG} <command> [options]`,
    '',
    'Explains why AWS denied a Lambda-related call and proposes the least-privilege fix.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(w)}  ${c.spec.summary}`),
    '',
    `Run "${PROG} <command> --help" for a command's options.`,
    'Exit codes: 0 ok, 1 findings at/above --fail-on, 2 usage or input error, 3 the audit could not run.',
    '',
  ].join('\n');
}

/** The real dependencies, loaded only when a command runs (so `--help` stays instant). */
async function loadDefaultDeps(): Promise<CliDeps> {
  const { defaultDeps } = await import('./default-deps');
  return defaultDeps();
}

function usageError(io: CliIo, message: string, command?: string): number {
  io.stderr.write(`error: ${message}\nRun "${PROG} ${command ? `${command} ` : ''}--help" for usage.\n`);
  return EXIT.USAGE;
}

/** Runs the CLI with `argv` (arguments after the program name). Never throws; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo(), deps?: CliDeps): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(globalHelp());
    return EXIT.USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const target = rest[0] ? COMMANDS.find((c) => c.spec.name === rest[0]) : undefined;
    if (rest[0] && !target) return usageError(io, `unknown command "${rest[0]}"`);
    io.stdout.write(target ? renderCommandHelp(PROG, target.spec) : globalHelp());
    return EXIT.OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${(deps ?? (await loadDefaultDeps())).version}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (!command) {
    const hint = closest(
      name,
      COMMANDS.map((c) => c.spec.name),
    );
    return usageError(io, `unknown command "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
  const parsed = parseArgs(command.spec, rest);
  if (!parsed.ok) return usageError(io, parsed.error.message, name);
  if (parsed.value.help) {
    io.stdout.write(renderCommandHelp(PROG, command.spec));
    return EXIT.OK;
  }
  try {
    return await command.run(parsed.value, { io, deps: deps ?? (await loadDefaultDeps()), prog: PROG });
  } catch (error) {
    if (isAuditorError(error, 'CLI_INPUT')) return usageError(io, error.message, name);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`error: ${name} could not run: ${message}\n`);
    return EXIT.FAILURE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
