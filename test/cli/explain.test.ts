/**
 * `explain --event F` without `--snapshot`, with the real checks: the parse view, then the diagnosis and
 * fix from AWS's error message alone (an empty snapshot for the event's account and region).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_SNAPSHOT_NOTE, NO_SNAPSHOT_ORIGIN } from '../../lambda/cli/commands/explain';
import { denialOnlySnapshot } from '../../lambda/core/snapshot/empty';
import { main } from '../../lambda/cli/main';
import { parseDenial } from '../../lambda/core/cloudtrail';
import { validateSnapshot } from '../../lambda/core/snapshot/validate';
import { memoryIo } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const DIR = join(__dirname, '..', 'fixtures', 'cloudtrail');
const NAMES = [
  'exec-role-dynamodb-implicit-identity',
  'exec-role-s3-explicit-boundary-with-arn',
  'exec-role-secrets-scp-with-arn',
  'exec-role-sqs-old-style-message',
  'invoke-denied-resource-policy',
];
const files = Object.fromEntries(NAMES.map((n) => [`${n}.json`, readFileSync(join(DIR, `${n}.json`))]));
const EMPTY_SNAPSHOT = JSON.stringify(denialOnlySnapshot([], NO_SNAPSHOT_ORIGIN));

async function run(argv: string[]) {
  const m = memoryIo({ files: { ...files, 'empty.json': EMPTY_SNAPSHOT } });
  const code = await main(argv, m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('explain --event without --snapshot', () => {
  it.each<[string, string, RegExp]>([
    [
      'exec-role-dynamodb-implicit-identity',
      'identity',
      /aws iam put-role-policy --role-name orders-api-role-x7k2p9qa/,
    ],
    ['exec-role-s3-explicit-boundary-with-arn', 'permissions-boundary', /policy\/DeveloperBoundary/],
    ['exec-role-secrets-scp-with-arn', 'scp', /describe-policy --policy-id p-3kx9za1q/],
    ['invoke-denied-resource-policy', 'resource', /aws lambda add-permission .*function:price-quote/],
  ])('%s: JSON report carries the message-based finding (%s)', async (name, type, cli) => {
    const r = await run(['explain', '--event', `${name}.json`, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.note).toBe(NO_SNAPSHOT_NOTE);
    const finding = report.findings.find((f: any) => f.checkId === 'LAA-ROLE-DENIED-ACTION');
    expect(finding.explanation.decidingPolicyType).toBe(type);
    expect(finding.explanation.summary).toMatch(/^Diagnosed from AWS's error message/);
    expect(finding.fix.cli).toMatch(cli);
    expect(report.summary.checkErrors).toBe(0);
  });

  it('prints the parse view first, then the note, the finding and its fix', async () => {
    const r = await run(['explain', '--event', 'exec-role-dynamodb-implicit-identity.json']);
    expect(r.code).toBe(0);
    const parse = r.out.indexOf('Denied: dynamodb:PutItem');
    const note = r.out.indexOf('No --snapshot: no account data was read');
    const finding = r.out.indexOf('LAA-ROLE-DENIED-ACTION');
    expect(parse).toBe(0);
    expect(note).toBeGreaterThan(parse);
    expect(finding).toBeGreaterThan(note);
    expect(r.out).toContain('Class         execution-role');
    expect(r.out).toContain('"Action": "dynamodb:PutItem"');
    expect(r.out).not.toContain('No findings');
  });

  it('exits 1 with --fail-on high (the message-based finding is high)', async () => {
    const r = await run(['explain', '--event', 'exec-role-sqs-old-style-message.json', '--fail-on', 'high']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Likely fix (AWS did not say which policy decided)');
  });

  it('gives the same findings as an explicit empty snapshot, without the note', async () => {
    const name = 'exec-role-secrets-scp-with-arn.json';
    const without = JSON.parse((await run(['explain', '--event', name, '--format', 'json'])).out);
    const withEmpty = JSON.parse(
      (await run(['explain', '--event', name, '--snapshot', 'empty.json', '--format', 'json'])).out,
    );
    expect(withEmpty.note).toBeUndefined();
    expect(withEmpty.findings.map((f: any) => f.fingerprint)).toEqual(without.findings.map((f: any) => f.fingerprint));
  });
});

describe('explain without --snapshot', () => {
  it('is a valid fixture-mode snapshot for the account and region of the event', () => {
    const parsed = parseDenial(files['exec-role-s3-explicit-boundary-with-arn.json']);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const s = denialOnlySnapshot([parsed.value], NO_SNAPSHOT_ORIGIN);
    expect(validateSnapshot(JSON.parse(JSON.stringify(s))).ok).toBe(true);
    expect(s.account).toEqual({ id: '111122223333', region: 'eu-west-1', partition: 'aws' });
    expect(s.provenance.mode).toBe('fixture');
    expect(s.provenance.collectorVersion).toContain('no account data was read');
    expect(s.roles).toEqual([]);
  });
});

describe('explain --alerts', () => {
  it('prints every publishable alert exactly as renderSnsAlert builds it (subject, email body, Slack JSON)', async () => {
    const { code, out } = await run([
      'explain',
      '--event',
      'exec-role-dynamodb-implicit-identity.json',
      '--event',
      'invoke-denied-resource-policy.json',
      '--alerts',
      '--no-color',
    ]);
    expect(code).toBe(0);
    const header = /Alerts as published: (\d+) of (\d+) findings/.exec(out);
    expect(header).not.toBeNull();
    const sent = Number(header![1]);
    expect(sent).toBeGreaterThan(0);
    expect(out.match(/--- Alert \d+ of \d+ ---/g)).toHaveLength(sent);
    expect(out.match(/^Subject: \[LAA /gm)).toHaveLength(sent);
    expect(out.match(/"source": "custom"/g)).toHaveLength(sent);
  });

  it('prints no alert section without --alerts', async () => {
    const { out } = await run(['explain', '--event', 'exec-role-dynamodb-implicit-identity.json', '--no-color']);
    expect(out).not.toContain('Alerts as published');
  });
});
