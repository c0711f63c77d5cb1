/** decisionReasons: the deciding rule names the layer with the right article. */
import { evaluate } from '../../../lambda/core/policy';
import type { AuthzRequest } from '../../../lambda/core/policy';
import { FULL_ACCESS, buildSet, deny, session, type SetSpec } from '../../support/factory';

const req: AuthzRequest = { principal: session(), action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' };

describe('decisionReasons: last line', () => {
  it.each<[string, SetSpec, string]>([
    [
      'identity deny',
      { identity: [[FULL_ACCESS, deny('s3:*')]] },
      'Denied: an explicit deny in an identity-based policy overrides every allow',
    ],
    [
      'resource deny',
      { identity: [[FULL_ACCESS]], resource: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }] },
      'Denied: an explicit deny in a resource-based policy overrides every allow',
    ],
    [
      'boundary deny',
      { identity: [[FULL_ACCESS]], boundary: [FULL_ACCESS, deny('s3:*')] },
      'Denied: an explicit deny in a permissions boundary overrides every allow',
    ],
    ['no identity allow', {}, 'Denied: no identity-based policy allows the action (implicit deny)'],
  ])('%s', (_name, spec, expected) => {
    const reasons = evaluate(req, buildSet(spec)).reasons;
    expect(reasons[reasons.length - 1]).toBe(expected);
  });
});
