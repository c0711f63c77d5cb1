import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_KEY_PREFIX, eventKey } from '../../../lambda/aws/dedup/event-key';
import { parseDenial, type DeniedRequest } from '../../../lambda/core/cloudtrail';

function denial(fixture: string): DeniedRequest {
  const body = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cloudtrail', `${fixture}.json`), 'utf8');
  const parsed = parseDenial(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const base = denial('exec-role-dynamodb-implicit-identity');
const caller = base.caller;

describe('eventKey', () => {
  it('is the prefix and 32 hex digits', () => {
    expect(eventKey(base)).toMatch(new RegExp(`^${EVENT_KEY_PREFIX}[0-9a-f]{32}$`));
  });

  const same: [string, DeniedRequest][] = [
    [
      'another event ID, time and request ID',
      { ...base, eventId: 'other', eventTime: '2027-01-01T00:00:00Z', requestId: 'r' },
    ],
    ['another source IP and user agent', { ...base, sourceIp: '10.9.9.9', userAgent: 'x' }],
    [
      'another session of the same role for the same function',
      { ...base, caller: { ...caller, sessionName: 's2', arn: `${caller.arn}-2` } },
    ],
    ['the action in another case', { ...base, action: base.action.toUpperCase() }],
  ];
  it.each(same)('does not change with %s (a repeat of the same problem)', (_name, other) => {
    expect(eventKey(other)).toBe(eventKey(base));
  });

  const different: [string, DeniedRequest][] = [
    ['another action', { ...base, action: 'dynamodb:GetItem' }],
    ['another resource', { ...base, resource: `${base.resource}-2` }],
    ['another error code', { ...base, errorCode: 'UnauthorizedOperation' }],
    ['another deciding layer', { ...base, reason: { kind: 'explicit', policyType: 'scp' } }],
    ['another denying policy ARN', { ...base, reason: { ...base.reason, policyArn: 'arn:aws:iam::1:policy/p' } }],
    ['another role', { ...base, caller: { ...caller, roleArn: `${caller.roleArn}-2` } }],
    ['another account', { ...base, account: '999988887777' }],
    ['another region', { ...base, region: 'eu-west-1' }],
    [
      'another function on the same role',
      { ...base, classification: { ...base.classification, functionName: 'other-fn' } },
    ],
  ];
  it.each(different)('changes with %s', (_name, other) => {
    expect(eventKey(other)).not.toBe(eventKey(base));
  });
});
