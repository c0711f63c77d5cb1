import { crossAccountAssume } from '../../../../lambda/core/checks/cross-account/assume-role';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, doc, fn, role, snapshot, callerDenial } from '../../../support/factory';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';

const OTHER = '444455556666';
const REMOTE_ROLE = `arn:aws:iam::${OTHER}:role/b-reports-reader`;
const LOCAL_TARGET = `arn:aws:iam::${ACCOUNT}:role/b-shared-target`;
const CALLER_ROLE = `arn:aws:iam::${ACCOUNT}:role/b-reports-role`;
const ASSUME_REMOTE = doc(allow('sts:AssumeRole', REMOTE_ROLE));

const assume = (
  target: string,
  who: { roleName?: string; account?: string } = { roleName: 'b-reports-role' },
): DeniedRequest => callerDenial('cross-account', 'sts:AssumeRole', target, who);

function world(callerPolicy: PolicyDocument, extraRoles: ReturnType<typeof role>[] = []): Snapshot {
  return snapshot({
    functions: [fn('b-reports', 'b-reports-role')],
    roles: [role('b-reports-role', { p: callerPolicy }), ...extraRoles],
  });
}

const trustingRole = (name: string, principal: string, account = ACCOUNT) => ({
  ...role(name),
  arn: `arn:aws:iam::${account}:role/${name}`,
  accountId: account,
  trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }),
});

describe('LAA-CROSS-ACCOUNT-ASSUME', () => {
  it.each<[string, Snapshot, DeniedRequest | undefined, string, RegExp | undefined]>([
    [
      'caller lacks sts:AssumeRole, target unknown',
      world(doc(allow('s3:GetObject', '*'))),
      assume(REMOTE_ROLE),
      'fail',
      /caller side \(.*\): implicitly denied \(no identity-based policy allows it\)/,
    ],
    [
      'caller allowed, target in other account (trust unknown)',
      world(ASSUME_REMOTE),
      assume(REMOTE_ROLE),
      'fail',
      /not in the snapshot \(other account\)/,
    ],
    [
      'not a cross-account denial',
      world(ASSUME_REMOTE),
      callerDenial('deployer', 'sts:AssumeRole', REMOTE_ROLE, { roleName: 'b-reports-role' }),
      'not-applicable',
      undefined,
    ],
    ['no denial', world(ASSUME_REMOTE), undefined, 'not-applicable', undefined],
  ])('%s', (_name, s, denial, status, details) => {
    const r = crossAccountAssume.run({ snapshot: s, denial, now: NOW });
    expect(r.status).toBe(status);
    if (details) expect(r.findings[0].explanation.details.join('\n')).toMatch(details);
  });

  it('passes when both sides allow, fails on the trust side when the target does not trust the caller', () => {
    const trusting = trustingRole('b-shared-target', CALLER_ROLE);
    const ok = crossAccountAssume.run({
      snapshot: world(doc(allow('sts:AssumeRole', '*')), [trusting]),
      denial: assume(LOCAL_TARGET),
      now: NOW,
    });
    expect(ok.status).toBe('pass');
    const stranger = trustingRole('b-shared-target', `arn:aws:iam::${OTHER}:role/someone-else`);
    const bad = crossAccountAssume.run({
      snapshot: world(doc(allow('sts:AssumeRole', '*')), [stranger]),
      denial: assume(LOCAL_TARGET),
      now: NOW,
    });
    expect(bad.status).toBe('fail');
    expect(bad.findings[0].title).toContain('trust policy blocks it');
    expect(bad.findings[0].fix?.cli).toContain('aws iam update-assume-role-policy --role-name b-shared-target');
    expect(JSON.stringify(bad.findings[0].fix?.cli)).toContain('someone-else');
  });

  it('prints the exact trust statement the other account needs', () => {
    const f = crossAccountAssume.run({ snapshot: world(ASSUME_REMOTE), denial: assume(REMOTE_ROLE), now: NOW })
      .findings[0];
    expect(f.fix?.policyJson).toEqual({
      Sid: `AllowAssumeFrom${ACCOUNT}`,
      Effect: 'Allow',
      Principal: { AWS: CALLER_ROLE },
      Action: 'sts:AssumeRole',
    });
    expect(f.fix?.cli).toContain(`# run in account ${OTHER}`);
    expect(f.event?.eventId).toBe('e0000000-0000-4000-8000-0000000000b1');
  });

  it('renders both fixes when the caller side fails too', () => {
    const f = crossAccountAssume.run({
      snapshot: world(doc(allow('s3:GetObject', '*'))),
      denial: assume(REMOTE_ROLE),
      now: NOW,
    }).findings[0];
    expect(f.title).toContain('caller policy');
    expect(f.fix?.cli).toContain(
      'aws iam put-role-policy --role-name b-reports-role --policy-name laa-fix-sts-assumerole',
    );
    expect(f.fix?.cli).toContain('aws iam update-assume-role-policy --role-name b-reports-reader');
  });
});

describe("LAA-CROSS-ACCOUNT-ASSUME: AWS's word orders the fix", () => {
  const said = (d: DeniedRequest, kind: 'implicit' | 'explicit', type: 'identity' | 'resource' | 'session') => ({
    ...d,
    reason: { kind, policyType: type },
    classification: {
      ...d.classification,
      fix: { target: type, source: 'message' as const, reasons: [] },
    },
  });
  it.each<[string, Snapshot, DeniedRequest, string, string, RegExp | undefined]>([
    [
      "AWS: no identity-based policy allows it (caller's side), trust unknown → caller first, no trust rewrite",
      snapshot(),
      said(assume(REMOTE_ROLE), 'implicit', 'identity'),
      'identity-statement',
      'identity',
      /^aws iam put-role-policy --role-name b-reports-role /,
    ],
    [
      'AWS: explicit deny in a resource-based policy → the Deny in the trust policy first',
      world(ASSUME_REMOTE),
      said(assume(REMOTE_ROLE), 'explicit', 'resource'),
      'remove-statement',
      'trust',
      undefined,
    ],
    [
      'AWS: no resource-based policy allows it → trust statement merged first',
      world(ASSUME_REMOTE),
      said(assume(REMOTE_ROLE), 'implicit', 'resource'),
      'trust-merge',
      'trust',
      undefined,
    ],
    [
      'AWS: no session policy allows it, both sides allow in the snapshot → still a finding, session fix',
      world(ASSUME_REMOTE, [trustingRole('b-reports-reader', CALLER_ROLE, OTHER)]),
      said(assume(REMOTE_ROLE), 'implicit', 'session'),
      'session-policy',
      'session',
      undefined,
    ],
  ])('%s', (_name, s, denial, kind, layer, cli) => {
    const r = crossAccountAssume.run({ snapshot: s, denial, now: NOW });
    expect(r.status).toBe('fail');
    expect(r.findings[0].fix?.kind).toBe(kind);
    expect(r.findings[0].fix?.targetLayer).toBe(layer);
    expect(r.findings[0].explanation.decidingPolicyType).toBe(denial.reason.policyType);
    if (cli) {
      expect(r.findings[0].fix?.cli).toMatch(cli);
      expect(r.findings[0].fix?.cli).not.toMatch(/update-assume-role-policy/);
    }
  });
});

describe('LAA-CROSS-ACCOUNT-ASSUME localized', () => {
  const explicitTrust = {
    ...assume(REMOTE_ROLE),
    reason: { kind: 'explicit' as const, policyType: 'resource' as const },
    classification: {
      ...assume(REMOTE_ROLE).classification,
      fix: { target: 'trust' as const, source: 'message' as const, reasons: [] },
    },
  };
  it.each<[string, 'ja' | 'de' | 'ko' | 'fr', Snapshot, DeniedRequest, string, string, string]>([
    [
      'both sides fail, trust unknown: caller fix, then the trust statement',
      'ja',
      world(doc(allow('s3:GetObject', '*'))),
      assume(REMOTE_ROLE),
      `b-reports-role は ${REMOTE_ROLE} を引き受けられません: 呼び出し元のポリシーがブロックしています`,
      '呼び出し元 (',
      'b-reports-role に ',
    ],
    [
      'the target does not trust the caller',
      'de',
      world(doc(allow('sts:AssumeRole', '*')), [trustingRole('b-shared-target', `arn:aws:iam::${OTHER}:role/x`)]),
      assume(LOCAL_TARGET),
      `b-reports-role kann ${LOCAL_TARGET} nicht übernehmen: die Vertrauensrichtlinie blockiert es`,
      'Aufruferseite (',
      'Der Vertrauensrichtlinie von b-shared-target',
    ],
    [
      "AWS: explicit deny in the target's trust policy",
      'ko',
      world(ASSUME_REMOTE),
      explicitTrust,
      `b-reports-role이(가) ${REMOTE_ROLE}을(를) 수임할 수 없습니다: 다른 계정의 신뢰 정책이`,
      '호출자 측(',
      'b-reports-reader(계정 444455556666)의 신뢰 정책에 있는 명시적 Deny',
    ],
  ])('%s (%s): title, summary, details and fix localized', (_n, lang, s, denial, title, detail, fix) => {
    const [f] = crossAccountAssume.run({ snapshot: s, denial, now: NOW }).findings;
    const local = localizeFinding(f, lang);
    expect(local.title.startsWith(title)).toBe(true);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.explanation.summary).toContain('sts:AssumeRole');
    expect(local.explanation.details[0].startsWith(detail)).toBe(true);
    local.explanation.details.forEach((d, i) => expect(d).not.toBe(f.explanation.details[i]));
    expect(local.fix?.summary.startsWith(fix)).toBe(true);
    expect(local.fix?.cli).toBe(f.fix?.cli);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(renderEmailBody(f, lang)).toContain(local.explanation.summary);
  });
});
