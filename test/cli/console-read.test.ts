/**
 * `--console-read-severity` (audit and explain): the severity of a person's denied read in the Lambda
 * console, default medium, validated by the argument parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lambda/cli/main';
import { memoryIo } from './helpers';

const NAME = 'special-sso-console-get-function-name-only';
const files = { [`${NAME}.json`]: readFileSync(join(__dirname, '..', 'fixtures', 'cloudtrail', `${NAME}.json`)) };

async function severity(extra: string[]): Promise<{ code: number; severity?: string; err: string }> {
  const m = memoryIo({ files });
  const code = await main(['explain', '--event', `${NAME}.json`, '--format', 'json', ...extra], m.io);
  if (code !== 0) return { code, err: m.err() };
  const report = JSON.parse(m.out()) as { findings: { checkId: string; severity: string }[] };
  return { code, severity: report.findings.find((f) => f.checkId === 'LAA-IDENTITY-INVOKE')?.severity, err: m.err() };
}

describe('--console-read-severity', () => {
  it.each([
    [[], 'medium'],
    [['--console-read-severity', 'low'], 'low'],
    [['--console-read-severity', 'high'], 'high'],
  ])('explain %j: the console read finding is %s', async (extra, expected) => {
    const r = await severity(extra);
    expect(r.code).toBe(0);
    expect(r.severity).toBe(expected);
  });

  it('rejects an unknown severity with the choices', async () => {
    const r = await severity(['--console-read-severity', 'loud']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--console-read-severity must be one of critical, high, medium, low, info');
  });
});
