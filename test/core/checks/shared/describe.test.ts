/** denialClause: the "why" clause of titles and summaries, with the right article for every layer. */
import { evaluate } from '../../../../lambda/core/policy';
import type { AuthzRequest } from '../../../../lambda/core/policy';
import { denialClause, triggerKindName } from '../../../../lambda/core/checks/shared/describe';
import type { TriggerKind } from '../../../../lambda/core/snapshot/types';
import { FULL_ACCESS, buildSet, deny, session, type SetSpec } from '../../../support/factory';

const req: AuthzRequest = {
  principal: session(),
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::bucket/key',
  context: {},
};

describe('denialClause', () => {
  it.each<[string, SetSpec, RegExp]>([
    ['no identity allow', {}, /^no identity-based policy allows it$/],
    [
      'identity deny',
      { identity: [[FULL_ACCESS, deny('s3:*')]] },
      /^an explicit deny in an identity-based policy \(identity-\d+, statement #1\) blocks it$/,
    ],
    [
      'resource deny',
      {
        identity: [[FULL_ACCESS]],
        resource: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Sid: 'No' }],
      },
      /^an explicit deny in a resource-based policy \(resource-\d+, Sid No\) blocks it$/,
    ],
    [
      'boundary deny',
      { identity: [[FULL_ACCESS]], boundary: [FULL_ACCESS, deny('s3:*')] },
      /^an explicit deny in a permissions boundary /,
    ],
    [
      'scp deny',
      { identity: [[FULL_ACCESS]], scp: [[FULL_ACCESS, deny('s3:*')]] },
      /^an explicit deny in a service control policy /,
    ],
    ['boundary missing allow', { identity: [[FULL_ACCESS]], boundary: [] }, /^no permissions boundary allows it$/],
    ['allowed', { identity: [[FULL_ACCESS]] }, /^it is allowed by an identity-based policy$/],
  ])('%s', (_name, spec, expected) => {
    const clause = denialClause(evaluate(req, buildSet(spec)));
    expect(clause).toMatch(expected);
    expect(clause).not.toMatch(/\ba [aeiou]/i);
  });
});

describe('triggerKindName', () => {
  it.each<[TriggerKind, string]>([
    ['eventbridge-rule', 'EventBridge rule'],
    ['sns', 'SNS topic'],
    ['s3', 'S3 bucket'],
    ['apigateway', 'API Gateway API'],
    ['logs-subscription', 'CloudWatch Logs subscription'],
    ['other', 'trigger'],
  ])('%s → %s', (kind, expected) => {
    expect(triggerKindName(kind)).toBe(expected);
  });
});
