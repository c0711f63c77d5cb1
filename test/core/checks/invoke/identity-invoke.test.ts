import { IDENTITY_INVOKE } from '../../../../lambda/core/checks/invoke/identity-invoke';
import type { PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { NOW } from '../../../support/factory';
import { FX_ACCOUNT, auditFindings, docOf, fxFunction, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { Lang } from '../../../../lambda/core/i18n';
import { expectLocalized, type LocalizedExpectation } from './localized';

// Fixtures (IAM troubleshooting guide wording, AWS-FACTS §4.2; Lambda troubleshooting guide for the console read).
const USER_INVOKE = fixtureDenial('special-user-invoke-identity-implicit');
const CONSOLE_READ = fixtureDenial('special-sso-console-get-function-name-only');
const OTHER_ACCOUNT_INVOKE = fixtureDenial('special-states-role-invoke-other-account');
const USER = `arn:aws:iam::${FX_ACCOUNT}:user/ci-deployer`;
const BILLING = `arn:aws:lambda:eu-west-1:${FX_ACCOUNT}:function:billing-fn`;

function withUser(policy: PolicyDocument) {
  const user = {
    arn: USER,
    name: 'ci-deployer',
    accountId: FX_ACCOUNT,
    inlinePolicies: [{ name: 'p', document: policy }],
    attachedPolicies: [],
    groups: [],
    tags: {},
  };
  return fxSnapshot({ users: [user], functions: [fxFunction('billing-fn')] });
}

describe('LAA-IDENTITY-INVOKE', () => {
  it('same account: the caller identity Allow only (no function-policy change)', () => {
    const [f] = runOn(IDENTITY_INVOKE, USER_INVOKE).findings;
    expect(f.principal).toBe(USER);
    expect(f.severity).toBe('high');
    expect(f.fix).toMatchObject({ kind: 'identity-statement', targetLayer: 'identity' });
    expect(f.fix?.cli).toContain('aws iam put-user-policy --user-name ci-deployer');
    expect(f.fix?.cli).not.toContain('add-permission');
    expect(JSON.stringify(f.fix?.policyJson)).toContain(`"${BILLING}:*"`);
  });

  it('another account, AWS named the resource policy: add-permission for the role first, then its identity Allow', () => {
    const [f] = runOn(IDENTITY_INVOKE, OTHER_ACCOUNT_INVOKE).findings;
    expect(f.fix).toMatchObject({ kind: 'lambda-permission', targetLayer: 'resource' });
    expect(f.fix?.cli).toContain(`--principal arn:aws:iam::${FX_ACCOUNT}:role/OrdersStateMachineRole`);
    expect(f.fix?.cli).toContain('aws iam put-role-policy --role-name OrdersStateMachineRole');
  });

  it.each([
    ['default', undefined, 'medium'],
    ['configured low', 'low' as const, 'low'],
    ['configured high', 'high' as const, 'high'],
  ])('console read severity: %s', (_n, configured, expected) => {
    const out = IDENTITY_INVOKE.run({
      snapshot: fxSnapshot(),
      denial: CONSOLE_READ,
      now: NOW,
      ...(configured ? { settings: { consoleReadSeverity: configured } } : {}),
    });
    expect(out.findings[0].severity).toBe(expected);
    // An IAM Identity Center role: the permission set changes, not the role.
    expect(out.findings[0].fix?.kind).toBe('permission-set');
  });

  it.each([
    [
      'user policy allows the invoke',
      docOf({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: BILLING }),
      'pass',
      0,
    ],
    [
      'user policy allows something else',
      docOf({ Effect: 'Allow', Action: 'lambda:GetFunction', Resource: BILLING }),
      'fail',
      1,
    ],
  ])('with the user in the snapshot: %s', (_n, policy, status, count) => {
    const out = runOn(IDENTITY_INVOKE, USER_INVOKE, withUser(policy));
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(count);
    if (count) expect(out.findings[0].function?.name).toBe('billing-fn');
  });

  it.each(['special-cross-account-sqs-resource-implicit', 'matrix-lambda-identity-implicit'])(
    '%s: not applicable (no flag, or a role session LAA-ROLE-DENIED-ACTION diagnoses)',
    (name) => {
      expect(runOn(IDENTITY_INVOKE, fixtureDenial(name)).status).toBe('not-applicable');
    },
  );

  it.each([
    ['special-sso-console-get-function-name-only', ['LAA-IDENTITY-INVOKE']],
    ['special-user-invoke-identity-implicit', ['LAA-IDENTITY-INVOKE']],
    ['special-states-role-invoke-other-account', ['LAA-IDENTITY-INVOKE']],
  ])('%s: one finding in the whole audit', (name, ids) => {
    expect(auditFindings(fixtureDenial(name)).map((f) => f.checkId)).toEqual(ids);
  });

  const SSO = 'AWSReservedSSO_DeveloperAccess_0123456789abcdef';
  const PARTNER_FN = 'arn:aws:lambda:eu-west-1:444455556666:function:partner-fn';
  it.each<[string, DeniedRequest, Lang, LocalizedExpectation]>([
    [
      'same account, identity fix (ja)',
      USER_INVOKE,
      'ja',
      {
        title: 'ci-deployer には billing-fn に対する InvokeFunction の権限がありません',
        ids: [USER, BILLING, 'lambda:InvokeFunction'],
        lines: 1, // the fix renderer's propagation note
      },
    ],
    [
      'console read, permission set (de)',
      CONSOLE_READ,
      'de',
      {
        title: `${SSO} darf GetFunction auf orders-fn nicht ausführen (Konsole)`,
        ids: [SSO, 'lambda:GetFunction'],
        lines: 2, // the console-read detail and the permission-set renderer's note
      },
    ],
    [
      'another account, add-permission first (ko)',
      OTHER_ACCOUNT_INVOKE,
      'ko',
      {
        title: 'OrdersStateMachineRole에게 partner-fn에 대한 InvokeFunction 권한이 없습니다',
        ids: [PARTNER_FN, '444455556666', 'lambda:InvokeFunction'],
        lines: 1, // the fix renderer's propagation note
      },
    ],
  ])('localized: %s', (_name, denial, lang, want) => {
    const [f] = runOn(IDENTITY_INVOKE, denial).findings;
    expectLocalized(f, lang, want);
  });
});
