/**
 * The CLI with its real dependencies (registry checks, CloudTrail parser, engine, demo account),
 * in-process: what `npm run demo` and `lambda-access-auditor audit` print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lambda/cli/main';
import { memoryIo } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const ROOT = join(__dirname, '..', '..');
const SNAPSHOT = 'examples/demo-account/snapshot.json';
const EVENTS = 'examples/demo-account/events.json';
const files = {
  [SNAPSHOT]: readFileSync(join(ROOT, SNAPSHOT)),
  [EVENTS]: readFileSync(join(ROOT, EVENTS)),
};

describe('demo (real checks)', () => {
  it('prints the table, every explanation and fix, the summary and a passing self-check', async () => {
    const m = memoryIo();
    const code = await main(['demo'], m.io);
    const out = m.out();
    expect(code).toBe(0);
    expect(out).toMatch(/Self-check: all \d+ scenarios produced exactly their expected findings/);
    expect(out).toMatch(
      /Summary: \d+ functions audited · \d+ findings .* · \d+ denials parsed · 0 check errors in \d+ check runs/,
    );
    const rows = out.match(/^ *\d+ {2}(CRITICAL|HIGH|MEDIUM|LOW|INFO) /gm) ?? [];
    const details = out.match(/^\[\d+\] (CRITICAL|HIGH|MEDIUM|LOW|INFO) /gm) ?? [];
    expect(rows.length).toBeGreaterThan(10);
    expect(details).toHaveLength(rows.length);
    expect(out).not.toContain('LAA-CHECK-ERROR');
    expect(out).not.toContain('\u001b[');
  });

  it('committed snapshot.json and events.json are what the demo generates (regenerate: see the README, "What npm run demo shows")', async () => {
    const m = memoryIo();
    await main(['demo', '--format', 'json', '--write-snapshot', 's.json', '--write-events', 'e.json'], m.io);
    expect(JSON.parse(String(m.files.get('s.json')))).toEqual(JSON.parse(files[SNAPSHOT].toString()));
    expect(JSON.parse(String(m.files.get('e.json')))).toEqual(JSON.parse(files[EVENTS].toString()));
  });
});

describe('audit (real checks) on the demo snapshot', () => {
  it('--format json equals the demo findings and is stable', async () => {
    const a = memoryIo({ files });
    const b = memoryIo({ files });
    expect(await main(['audit', '--snapshot', SNAPSHOT, '--event', EVENTS, '--format', 'json'], a.io)).toBe(0);
    await main(['audit', '--snapshot', SNAPSHOT, '--event', EVENTS, '--format', 'json'], b.io);
    expect(a.out()).toBe(b.out());
    const demo = memoryIo();
    await main(['demo', '--format', 'json'], demo.io);
    expect(JSON.parse(a.out()).findings).toEqual(JSON.parse(demo.out()).findings);
  });

  it('--format sarif lists every registry check as a rule and every finding as a result', async () => {
    const m = memoryIo({ files });
    await main(['audit', '--snapshot', SNAPSHOT, '--format', 'sarif'], m.io);
    const log = JSON.parse(m.out());
    const rules = log.runs[0].tool.driver.rules.map((r: any) => r.id);
    expect(rules).toContain('LAA-ROLE-TRUST-LAMBDA');
    expect(rules).toContain('LAA-TRIGGER-INVOKE-PERMISSION');
    for (const r of log.runs[0].results) {
      expect(rules[r.ruleIndex]).toBe(r.ruleId);
      expect(r.partialFingerprints['lambdaAccessAuditor/v1']).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(log.runs[0].results.length).toBeGreaterThan(10);
  });

  it('--fail-on high exits 1 on the demo account; a healthy function alone exits 0', async () => {
    expect(await main(['audit', '--snapshot', SNAPSHOT, '--fail-on', 'high'], memoryIo({ files }).io)).toBe(1);
    const healthy = memoryIo({ files });
    expect(
      await main(
        ['audit', '--snapshot', SNAPSHOT, '--function', 'healthy-orders-api', '--fail-on', 'info'],
        healthy.io,
      ),
    ).toBe(0);
    expect(healthy.out()).toContain('No findings.');
  });

  it('explain parses the demo events and diagnoses them', async () => {
    const m = memoryIo({ files });
    expect(await main(['explain', '--event', EVENTS, '--snapshot', SNAPSHOT], m.io)).toBe(0);
    expect(m.out()).toContain('Denied: sqs:SendMessage');
    expect(m.out()).toContain('LAA-ROLE-DENIED-ACTION');
  });
});

describe('compare (real engine, demo snapshot)', () => {
  const argv = ['compare', '--snapshot', SNAPSHOT, 'a-orders-writer', 'a-report-exporter'];

  it.each([
    ['en', 'a-report-exporter can, a-orders-writer cannot (1):', '  on arn:aws:s3:::a-reports/*: s3:GetObject'],
    ['de', 'a-report-exporter darf, a-orders-writer nicht (1):', '  auf arn:aws:s3:::a-reports/*: s3:GetObject'],
    [
      'ko',
      'a-report-exporter은(는) 가능, a-orders-writer은(는) 불가 (1건):',
      '  arn:aws:s3:::a-reports/*에 대해: s3:GetObject',
    ],
  ])('--lang %s: the text in that language', async (lang, title, line) => {
    const m = memoryIo({ files });
    expect(await main([...argv, '--lang', lang], m.io)).toBe(0);
    expect(m.out()).toContain(`${title}\n${line}`);
  });

  it('JSON keeps the English notes and no catalog references, whatever --lang says', async () => {
    const m = memoryIo({ files });
    expect(await main([...argv, '--format', 'json', '--lang', 'ja'], m.io)).toBe(0);
    const data = JSON.parse(m.out()) as Record<string, unknown>;
    expect(data).not.toHaveProperty('text');
    expect(data.notes).toEqual([expect.stringMatching(/^Identity-side only: resource policies/)]);
  });
});
