import { PARSE_WINDOW_CHARS, splitMessage, truncateMessage } from '../../../lambda/core/cloudtrail/message-parts';
import { parseDenialMessage } from '../../../lambda/core/cloudtrail';

const P = 'arn:aws:iam::123456789012:user/janedoe';
const LINK =
  'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c4d5e';
// The example of https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied-authorization-id.html
const DOC_EXAMPLE = `User: ${P} is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy. Go to ${LINK}`;

describe('splitMessage', () => {
  it.each([
    [
      'authorization link after a policy ARN',
      DOC_EXAMPLE,
      { authorizationId: 'EXAMPLE1a2b3c4d5e', authorizationUrl: LINK },
    ],
    [
      'link without a policy ARN',
      `User: ${P} is not authorized to perform: s3:GetObject because no identity-based policy allows the s3:GetObject action. Go to ${LINK}`,
      { authorizationId: 'EXAMPLE1a2b3c4d5e' },
    ],
    [
      'EC2 encoded message',
      `You are not authorized to perform this operation. User: ${P} is not authorized to perform: ec2:RunInstances. Encoded authorization failure message: AbC-_123`,
      { encodedMessageOmitted: true },
    ],
  ])('%s', (_n, message, expected) => {
    const parts = splitMessage(message);
    expect(parts).toMatchObject(expected);
    expect(parts.body).not.toContain('Go to');
    expect(parts.body).not.toContain('Encoded authorization');
  });

  it.each([
    ['plain message', `User: ${P} is not authorized to perform: s3:GetObject`],
    ['a link to another page is not an authorization ID', `Access Denied. Go to https://example.com/help`],
  ])('%s: nothing appended', (_n, message) => {
    const parts = splitMessage(message);
    expect(parts.authorizationId).toBeUndefined();
    expect(parts.encodedMessageOmitted).toBeUndefined();
    expect(parts.body).toBe(message);
  });

  it('only hands the first window of a huge message to the grammar', () => {
    expect(splitMessage('x'.repeat(PARSE_WINDOW_CHARS * 3)).body).toHaveLength(PARSE_WINDOW_CHARS);
  });
});

describe('parseDenialMessage with appended parts', () => {
  it('keeps the policy ARN and the authorization ID and link (doc example)', () => {
    expect(parseDenialMessage(DOC_EXAMPLE).reason).toEqual({
      kind: 'explicit',
      policyType: 'identity',
      policyTypeText: 'identity-based policy',
      policyArn: 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy',
      authorizationId: 'EXAMPLE1a2b3c4d5e',
      authorizationUrl: LINK,
    });
  });

  it.each([
    [
      'explicit chained',
      'with an explicit deny in a VPC endpoint policy transitively through a service control policy',
      'explicit',
    ],
    [
      'implicit chained (tolerated)',
      'because no VPC endpoint policy allows the sns:Publish action transitively through a service control policy',
      'implicit',
    ],
  ])('%s: first type decides, second kept', (_n, clause, kind) => {
    const r = parseDenialMessage(
      `User: ${P} is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:444455556666:t ${clause}`,
    );
    expect(r.reason).toMatchObject({ kind, policyType: 'vpc-endpoint', throughPolicyType: 'scp' });
  });

  it.each([
    ['session', 'session', 'arn:aws:iam::123456789012:policy/TenantSession'],
    ['RCP', 'rcp', 'arn:aws:organizations::999988887777:policy/o-abc/resource_control_policy/p-1'],
  ])('implicit %s with a policy ARN suffix (tolerated)', (_n, type, arn) => {
    const text = type === 'rcp' ? 'resource control policy' : 'session policy';
    const r = parseDenialMessage(
      `User: ${P} is not authorized to perform: s3:GetObject because no ${text} allows the s3:GetObject action: ${arn}`,
    );
    expect(r.reason).toMatchObject({ kind: 'implicit', policyType: type, policyArn: arn });
  });

  it('parses a 1 MiB message in linear time without failing', () => {
    const huge = `User: ${P} is not authorized to perform: s3:GetObject with an explicit deny in a ${'x'.repeat(1_048_576)}`;
    expect(parseDenialMessage(huge).action).toBe('s3:GetObject');
  });
});

describe('truncateMessage', () => {
  it.each([
    ['short message unchanged', 'Access Denied', 100, 'Access Denied', false],
    ['long message cut with a marker', 'a'.repeat(500), 200, undefined, true],
  ])('%s', (_n, input, max, text, truncated) => {
    const r = truncateMessage(input, max);
    expect(r.truncated).toBe(truncated);
    expect(r.text.length).toBeLessThanOrEqual(Math.max(max, input.length));
    if (text) expect(r.text).toBe(text);
    else expect(r.text).toMatch(/\[truncated by the auditor: \d+ more characters\]$/);
  });

  it('replaces the encoded authorization blob by its length', () => {
    const r = truncateMessage(`Denied. Encoded authorization failure message: ${'Q'.repeat(5000)}`, 4096);
    expect(r).toEqual({
      text: 'Denied. Encoded authorization failure message: <5000 characters omitted>',
      truncated: true,
    });
  });

  it('reports how many characters were dropped', () => {
    const r = truncateMessage('b'.repeat(10_000), 4096);
    const dropped = Number(/(\d+) more characters/.exec(r.text)?.[1]);
    expect(r.text.length).toBeLessThanOrEqual(4096);
    expect(dropped + r.text.indexOf(' … [truncated')).toBe(10_000);
  });
});
