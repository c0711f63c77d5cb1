import { MAX_SUBJECT_LENGTH, renderEmailBody, renderEmailSubject } from '../../../../lambda/core/render/alerts/email';
import { toPrintableAscii, truncate } from '../../../../lambda/core/render/alerts/text';
import { sampleFinding } from '../../../support/factory';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

describe('renderEmailSubject', () => {
  it.each([
    [
      'short title with the function name',
      sampleFinding(),
      '[LAA HIGH] orders-processor cannot s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
    ],
    [
      'title without the function name gets it prefixed',
      sampleFinding({ title: 'Trust policy does not allow Lambda', severity: 'critical' }),
      '[LAA CRITICAL] orders-processor: Trust policy does not allow Lambda',
    ],
    [
      'principal-only finding uses the last ARN segment',
      sampleFinding({
        function: undefined,
        principal: 'arn:aws:iam::111122223333:user/ci-deployer',
        title: 'Cannot pass role',
      }),
      '[LAA HIGH] ci-deployer: Cannot pass role',
    ],
    [
      'non-ASCII and line breaks are transliterated',
      sampleFinding({ title: 'orders-processor → “denied”\nagain — café', severity: 'low' }),
      '[LAA LOW] orders-processor -> "denied" again - cafe',
    ],
  ])('%s', (_name, finding, expected) => {
    expect(renderEmailSubject(finding)).toBe(expected);
  });

  it.each([
    ['a 300-character title', 'x'.repeat(300)],
    ['a title full of emoji and control characters', '\u0007🚨'.repeat(80)],
    ['a title of multi-byte letters', 'ünïcödé '.repeat(40)],
  ])('keeps %s within 99 printable ASCII characters', (_name, title) => {
    const subject = renderEmailSubject(sampleFinding({ title }));
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject).toMatch(PRINTABLE_ASCII);
    expect(subject.startsWith('[LAA HIGH]')).toBe(true);
  });
});

describe('renderEmailBody', () => {
  const body = renderEmailBody(sampleFinding());

  it.each([
    ['title', 'orders-processor cannot s3:GetObject'],
    ['function ARN', 'arn:aws:lambda:eu-west-1:111122223333:function:orders-processor'],
    [
      'exact UTC time and error code',
      '2026-11-23T01:02:03Z UTC: arn:aws:sts::111122223333:assumed-role/orders-processor-role/orders-processor (AssumedRole) got AccessDenied.',
    ],
    ['access key id, source IP and event id', 'access key ASIAEXAMPLEKEYID0001, from 203.0.113.10'],
    ['explanation summary', 'No identity-based policy of role orders-processor-role allows s3:GetObject'],
    ['decision and deciding policy type', 'Decision: implicitly denied (no identity-based policy allows it)'],
    [
      'cited statement with Sid',
      'Allow in identity-based policy orders-processor-role/inline:s3-read, Sid "ReadOtherPrefix":',
    ],
    ['near miss', 'Near misses:\n- Sid "ReadOtherPrefix" allows s3:GetObject'],
    [
      'details under their own heading',
      'Details:\n- Evaluated 3 policies (1 inline, 2 managed); no permissions boundary.',
    ],
    ['policy JSON of the fix', '"Resource": "arn:aws:s3:::orders-bucket/incoming/*"'],
    ['CLI fix', 'aws iam put-role-policy --role-name orders-processor-role'],
    ['CDK fix', "bucket.grantRead(fn, 'incoming/*');"],
    ['fix note', 'Note: Takes effect within seconds; no redeploy needed.'],
    [
      'reference',
      '- Lambda execution role: https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    ],
    ['fingerprint footer', 'Fingerprint: 0123456789abcdef (check LAA-ROLE-DENIED-ACTION)'],
  ])('contains the %s', (_name, text) => {
    expect(body).toContain(text);
  });

  it('shows occurrences when known', () => {
    const f = sampleFinding({
      occurrences: { count: 7, firstSeen: '2026-11-22T00:00:00.000Z', lastSeen: '2026-11-23T01:02:03.000Z' },
    });
    expect(renderEmailBody(f)).toContain(
      'Occurrences: 7 (first seen 2026-11-22T00:00:00.000Z, last seen 2026-11-23T01:02:03.000Z)',
    );
  });

  it('omits the event and fix sections of a sweep finding without them', () => {
    const text = renderEmailBody(sampleFinding({ event: undefined, fix: undefined }));
    expect(text).not.toContain('WHAT HAPPENED');
    expect(text).not.toContain('FIX');
    expect(text).toContain('WHY');
  });
});

describe('text helpers', () => {
  it.each([
    ['abc', 5, 'abc'],
    ['abcdefgh', 5, 'ab...'],
    ['abcdefgh', 3, 'abc'],
  ])('truncate(%j, %d) = %j', (s, max, expected) => {
    expect(truncate(s, max)).toBe(expected);
  });

  it.each([
    ['tab\tand\r\nnewline', 'tab and newline'],
    ['‘quoted’ … done', "'quoted' ... done"],
    ['日本', '??'],
  ])('toPrintableAscii(%j) = %j', (s, expected) => {
    expect(toPrintableAscii(s)).toBe(expected);
  });
});
