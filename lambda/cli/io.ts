/**
 * The CLI's only contact with the process: output streams, environment, files and the clock, all
 * injected so commands run in-process in tests (`main(argv, io)`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AuditorError } from '../core/errors';
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

/** A failure the CLI reports as a usage/input error (exit code 2) with a clear message. */
export function inputError(message: string): AuditorError {
  return new AuditorError('CLI_INPUT', message);
}

/** Reads a file, turning I/O errors into a `CLI_INPUT` error naming the file and the reason. */
export function readInput(io: CliIo, path: string, what: string): Buffer {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((error as Error).message);
    throw inputError(`cannot read ${what} ${path}: ${reason}`);
  }
}

/** Reads and parses a JSON file, with errors that name the file. */
export function readJson(io: CliIo, path: string, what: string): unknown {
  const text = readInput(io, path, what).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
