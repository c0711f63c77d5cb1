/** awsReason: the sentence about the layer AWS named, with the article AWS's text needs. */
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import { awsReason } from '../../../../lambda/core/checks/shared/unseen-role';
import { DENIAL } from '../../../support/factory';

describe('awsReason', () => {
  it.each<[DeniedRequest['reason'], string | undefined]>([
    [
      { kind: 'explicit', policyType: 'identity', policyTypeText: 'identity-based policy' },
      'AWS reported an explicit deny in an identity-based policy.',
    ],
    [{ kind: 'explicit', policyType: 'resource' }, 'AWS reported an explicit deny in a resource-based policy.'],
    [
      { kind: 'explicit', policyTypeText: 'service control policy', policyArn: 'arn:aws:organizations::1:policy/p' },
      'AWS reported an explicit deny in a service control policy (arn:aws:organizations::1:policy/p).',
    ],
    [
      { kind: 'explicit', policyTypeText: 'role trust policy' },
      'AWS reported an explicit deny in the role trust policy.',
    ],
    [{ kind: 'implicit', policyType: 'identity' }, 'AWS reported that no identity-based policy allows it.'],
    [{ kind: 'unknown' }, undefined],
  ])('%j', (reason, expected) => {
    expect(awsReason({ ...DENIAL, reason })).toBe(expected);
  });
});
