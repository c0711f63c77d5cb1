import { envelope, runCli, testSnapshot } from './helpers';

const rules = (r: unknown): string => JSON.stringify(r);
const files = {
  'snap.json': JSON.stringify(testSnapshot()),
  'ev.json': JSON.stringify(envelope('EV-1')),
  'by-check.json': rules([{ id: 'known', checkId: 'TEST-BROKEN', reason: 'being rebuilt' }]),
  'by-target.json': rules([{ id: 'fn', target: '*:function:broken-*', reason: 'legacy' }]),
  'expired.json': rules([{ id: 'old', checkId: 'TEST-BROKEN', reason: 'was noisy', expires: '2020-01-01' }]),
  'no-reason.json': rules([{ checkId: 'TEST-BROKEN' }]),
};

const run = (argv: string[]): ReturnType<typeof runCli> => runCli(argv, { files });

const checkIds = (out: string): string[] =>
  (JSON.parse(out) as { findings: { checkId: string }[] }).findings.map((f) => f.checkId).sort();

describe('--suppressions FILE', () => {
  it.each([
    ['by check ID', 'by-check.json', ['TEST-EVENT'], 'known: being rebuilt'],
    ['by target glob', 'by-target.json', ['TEST-EVENT'], 'fn: legacy'],
    ['expired: not applied, and said so', 'expired.json', ['TEST-BROKEN', 'TEST-EVENT'], 'suppression old expired'],
  ])('audit %s', async (_name, file, kept, stderr) => {
    const r = await run([
      'audit',
      '--snapshot',
      'snap.json',
      '--event',
      'ev.json',
      '--format',
      'json',
      '--suppressions',
      file,
    ]);
    expect(checkIds(r.out)).toEqual(kept);
    expect(r.err).toContain(stderr);
  });

  it.each([
    ['en', 'suppression old expired on 2020-01-01: no longer applied', '1 finding suppressed:'],
    ['de', 'Unterdrückungsregel old ist am 2020-01-01 abgelaufen', '1 Befund unterdrückt:'],
    ['ja', '抑制ルール old は 2020-01-01 に期限切れになりました', '抑制した検出結果 1 件:'],
  ])('--lang %s: the notes on stderr in that language, rule IDs and reasons verbatim', async (lang, expired, count) => {
    const base = ['audit', '--snapshot', 'snap.json', '--event', 'ev.json', '--format', 'json', '--lang', lang];
    expect((await run([...base, '--suppressions', 'expired.json'])).err).toContain(expired);
    const suppressed = await run([...base, '--suppressions', 'by-check.json']);
    expect(suppressed.err).toContain(count);
    expect(suppressed.err).toMatch(/^ {2}TEST-BROKEN .* \[known: being rebuilt\]$/m);
  });

  it('is offered by audit, sweep, explain and demo', async () => {
    for (const command of ['audit', 'sweep', 'explain', 'demo']) {
      expect((await run([command, '--help'])).out).toContain('--suppressions FILE');
    }
  });

  it('rejects a rule without a reason, naming the file', async () => {
    const r = await run(['audit', '--snapshot', 'snap.json', '--suppressions', 'no-reason.json']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('suppressions file no-reason.json: rule suppression-0: a reason is required.');
  });
});
