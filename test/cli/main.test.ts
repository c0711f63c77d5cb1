import { COMMANDS } from '../../lambda/cli/main';
import { BROKEN_FN, envelope, fakeDeps, runCli as run, standardFiles, testSnapshot } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const files = standardFiles();
const SNAP = files['snap.json'];

describe('help', () => {
  it('prints the command list for --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.out).toContain(`  ${c.spec.name}`);
  });

  it.each(COMMANDS.map((c) => c.spec.name))('has --help for %s', async (name) => {
    const r = await run([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Usage: lambda-access-auditor ${name}`));
    expect(r.out).toContain('Options:');
    expect(r.err).toBe('');
  });

  it('supports "help COMMAND"', async () => {
    const r = await run(['help', 'audit']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: lambda-access-auditor audit --snapshot FILE');
  });

  it('prints the version', async () => {
    expect((await run(['--version'])).out).toBe('9.9.9-test\n');
  });
});

describe('usage errors exit 2 with a message on stderr', () => {
  it.each<[string[], string]>([
    [[], 'Usage: lambda-access-auditor <command>'],
    [['adit'], 'error: unknown command "adit" (did you mean "audit"?)'],
    [['help', 'nope'], 'error: unknown command "nope"'],
    [['audit'], 'error: missing required option --snapshot FILE'],
    [['audit', '--snapshot', 'snap.json', '--format', 'xml'], '--format must be one of table, json, sarif, markdown'],
    [
      ['audit', '--snapshot', 'snap.json', '--fail-on', 'urgent'],
      '--fail-on must be one of critical, high, medium, low, info, none',
    ],
    [['audit', '--snapshot', 'missing.json'], 'error: cannot read snapshot missing.json: no such file'],
    [
      ['audit', '--snapshot', 'snap.json', '--function', 'brokn-fn'],
      'no function "brokn-fn" in the snapshot (did you mean "broken-fn"?)',
    ],
    [['audit', '--snapshot', 'snap.json', '--now', 'yesterday'], '--now must be an ISO-8601 time (got "yesterday")'],
    [
      ['audit', '--snapshot', 'snap.json', '--check', 'TEST-BROKEN'],
      'TEST-BROKEN always runs; --check only enables optional checks (TEST-OPTIONAL)',
    ],
    [
      ['audit', '--snapshot', 'snap.json', '--check', 'NOPE'],
      'unknown optional check NOPE (optional checks: TEST-OPTIONAL)',
    ],
    [['explain', '--event', 'snap.json'], 'no authorization failure found in snap.json'],
    [['sweep', '--region', 'mars'], '--region must look like us-east-1 (got "mars")'],
    [['sweep', '--region', 'us-east-1', '--concurrency', '0'], '--concurrency must be an integer from 1 to 64'],
    [['compare', '--snapshot', 'snap.json', 'broken-fn'], 'missing argument B'],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('names the broken JSON and the invalid snapshot fields', async () => {
    const bad = await run(['audit', '--snapshot', 'x.json'], { files: { 'x.json': '{"schemaVersion": 1' } });
    expect(bad.err).toContain('snapshot x.json is not valid JSON');
    const invalid = await run(['audit', '--snapshot', 'y.json'], { files: { 'y.json': '{"schemaVersion": 7}' } });
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('schemaVersion: unsupported schema version 7');
  });

  it.each([
    [
      'de',
      'Snapshot y.json ist ungültig:',
      'schemaVersion: nicht unterstützte Schemaversion 7; dieser Auditor liest schemaVersion 1 oder 2',
    ],
    [
      'ja',
      'y.json',
      'schemaVersion: サポートされていないスキーマバージョン 7 です。この監査ツールが読み取る schemaVersion は 1または2 です',
    ],
  ])('--lang %s: an invalid --snapshot lists its problems in that language', async (lang, head, problem) => {
    const invalid = await run(['audit', '--snapshot', 'y.json', '--lang', lang], {
      files: { 'y.json': '{"schemaVersion": 7}' },
    });
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain(head);
    expect(invalid.err).toContain(problem);
  });
});

describe('explain', () => {
  it('shows the classification without a snapshot', async () => {
    const r = await run(['explain', '--event', 'ev.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Denied: dynamodb:PutItem');
    expect(r.out).toContain('Class         execution-role');
    expect(r.out).toContain('Add --snapshot FILE');
  });

  it('runs only the event checks with a snapshot', async () => {
    const r = await run(['explain', '--event', 'ev.json', '--snapshot', 'snap.json', '--format', 'json']);
    const report = JSON.parse(r.out);
    expect(report.denials.map((d: any) => d.eventId)).toEqual(['EV-9']);
    expect(report.findings.map((f: any) => f.checkId)).toEqual(['TEST-EVENT']);
  });

  it('accepts a JSON array of events and exits 1 with --fail-on low', async () => {
    const opts = { files: { ...files, 'arr.json': JSON.stringify([envelope('E1'), envelope('E2')]) } };
    const r = await run(['explain', '--event', 'arr.json', '--snapshot', 'snap.json', '--fail-on', 'low'], opts);
    expect(r.code).toBe(1);
    expect(r.out.match(/^Denied:/gm)).toHaveLength(2);
  });
});

describe('snapshot --validate', () => {
  it('reports a valid snapshot with counts', async () => {
    const r = await run(['snapshot', '--validate', 'snap.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('snap.json: valid snapshot (schemaVersion 2)');
    expect(r.out).toContain('3 functions');
  });

  it('exits 1 and lists the problems of an invalid one', async () => {
    const broken = JSON.parse(SNAP);
    broken.functions[0].roleArn = 42;
    const r = await run(['snapshot', '--validate', 'b.json'], { files: { 'b.json': JSON.stringify(broken) } });
    expect(r.code).toBe(1);
    expect(r.out).toContain('functions[0].roleArn');
  });

  it.each([
    ['en', 'snap.json: valid snapshot (schemaVersion 2)', '3 functions, 2 roles, 0 users', 'complete: no failed reads'],
    ['de', 'snap.json: gültiger Snapshot (schemaVersion 2)', '3 Funktionen, 2 Rollen, 0 Benutzer', 'vollständig:'],
    ['ja', 'snap.json: 有効なスナップショット (schemaVersion 2)', '関数 3 件、ロール 2 件、ユーザー 0 件', '完全:'],
  ])('--lang %s: the summary in that language, identifiers verbatim', async (lang, head, counts, complete) => {
    const r = await run(['snapshot', '--validate', 'snap.json', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(head);
    expect(r.out).toContain(counts);
    expect(r.out).toContain(complete);
    expect(r.out).toContain(testSnapshot().account.id);
  });

  it.each([
    ['en', 'b.json: NOT VALID (1 problem)', 'functions[0].roleArn: expected string, got number'],
    ['de', 'b.json: NICHT GÜLTIG (1 Problem)', 'functions[0].roleArn: string erwartet, gefunden: number'],
    ['ja', 'b.json: 無効 (問題 1 件)', 'functions[0].roleArn: string が必要ですが、number でした'],
  ])(
    '--lang %s: an invalid snapshot and its problems in that language, paths verbatim',
    async (lang, head, problem) => {
      const broken = JSON.parse(SNAP);
      broken.functions[0].roleArn = 42;
      const r = await run(['snapshot', '--validate', 'b.json', '--lang', lang], {
        files: { 'b.json': JSON.stringify(broken) },
      });
      expect(r.code).toBe(1);
      expect(r.out).toBe(`${head}\n${problem}\n`);
    },
  );
});

describe('sweep (mocked collector)', () => {
  function collectorDeps(calls: unknown[]) {
    return fakeDeps({
      collector: async () => ({
        collectAccount: async (region, options) => {
          calls.push({ region, concurrency: options.concurrency, filtered: options.functionFilter?.('broken-fn') });
          for (let i = 1; i <= 20; i++) options.onProgress?.(i, 20);
          return testSnapshot();
        },
      }),
    });
  }

  it('collects with progress lines on a non-TTY stderr, then audits', async () => {
    const calls: unknown[] = [];
    const r = await run(
      ['sweep', '--region', 'eu-west-1', '--concurrency', '4', '--format', 'json'],
      {},
      collectorDeps(calls),
    );
    expect(r.code).toBe(0);
    expect(calls).toEqual([{ region: 'eu-west-1', concurrency: 4, filtered: undefined }]);
    expect(r.err).toContain('collect: 20/20 (100%)\n');
    expect(r.err).toContain('checks: ');
    expect(r.err).not.toContain('\r');
    expect(JSON.parse(r.out).findings.map((f: any) => f.checkId)).toEqual(['TEST-BROKEN']);
  });

  it('draws a bar on a TTY, filters functions and saves the snapshot', async () => {
    const calls: unknown[] = [];
    const r = await run(
      ['sweep', '--region', 'us-east-1', '--function', 'other', '--save-snapshot', 'out.json', '--fail-on', 'high'],
      { tty: true },
      collectorDeps(calls),
    );
    expect(r.code).toBe(1);
    expect(calls).toEqual([{ region: 'us-east-1', concurrency: undefined, filtered: false }]);
    expect(r.err).toContain('\rcollect [');
    expect(JSON.parse(String(r.files.get('out.json'))).functions).toHaveLength(3);
  });

  it('exits 3 when the functions could not be listed (e.g. no credentials), listing the failed reads', async () => {
    const failed = {
      api: 'lambda:ListFunctions',
      target: 'account',
      errorCode: 'CredentialsProviderError',
      message: 'Could not load credentials',
    };
    const empty = {
      ...testSnapshot(),
      functions: [],
      provenance: { ...testSnapshot().provenance, partial: true, failedReads: [failed] },
    };
    const deps = fakeDeps({ collector: async () => ({ collectAccount: async () => empty }) });
    const r = await run(['sweep', '--region', 'us-east-1'], {}, deps);
    expect(r.code).toBe(3);
    expect(r.err).toContain(
      '  - lambda:ListFunctions on account: CredentialsProviderError: Could not load credentials\n',
    );
    expect(r.err).toContain('error: sweep could not list the functions of us-east-1: CredentialsProviderError');
    expect(r.out).toBe('');
  });

  it('exits 3 with the reason when collection fails', async () => {
    const deps = fakeDeps({
      collector: async () => ({
        collectAccount: async () => {
          throw new Error('Could not load credentials from any providers');
        },
      }),
    });
    const r = await run(['sweep', '--region', 'us-east-1'], {}, deps);
    expect(r.code).toBe(3);
    expect(r.err).toContain('error: sweep could not run: Could not load credentials from any providers');
  });
});

describe('compare and bundle', () => {
  it('wire the injected implementations', async () => {
    const deps = fakeDeps({
      compare: (_s, a, b) => ({ text: `compare ${a} ${b}\n`, data: { a, b } }),
      supportBundle: (_s, arn, findings) => `# bundle ${arn} ${findings.length}\n`,
    });
    const c = await run(['compare', '--snapshot', 'snap.json', 'broken-fn', 'healthy-orders-api'], {}, deps);
    expect(c.out).toBe('compare broken-fn healthy-orders-api\n');
    const j = await run(
      ['compare', '--snapshot', 'snap.json', 'broken-fn', 'healthy-orders-api', '--format', 'json'],
      {},
      deps,
    );
    expect(JSON.parse(j.out)).toEqual({ a: 'broken-fn', b: 'healthy-orders-api' });
    const b = await run(
      ['bundle', '--snapshot', 'snap.json', '--function', 'broken-fn', '--event', 'ev.json'],
      {},
      deps,
    );
    expect(b.out).toBe(`# bundle ${BROKEN_FN.arn} 1\n`);
  });
});
