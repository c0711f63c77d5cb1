import { renderDenial } from '../../../lambda/core/render/denial';
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import { DENIAL } from '../../support/factory';

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
    [
      { kind: 'explicit', policyTypeText: 'identity-based policy' },
      'Why (AWS)     explicit deny in an identity-based policy',
    ],
    [
      { kind: 'explicit', policyTypeText: 'resource-based policy' },
      'Why (AWS)     explicit deny in a resource-based policy',
    ],
    [{ kind: 'explicit', policyTypeText: 'role trust policy' }, 'Why (AWS)     explicit deny in the role trust policy'],
    [{ kind: 'explicit', policyType: 'identity' }, 'Why (AWS)     explicit deny in an identity-based policy'],
    [{ kind: 'explicit' }, 'Why (AWS)     explicit deny in a policy'],
    [
      { kind: 'implicit', policyType: 'permissions-boundary' },
      'Why (AWS)     no permissions boundary allows it (implicit deny)',
    ],
    [{ kind: 'unknown' }, 'not stated by the error message'],
  ])('explains reason %j', (reason, expected) => {
    expect(renderDenial({ ...DENIAL, reason })).toContain(expected);
  });

  it.each<[Partial<DeniedRequest>, string]>([
    [
      { eventName: 'UpdateFunctionCode20150331v2' },
      'Denied: dynamodb:PutItem (dynamodb.amazonaws.com UpdateFunctionCode)',
    ],
    [{ eventName: 'AddPermission20150331' }, '(dynamodb.amazonaws.com AddPermission)'],
    [{ resourceSource: 'request-parameters' }, 'table/orders (from the request parameters)'],
    [{ resourceSource: 'message' }, 'table/orders (from the error message)'],
    [{ resourceSource: undefined }, 'table/orders (source unknown)'],
  ])('words %j', (change, expected) => {
    expect(renderDenial({ ...DENIAL, ...change })).toContain(expected);
  });

  it('leaves out rows without a value', () => {
    const out = renderDenial({ ...DENIAL, requestId: undefined, vpcEndpointId: undefined });
    expect(out).not.toContain('Request ID');
    expect(out).not.toContain('VPC endpoint');
  });
});
