/** In-memory I/O and fake dependencies for running the CLI in-process. */
import type { Check } from '../../lambda/core/checks/types';
import type { DeniedRequest } from '../../lambda/core/cloudtrail/types';
import { err, ok } from '../../lambda/core/result';
import type { FunctionInfo, Snapshot } from '../../lambda/core/snapshot/types';
import { validateSnapshot } from '../../lambda/core/snapshot/validate';
import type { CliDeps, SweepCollector } from '../../lambda/cli/deps';
import type { CliIo } from '../../lambda/cli/io';
import { main } from '../../lambda/cli/main';
import { buildSnapshot } from '../../examples/demo-account/build';
import { HEALTHY_SCENARIOS } from '../../examples/demo-account/healthy';
import { DENIAL, functionFinding } from '../support/factory';

/** A captured CLI run. */
export interface MemoryIo {
  readonly io: CliIo;
  out(): string;
  err(): string;
  readonly files: Map<string, string | Buffer>;
}

/** In-memory I/O: `files` are readable, writes land in `files`. */
export function memoryIo(
  options: {
    files?: Record<string, string | Buffer>;
    tty?: boolean;
    env?: Record<string, string>;
    columns?: number;
  } = {},
): MemoryIo {
  let out = '';
  let errText = '';
  const files = new Map<string, string | Buffer>(Object.entries(options.files ?? {}));
  const io: CliIo = {
    stdout: { write: (t) => void (out += t), isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (t) => void (errText += t), isTTY: options.tty ?? false },
    env: options.env ?? {},
    readFile: (p) => {
      const f = files.get(p);
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return Buffer.isBuffer(f) ? f : Buffer.from(f);
    },
    writeFile: (p, t) => void files.set(p, t),
    now: () => new Date('2026-11-21T00:00:00Z'),
  };
  return { io, out: () => out, err: () => errText, files };
}

/** Function check: fails for functions whose name starts with `broken`. */
export const BROKEN_CHECK: Check = {
  id: 'TEST-BROKEN',
  title: 'Function is not broken',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  scope: 'function',
  run: ({ fn }) =>
    fn && fn.name.startsWith('broken')
      ? { status: 'fail', findings: [functionFinding('TEST-BROKEN', fn, 'high')] }
      : { status: 'pass', findings: [] },
};

/** Event check: one low finding per denial. */
export const EVENT_CHECK: Check = {
  id: 'TEST-EVENT',
  title: 'Denial explained',
  category: 'execution-role',
  defaultSeverity: 'low',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  scope: 'event',
  run: ({ denial, snapshot }) => {
    if (!denial) return { status: 'not-applicable', findings: [] };
    const fn = snapshot.functions[0];
    return { status: 'fail', findings: [{ ...functionFinding('TEST-EVENT', fn, 'low'), fingerprint: denial.eventId }] };
  },
};

/** Optional check: medium finding for every function. */
export const OPTIONAL_CHECK: Check = {
  id: 'TEST-OPTIONAL',
  title: 'Optional',
  category: 'hygiene',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  scope: 'function',
  run: ({ fn }) => ({ status: 'fail', findings: fn ? [{ ...functionFinding('TEST-OPTIONAL', fn, 'medium') }] : [] }),
};

/** A broken function added to the healthy demo scenarios. */
export const BROKEN_FN: FunctionInfo = {
  ...HEALTHY_SCENARIOS[1].functions![0],
  arn: 'arn:aws:lambda:us-east-1:111122223333:function:broken-fn',
  name: 'broken-fn',
};

/** A small valid snapshot: the healthy demo functions plus `broken-fn`. */
export function testSnapshot(): Snapshot {
  return buildSnapshot([
    ...HEALTHY_SCENARIOS,
    { id: 'broken', description: 'broken', functions: [BROKEN_FN], expectedSweep: ['TEST-BROKEN'] },
  ]);
}

/** An EventBridge-like envelope the fake parser accepts (event id from `detail.eventID`). */
export function envelope(eventId: string): unknown {
  return { 'detail-type': 'AWS API Call via CloudTrail', detail: { eventID: eventId, errorCode: 'AccessDenied' } };
}

function fakeParse(input: unknown) {
  const detail = (input as { detail?: { eventID?: string; errorCode?: string } } | null)?.detail;
  if (!detail?.errorCode) return err({ code: 'NOT_AN_AUTHORIZATION_FAILURE', message: 'no errorCode' });
  const denial: DeniedRequest = { ...DENIAL, eventId: detail.eventID ?? 'EV' };
  return ok(denial);
}

/** Fake dependencies: the test checks, a fake CloudTrail parser, the real snapshot validator. */
export function fakeDeps(overrides: Partial<CliDeps> = {}): CliDeps {
  return {
    version: '9.9.9-test',
    checks: [BROKEN_CHECK, EVENT_CHECK],
    optionalChecks: [OPTIONAL_CHECK],
    parseDenial: fakeParse,
    parseLogFile: (text) => {
      const records = (JSON.parse(text.toString()) as { Records: unknown[] }).Records;
      return ok(records.map((r) => fakeParse({ detail: r })));
    },
    validateSnapshot,
    loadCatalog: () => undefined,
    demoAccount: async () => ({
      snapshot: testSnapshot(),
      scenarios: [
        ...HEALTHY_SCENARIOS,
        {
          id: 'broken',
          description: 'broken',
          functions: [BROKEN_FN],
          expectedSweep: ['TEST-BROKEN'],
          events: [{ envelope: envelope('EV-DEMO'), expected: ['TEST-EVENT'] }],
        },
      ],
    }),
    collector: async (): Promise<SweepCollector> => ({ collectAccount: async () => testSnapshot() }),
    ...overrides,
  };
}

/** The test snapshot and one CloudTrail event envelope, as the CLI tests' default files. */
export function standardFiles(): Record<string, string> {
  return { 'snap.json': JSON.stringify(testSnapshot()), 'ev.json': JSON.stringify(envelope('EV-9')) };
}

/**
 * Runs the CLI on in-memory I/O and returns its exit code, output and files.
 * @param argv the arguments
 * @param opts in-memory I/O options; `files`, when given, replace {@link standardFiles}
 * @param deps the injected dependencies
 */
export async function runCli(
  argv: string[],
  opts: Parameters<typeof memoryIo>[0] = {},
  deps: CliDeps = fakeDeps(),
): Promise<{ code: number; out: string; err: string; files: Map<string, string | Buffer> }> {
  const m = memoryIo({ files: standardFiles(), ...opts });
  const code = await main(argv, m.io, deps);
  return { code, out: m.out(), err: m.err(), files: m.files };
}
