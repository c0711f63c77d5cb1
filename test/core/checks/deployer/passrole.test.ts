import { deployerPassRole } from '../../../../lambda/core/checks/deployer/passrole';
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
const PASS_OK = allow('iam:PassRole', EXEC_ROLE, {
  Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
});
const PASS_EC2_ONLY = allow('iam:PassRole', EXEC_ROLE, {
  Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
});
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

describe('LAA-DEPLOYER-PASSROLE', () => {
  it.each<[string, Snapshot, DeniedRequest | undefined, string, number]>([
    [
      'user allowed to pass the role to Lambda',
      world({ p: doc(DEPLOY, PASS_OK) }),
      passDenial({ userName: 'b-alice' }),
      'pass',
      0,
    ],
    ['user with no PassRole', world({ p: doc(DEPLOY) }), passDenial({ userName: 'b-alice' }), 'fail', 1],
    [
      'user may pass it to EC2 only',
      world({ p: doc(DEPLOY, PASS_EC2_ONLY) }),
      passDenial({ userName: 'b-alice' }),
      'fail',
      1,
    ],
    [
      'pipeline role with an explicit deny',
      world({ p: doc(DEPLOY, PASS_OK, deny('iam:PassRole')) }),
      passDenial({ roleName: 'b-pipeline-role' }),
      'fail',
      1,
    ],
    ['caller not in the snapshot', world({}), passDenial({ userName: 'b-stranger' }), 'fail', 1],
    [
      'a deployer denial of another action',
      world({}),
      callerDenial('deployer', 'lambda:CreateFunction', FN_ARN, { userName: 'b-alice' }),
      'not-applicable',
      0,
    ],
    ['no denial (sweep)', world({}), undefined, 'not-applicable', 0],
  ])('%s', (_name, s, denial, status, count) => {
    const r = deployerPassRole.run({ snapshot: s, denial, catalog: CATALOG, now: NOW });
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('proposes PassRole scoped with iam:PassedToService for the user', () => {
    const f = deployerPassRole.run({
      snapshot: world({ p: doc(DEPLOY) }),
      denial: passDenial({ userName: 'b-alice' }),
      catalog: CATALOG,
      now: NOW,
    }).findings[0];
    expect(f.principal).toBe(`arn:aws:iam::${ACCOUNT}:user/b-alice`);
    expect(f.event?.accessKeyId).toBe('AKIAEXAMPLEEXAMPLE03');
    expect(f.fix?.cli).toMatch(
      /^aws iam put-user-policy --user-name b-alice --policy-name laa-fix-iam-passrole --policy-document '/,
    );
    expect(f.fix?.policyJson).toMatchObject({
      Statement: [
        {
          Action: 'iam:PassRole',
          Resource: EXEC_ROLE,
          Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
        },
      ],
    });
    expect(f.fix?.cdk).toContain("iam.User.fromUserName(this, 'Deployer', 'b-alice')");
  });

  it('names the explicit deny instead of adding an allow', () => {
    const s = world({ p: doc(DEPLOY, PASS_OK, deny('iam:PassRole')) });
    const f = deployerPassRole.run({
      snapshot: s,
      denial: passDenial({ roleName: 'b-pipeline-role' }),
      catalog: CATALOG,
      now: NOW,
    }).findings[0];
    expect(f.explanation.decision).toBe('ExplicitlyDenied');
    expect(f.explanation.statements.some((st) => st.effect === 'Deny')).toBe(true);
  });
});

describe('LAA-DEPLOYER-PASSROLE in German', () => {
  it.each<[string, Snapshot, DeniedRequest]>([
    ['user with no PassRole', world({ p: doc(DEPLOY) }), passDenial({ userName: 'b-alice' })],
    ['user may pass it to EC2 only', world({ p: doc(DEPLOY, PASS_EC2_ONLY) }), passDenial({ userName: 'b-alice' })],
    [
      'pipeline role with an explicit deny',
      world({ p: doc(DEPLOY, PASS_OK, deny('iam:PassRole')) }),
      passDenial({ roleName: 'b-pipeline-role' }),
    ],
    ['caller not in the snapshot', world({}), passDenial({ userName: 'b-stranger' })],
  ])('%s: title, summary, fix and notes localized; identifiers verbatim', (_name, s, denial) => {
    const f = deployerPassRole.run({ snapshot: s, denial, catalog: CATALOG, now: NOW }).findings[0];
    const de = localizeFinding(f, 'de');
    expect(de.title).not.toBe(f.title);
    expect(de.explanation.summary).not.toBe(f.explanation.summary);
    expect(de.fix?.summary).not.toBe(f.fix?.summary);
    de.fix?.notes.forEach((n, i) => expect(n).not.toBe(f.fix?.notes[i]));
    expect(de.explanation.summary).toContain(EXEC_ROLE);
    expect(de.explanation.summary).toContain('iam:PassRole');
    expect(renderEmailBody(f, 'de')).toContain(de.explanation.summary);
    expect(de.fingerprint).toBe(f.fingerprint);
  });
});
