/**
 * The CLI's only contact with the process: output streams, environment, files and the clock, all
 * injected so commands run in-process in tests (`main(argv, io)`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AuditorError } from '../core/errors';
import { t, type Lang, type MessageKey, type MessageParams } from '../core/i18n';
import { ANSI_STYLE, PLAIN_STYLE, type Style } from '../core/render/style';

/** An output stream. */
export interface OutStream {
  write(text: string): void;
  readonly isTTY?: boolean;
  /** Terminal width when known. */
  readonly columns?: number;
}

/** Everything the CLI reads from or writes to the outside world. */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readFile(path: string): Buffer;
  writeFile(path: string, text: string): void;
  now(): Date;
}

/** The real process: `process.stdout`, `process.stderr`, `process.env`, the file system, the clock. */
export function processIo(): CliIo {
  return {
    stdout: {
      write: (t) => void process.stdout.write(t),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns,
    },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY === true },
    env: process.env,
    readFile: (p) => readFileSync(p),
    writeFile: (p, t) => writeFileSync(p, t),
    now: () => new Date(),
  };
}

/**
 * Whether to color output written to `stream`: `--no-color` and a non-empty `NO_COLOR` turn it off
 * (https://no-color.org), `FORCE_COLOR` (not `0`) turns it on, else only on a TTY with `TERM` not `dumb`.
 */
export function useColor(stream: OutStream, env: CliIo['env'], noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The style for `stream`. */
export function styleFor(stream: OutStream, env: CliIo['env'], noColorFlag: boolean): Style {
  return useColor(stream, env, noColorFlag) ? ANSI_STYLE : PLAIN_STYLE;
}

/** A `CLI_INPUT` error whose message can be shown in any language (`message` is the English one). */
export class CliInputError extends AuditorError {
  /** @param text the message in a language */
  constructor(public readonly text: (lang: Lang) => string) {
    super('CLI_INPUT', text('en'));
  }
}

/**
 * A failure the CLI reports as a usage/input error (exit code 2) with a clear message: fixed English text, or a
 * function giving it in the chosen language.
 */
export function inputError(message: string | ((lang: Lang) => string)): AuditorError {
  return typeof message === 'string' ? new AuditorError('CLI_INPUT', message) : new CliInputError(message);
}

/** An input error from the catalog message `key`. */
export function inputErrorMsg(key: MessageKey, params: MessageParams = {}): AuditorError {
  return inputError((lang) => t(lang, key, params));
}

/** The message of `error` in `lang`: its translation when it has one, else its (English) message. */
export function errorText(error: Error, lang: Lang): string {
  return error instanceof CliInputError ? error.text(lang) : error.message;
}

/** Catalog keys of the things the CLI reads, by their English name. */
const WHAT: Readonly<Record<string, MessageKey>> = {
  snapshot: 'report.cli.what.snapshot',
  'event file': 'report.cli.what.event',
  'suppressions file': 'report.cli.what.suppressions',
  'support bundle': 'report.cli.what.bundle',
  comparison: 'report.cli.what.comparison',
};

/** `what` (an English noun such as `event file`) in `lang`; a noun without a key is shown as given. */
export function whatIn(lang: Lang, what: string): string {
  return Object.hasOwn(WHAT, what) ? t(lang, WHAT[what]) : what;
}

/** Reads a file, turning I/O errors into a `CLI_INPUT` error naming the file and the reason. */
export function readInput(io: CliIo, path: string, what: string): Buffer {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (lang: Lang): string =>
      code === 'ENOENT'
        ? t(lang, 'report.cli.noSuchFile')
        : code === 'EISDIR'
          ? t(lang, 'report.cli.isDirectory')
          : String((error as Error).message);
    throw inputError((lang) =>
      t(lang, 'report.cli.cannotRead', { what: whatIn(lang, what), path, reason: reason(lang) }),
    );
  }
}

/** Reads and parses a JSON file, with errors that name the file. */
export function readJson(io: CliIo, path: string, what: string): unknown {
  const text = readInput(io, path, what).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    throw inputError((lang) => t(lang, 'report.cli.notJson', { what: whatIn(lang, what), path, message }));
  }
}
