/** `audit`: formats, filters, output files, partial snapshots and CloudTrail log files (see main.test.ts for the rest). */
import { gzipSync } from 'node:zlib';
import { BROKEN_FN, memoryIo, runCli as run, standardFiles } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const files = standardFiles();
const SNAP = files['snap.json'];

describe('audit', () => {
  it('prints a table, the details and a summary; exit 0 without --fail-on', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ *# +SEVERITY +TARGET +CHECK +TITLE/);
    expect(r.out).toContain('[1] HIGH  TEST-BROKEN  broken-fn');
    expect(r.out).toContain('Summary: 3 functions audited · 1 finding (0 critical, 1 high');
    expect(r.out).not.toContain('\u001b[');
  });

  it.each<[string, number]>([
    ['critical', 0],
    ['high', 1],
    ['low', 1],
    ['none', 0],
  ])('--fail-on %s exits %d (one high finding)', async (sev, code) => {
    expect((await run(['audit', '--snapshot', 'snap.json', '--fail-on', sev])).code).toBe(code);
  });

  it('--format json prints stable JSON of findings, runs and summary', async () => {
    const a = await run(['audit', '--snapshot', 'snap.json', '--event', 'ev.json', '--format', 'json']);
    const b = await run(['audit', '--snapshot', 'snap.json', '--event', 'ev.json', '--format', 'json']);
    expect(a.out).toBe(b.out);
    const report = JSON.parse(a.out);
    expect(report.tool).toEqual({ name: 'lambda-access-auditor', version: '9.9.9-test' });
    expect(report.findings.map((f: any) => f.checkId)).toEqual(['TEST-BROKEN', 'TEST-EVENT']);
    expect(report.summary).toMatchObject({ functionsAudited: 3, denialsParsed: 1, findings: 2 });
    expect(report.runs.filter((x: any) => x.checkId === 'TEST-EVENT')).toHaveLength(1);
    expect(report.source.account).toBe('111122223333');
  });

  it('--format sarif prints SARIF 2.1.0 with one rule per check and the snapshot as artifact', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json', '--format', 'sarif']);
    const log = JSON.parse(r.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((x: any) => x.id)).toEqual(['TEST-BROKEN', 'TEST-EVENT']);
    const result = log.runs[0].results[0];
    expect(result).toMatchObject({ ruleId: 'TEST-BROKEN', level: 'error' });
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe(BROKEN_FN.arn);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('snap.json');
  });

  it('--no-details prints only the table and the summary', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json', '--no-details']);
    expect(r.out).toContain('TEST-BROKEN');
    expect(r.out).not.toContain('[1] HIGH');
    expect(r.out).toContain('Summary:');
  });

  it('--format markdown prints a Markdown report', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json', '--format', 'markdown']);
    expect(r.out).toContain('| 1 | high | broken-fn | `TEST-BROKEN` |');
  });

  it('--function limits the sweep; --events-only skips it', async () => {
    const only = JSON.parse(
      (await run(['audit', '--snapshot', 'snap.json', '--function', 'healthy-orders-api', '--format', 'json'])).out,
    );
    expect(only.findings).toEqual([]);
    expect(only.summary.functionsAudited).toBe(1);
    const ev = JSON.parse(
      (await run(['audit', '--snapshot', 'snap.json', '--events-only', '--event', 'ev.json', '--format', 'json'])).out,
    );
    expect(ev.findings.map((f: any) => f.checkId)).toEqual(['TEST-EVENT']);
  });

  it('--check enables an optional check and lists it as a SARIF rule', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json', '--check', 'TEST-OPTIONAL', '--format', 'sarif']);
    const log = JSON.parse(r.out);
    expect(log.runs[0].tool.driver.rules.map((x: any) => x.id)).toContain('TEST-OPTIONAL');
    expect(log.runs[0].results.filter((x: any) => x.ruleId === 'TEST-OPTIONAL')).toHaveLength(3);
  });

  it('--out writes the file (never colored) and notes it on stderr', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json', '--out', 'report.txt'], { tty: true });
    expect(r.out).toBe('');
    expect(r.err).toContain('Wrote 1 findings to report.txt');
    expect(String(r.files.get('report.txt'))).toContain('TEST-BROKEN');
    expect(String(r.files.get('report.txt'))).not.toContain('\u001b[');
  });

  it.each<[string, Parameters<typeof memoryIo>[0], boolean]>([
    ['a TTY', { tty: true }, true],
    ['not a TTY', { tty: false }, false],
    ['a TTY with NO_COLOR', { tty: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe with FORCE_COLOR', { tty: false, env: { FORCE_COLOR: '1' } }, true],
    ['a TTY with TERM=dumb', { tty: true, env: { TERM: 'dumb' } }, false],
  ])('colors on %s: %s', async (_label, opts, colored) => {
    const r = await run(['audit', '--snapshot', 'snap.json'], opts);
    expect(r.out.includes('\u001b[')).toBe(colored);
  });

  it('--no-color wins over a TTY', async () => {
    expect((await run(['audit', '--snapshot', 'snap.json', '--no-color'], { tty: true })).out).not.toContain('\u001b[');
  });

  it('warns on stderr when the snapshot is partial', async () => {
    const partial = JSON.parse(SNAP);
    partial.provenance = {
      ...partial.provenance,
      partial: true,
      failedReads: [{ api: 'GetPolicy', target: 'x', errorCode: 'AccessDenied', message: 'no' }],
    };
    const r = await run(['audit', '--snapshot', 'p.json'], { files: { 'p.json': JSON.stringify(partial) } });
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: the snapshot is partial (1 reads failed)');
  });

  it('reads CloudTrail log files (plain and gzipped) and reports rejected records', async () => {
    const log = JSON.stringify({ Records: [{ eventID: 'A', errorCode: 'AccessDenied' }, { eventID: 'B' }] });
    const opts = { files: { ...files, 'log.json': log, 'log.json.gz': gzipSync(log) } };
    for (const file of ['log.json', 'log.json.gz']) {
      const r = await run(['audit', '--snapshot', 'snap.json', '--event', file, '--format', 'json'], opts);
      const report = JSON.parse(r.out);
      expect(report.summary).toMatchObject({ denialsParsed: 1, denialsRejected: 1 });
      expect(r.err).toContain(`warning: ${file} Records[1]: NOT_AN_AUTHORIZATION_FAILURE`);
    }
  });
});
