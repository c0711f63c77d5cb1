import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MAX_EVENT_BYTES, parseDenial, parseLogFile } from '../../../lambda/core/cloudtrail';

const DIR = join(__dirname, '../../fixtures/cloudtrail');
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
const base = fixture('exec-role-dynamodb-implicit-identity');
const detail = base.detail as Record<string, unknown>;

/** The base event with a padding request parameter making it about `bytes` long. */
function sized(bytes: number): Record<string, unknown> {
  const pad = 'x'.repeat(Math.max(0, bytes - JSON.stringify(base).length - 20));
  return { ...base, detail: { ...detail, requestParameters: { tableName: 'Orders', item: pad } } };
}

describe('parseDenial: size limits', () => {
  it.each([
    ['300 KB event, default (1 MiB) limit', 300_000, {}, true],
    ['300 KB event, legacy 256 KiB limit', 300_000, { maxEventBytes: 262_144 }, false],
    ['200 KB event, legacy 256 KiB limit', 200_000, { maxEventBytes: 262_144 }, true],
    ['1.1 MB event, default limit', 1_100_000, {}, false],
    ['1.1 MB event, limit above the hard cap', 1_100_000, { maxEventBytes: 10 * MAX_EVENT_BYTES }, false],
  ])('%s', (_name, bytes, options, accepted) => {
    for (const input of [sized(bytes), JSON.stringify(sized(bytes))]) {
      const r = parseDenial(input, options);
      expect(r.ok).toBe(accepted);
      if (!r.ok) expect(r.error.code).toBe('TOO_LARGE');
    }
  });
});

describe('parseDenial: input forms', () => {
  it.each([
    ['number', 42, 'INVALID_INPUT'],
    ['null', null, 'INVALID_INPUT'],
    ['array', [base], 'INVALID_INPUT'],
    ['JSON array text', '[1,2]', 'INVALID_INPUT'],
    ['empty string', '', 'INVALID_JSON'],
    ['log file given to parseDenial', { Records: [detail] }, 'NOT_AN_EVENT'],
    ['object that is neither', { hello: 'world' }, 'MISSING_DETAIL'],
    ['detail is a string', { ...base, detail: 'oops' }, 'INVALID_FIELD'],
    ['userIdentity is a string', { ...base, detail: { ...detail, userIdentity: 'root' } }, 'INVALID_FIELD'],
    [
      'no account anywhere',
      {
        ...base,
        account: undefined,
        detail: { ...detail, recipientAccountId: undefined, userIdentity: { type: 'AWSService', invokedBy: 'x' } },
      },
      'MISSING_FIELD',
    ],
  ])('%s', (_name, input, code) => {
    const r = parseDenial(input);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it.each([
    ['envelope object', base],
    ['bare record', detail],
    ['Buffer', Buffer.from(JSON.stringify(base))],
  ])('accepts a %s', (_name, input) => {
    const r = parseDenial(input);
    expect(r.ok && r.value.action).toBe('dynamodb:PutItem');
  });

  it.each([
    ['2026-11-21T14:03:27Z', '2026-11-21T14:03:27Z'],
    ['2026-11-21T15:03:27+01:00', '2026-11-21T14:03:27.000Z'],
  ])('eventTime %s is UTC %s', (time, utc) => {
    const r = parseDenial({ ...base, detail: { ...detail, eventTime: time } });
    expect(r.ok && r.value.eventTime).toBe(utc);
  });

  it('falls back to the envelope account when recipientAccountId is absent', () => {
    const r = parseDenial({ ...base, account: '999988887777', detail: { ...detail, recipientAccountId: undefined } });
    expect(r.ok && r.value.account).toBe('999988887777');
  });
});

describe('parseDenial: privacy', () => {
  it('never copies environment variable values or unlisted parameters', () => {
    const secret = 'sk_live_DO_NOT_LEAK_123';
    const event = fixture('passrole-create-function');
    const d = event.detail as Record<string, Record<string, unknown>>;
    const input = {
      ...event,
      detail: {
        ...d,
        requestParameters: {
          ...d.requestParameters,
          environment: { variables: { STRIPE_KEY: secret } },
          code: { zipFile: secret },
        },
      },
    };
    const r = parseDenial(input);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(JSON.stringify(r)).not.toContain('STRIPE_KEY');
  });
});

describe('parseDenial: Lambda problem resources', () => {
  it.each([
    ['vpc-ipve-create-function', undefined],
    ['kms-access-denied-on-invoke', undefined],
    ['trust-ipve-cannot-be-assumed', 'arn:aws:iam::111122223333:role/billing-export-role'],
    ['esm-ipve-sqs-receive-message', 'arn:aws:sqs:us-east-1:111122223333:orders-in'],
  ])('%s: denied resource is %s, never the function', (name, resource) => {
    const r = parseDenial(fixture(name));
    expect(r.ok && r.value.resource).toBe(resource);
  });
});

describe('parseLogFile', () => {
  const gz = readFileSync(join(DIR, 'log-file', readdirSync(join(DIR, 'log-file'))[0] ?? ''));

  it('reads a gzipped CloudTrail log file: one result per record', () => {
    const r = parseLogFile(gz);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((x) => (x.ok ? x.value.classification.class : x.error.code))).toEqual([
      'NOT_AN_AUTHORIZATION_FAILURE',
      'execution-role',
      'NOT_AN_AUTHORIZATION_FAILURE',
      'pass-role',
      'deployer',
    ]);
  });

  it('reads the same file as text and as an uncompressed Buffer', () => {
    const text = gunzipSync(gz).toString('utf8');
    const a = parseLogFile(text);
    const b = parseLogFile(Buffer.from(text));
    expect(a).toEqual(parseLogFile(gz));
    expect(b).toEqual(a);
  });

  it.each([
    ['truncated JSON', 'INVALID_JSON', Buffer.from('{"Records":[{"eventVersion":"1.11"')],
    ['no Records', 'INVALID_LOG_FILE', '{"records":[]}'],
    ['broken gzip', 'INVALID_GZIP', Buffer.from([0x1f, 0x8b, 1, 2, 3])],
    ['over the size cap', 'TOO_LARGE', gzipSync(Buffer.from(`{"Records":[],"pad":"${'x'.repeat(5000)}"}`))],
  ])('%s → %s', (_name, code, input) => {
    const r = parseLogFile(input, { maxLogFileBytes: 4096 });
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('reports a bad record with its path and keeps the others', () => {
    const r = parseLogFile(JSON.stringify({ Records: [7, { ...detail, eventName: 5 }, detail] }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((x) => (x.ok ? 'ok' : `${x.error.code} ${x.error.path}`))).toEqual([
      'INVALID_FIELD Records[0]',
      'INVALID_FIELD Records[1].eventName',
      'ok',
    ]);
  });
});
