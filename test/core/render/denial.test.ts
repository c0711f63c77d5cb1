import { renderDenial } from '../../../lambda/core/render/denial';
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import { DENIAL } from './fixtures';

describe('renderDenial', () => {
  it.each([
    ['heading', 'Denied: dynamodb:PutItem (dynamodb.amazonaws.com PutItem)'],
    ['time', 'Time (UTC)    2026-11-20T10:15:42Z'],
    ['caller', 'Caller        arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api (AssumedRole)'],
    ['reason', 'no identity-based policy allows it (implicit deny)'],
    ['class', 'Class         execution-role'],
    ['classification reasons', '    - session name orders-api looks like a function name'],
  ])('shows the %s', (_what, expected) => {
    expect(renderDenial(DENIAL)).toContain(expected);
  });

  it.each<[DeniedRequest['reason'], string]>([
    [
      { kind: 'explicit', policyTypeText: 'service control policy', policyArn: 'arn:aws:organizations::1:policy/p' },
      'explicit deny in a service control policy (arn:aws:organizations::1:policy/p)',
    ],
    [{ kind: 'unknown' }, 'not stated by the error message'],
  ])('explains reason %j', (reason, expected) => {
    expect(renderDenial({ ...DENIAL, reason })).toContain(expected);
  });

  it('leaves out rows without a value', () => {
    const out = renderDenial({ ...DENIAL, requestId: undefined, vpcEndpointId: undefined });
    expect(out).not.toContain('Request ID');
    expect(out).not.toContain('VPC endpoint');
  });
});
