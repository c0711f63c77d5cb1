import { deployerDeniedAction } from '../../../../lambda/core/checks/deployer/denied-action';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import {
  ACCOUNT,
  NOW,
  allow,
  deny,
  doc,
  fn,
  role,
  snapshot,
  callerDenial,
  fnArn,
  iamUser,
} from '../../../support/factory';

const CATALOG = loadActionCatalog();

const EXEC_ROLE = `arn:aws:iam::${ACCOUNT}:role/b-billing-role`;
const FN_ARN = fnArn('b-billing');
const DEPLOY = allow(
  ['lambda:CreateFunction', 'lambda:UpdateFunctionCode'],
  'arn:aws:lambda:us-east-1:111122223333:function:b-*',
);

function world(inline: Record<string, ReturnType<typeof doc>>): Snapshot {
  return snapshot({
    functions: [fn('b-billing', 'b-billing-role')],
    roles: [role('b-billing-role'), role('b-pipeline-role', inline, { trustPolicy: doc() })],
    users: [iamUser('b-alice', inline)],
  });
}

const passDenial = (who: { userName?: string; roleName?: string }): DeniedRequest =>
  callerDenial('pass-role', 'iam:PassRole', EXEC_ROLE, who, { requestParameters: { functionName: 'b-billing' } });

describe('LAA-DEPLOYER-DENIED-ACTION', () => {
  const update = (who: { userName?: string; roleName?: string }) =>
    callerDenial('deployer', 'lambda:UpdateFunctionCode', FN_ARN, who);
  it.each<[string, Snapshot, DeniedRequest | undefined, string, number]>([
    ['allowed now', world({ p: doc(DEPLOY) }), update({ userName: 'b-alice' }), 'pass', 0],
    ['no allow', world({ p: doc(allow('lambda:GetFunction', '*')) }), update({ userName: 'b-alice' }), 'fail', 1],
    [
      'explicit deny for the pipeline role',
      world({ p: doc(DEPLOY, deny('lambda:UpdateFunctionCode', FN_ARN)) }),
      update({ roleName: 'b-pipeline-role' }),
      'fail',
      1,
    ],
    ['caller not in snapshot', world({}), update({ userName: 'b-stranger' }), 'fail', 1],
    ['PassRole is the other check', world({}), passDenial({ userName: 'b-alice' }), 'not-applicable', 0],
    [
      'execution-role denial',
      world({}),
      callerDenial('execution-role', 'lambda:UpdateFunctionCode', FN_ARN, { userName: 'b-alice' }),
      'not-applicable',
      0,
    ],
  ])('%s', (_name, s, denial, status, count) => {
    const r = deployerDeniedAction.run({ snapshot: s, denial, catalog: CATALOG, now: NOW });
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('points at the user inline policy that holds the explicit deny', () => {
    const s = world({ p: doc(DEPLOY, deny('lambda:UpdateFunctionCode', FN_ARN)) });
    const f = deployerDeniedAction.run({
      snapshot: s,
      denial: update({ userName: 'b-alice' }),
      catalog: CATALOG,
      now: NOW,
    }).findings[0];
    expect(f.explanation.decision).toBe('ExplicitlyDenied');
    expect(f.fix?.cli).toMatch(/^aws iam get-user-policy --user-name b-alice --policy-name p /);
  });

  it('fixes with the exact action on the function for the user', () => {
    const s = world({ p: doc(allow('lambda:GetFunction', '*')) });
    const f = deployerDeniedAction.run({
      snapshot: s,
      denial: update({ userName: 'b-alice' }),
      catalog: CATALOG,
      now: NOW,
    }).findings[0];
    expect(f.function?.name).toBe('b-billing');
    expect(f.fix?.cli).toContain('aws iam put-user-policy --user-name b-alice');
    expect(f.fix?.policyJson).toMatchObject({ Statement: [{ Action: 'lambda:UpdateFunctionCode', Resource: FN_ARN }] });
  });
});

/** The denial as AWS worded it: an explicit deny in an SCP (the intake then sets `fix.source = 'message'`). */
function scpSaid(d: DeniedRequest): DeniedRequest {
  const reason = { kind: 'explicit' as const, policyType: 'scp' as const, policyTypeText: 'service control policy' };
  return {
    ...d,
    reason,
    classification: { ...d.classification, fix: { target: 'scp', source: 'message', reasons: [] } },
  };
}

describe('LAA-DEPLOYER-DENIED-ACTION in Japanese', () => {
  const update = (who: { userName?: string; roleName?: string }) =>
    callerDenial('deployer', 'lambda:UpdateFunctionCode', FN_ARN, who);
  it.each<[string, Snapshot, DeniedRequest]>([
    ['no allow', world({ p: doc(allow('lambda:GetFunction', '*')) }), update({ userName: 'b-alice' })],
    [
      'explicit deny',
      world({ p: doc(DEPLOY, deny('lambda:UpdateFunctionCode', FN_ARN)) }),
      update({ roleName: 'b-pipeline-role' }),
    ],
    ['caller not in snapshot', world({}), update({ userName: 'b-stranger' })],
    ['caller not in snapshot, AWS named an SCP', world({}), scpSaid(update({ userName: 'b-stranger' }))],
    [
      'AWS named an SCP the snapshot does not have',
      world({ p: doc(DEPLOY) }),
      scpSaid(update({ userName: 'b-alice' })),
    ],
  ])('%s: title, summary, fix and notes localized; identifiers verbatim', (_name, s, denial) => {
    const f = deployerDeniedAction.run({ snapshot: s, denial, catalog: CATALOG, now: NOW }).findings[0];
    const ja = localizeFinding(f, 'ja');
    expect(ja.title).not.toBe(f.title);
    expect(ja.explanation.summary).not.toBe(f.explanation.summary);
    expect(ja.fix?.summary).not.toBe(f.fix?.summary);
    ja.fix?.notes.forEach((n, i) => expect(n).not.toBe(f.fix?.notes[i]));
    expect(`${ja.title} ${ja.explanation.summary}`).toContain('lambda:UpdateFunctionCode');
    expect(ja.explanation.summary).toContain(FN_ARN);
    expect(renderEmailBody(f, 'ja')).toContain(ja.explanation.summary);
    expect(ja.fingerprint).toBe(f.fingerprint);
  });
});
