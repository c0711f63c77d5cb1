import { logGroupArn, ROLE_LOGS_WRITE } from '../../../../lambda/core/checks/execution-role/role-logs-write';
import type { PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, deny, doc, fn, managed, role, single } from '../../../support/factory';

const CATALOG = loadActionCatalog();

const f = fn('a-logs', 'a-logs-role');
const group = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/a-logs`;
const CUSTOM = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:AppLogs:*`;

function runWith(policy: PolicyDocument, extra: Parameters<typeof single>[2] = {}, fnOverride = f) {
  return ROLE_LOGS_WRITE.run({
    snapshot: single(fnOverride, role('a-logs-role', { p: policy }), extra),
    fn: fnOverride,
    catalog: CATALOG,
    now: NOW,
  });
}

describe('LAA-ROLE-LOGS-WRITE', () => {
  it.each([
    ['write on exactly the custom group (deployed with it, CDK logGroup + grantWrite)', CUSTOM, 'pass', []],
    [
      'write on a wildcard over groups: existence unknown',
      `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:*`,
      'fail',
      ['medium'],
    ],
  ] as const)('custom log group, %s', (_n, resource, status, severities) => {
    const custom = fn('a-logs', 'a-logs-role', { logGroup: 'AppLogs' });
    const out = runWith(doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], resource)), {}, custom);
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.severity)).toEqual(severities);
  });

  it.each<[string, PolicyDocument, string, string[]]>([
    ['basic execution on *', doc(LOGS_ALLOW), 'pass', []],
    [
      'scoped to the log group',
      doc(
        allow('logs:CreateLogGroup', `${group}:*`),
        allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `${group}:*`),
      ),
      'pass',
      [],
    ],
    [
      'scoped with lambda:SourceFunctionArn',
      doc({ ...LOGS_ALLOW, Condition: { ArnEquals: { 'lambda:SourceFunctionArn': f.arn } } }),
      'pass',
      [],
    ],
    ['no logs at all', doc(allow('s3:GetObject', 'arn:aws:s3:::b/*')), 'fail', ['high', 'medium']],
    [
      'another function log group',
      doc(
        allow(
          ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/other:*`,
        ),
      ),
      'fail',
      ['high', 'medium'],
    ],
    ['only CreateLogGroup missing', doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents'])), 'fail', ['medium']],
    ['explicit deny on PutLogEvents', doc(LOGS_ALLOW, deny('logs:PutLogEvents')), 'fail', ['high']],
    [
      'write granted on the default group by name: Lambda still creates it',
      doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `${group}:*`)),
      'fail',
      ['medium'],
    ],
    [
      'write granted on a wildcard over groups: existence unknown',
      doc(
        allow(
          ['logs:CreateLogStream', 'logs:PutLogEvents'],
          `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/*`,
        ),
      ),
      'fail',
      ['medium'],
    ],
  ])('%s', (_name, policy, status, severities) => {
    const out = runWith(policy);
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.severity)).toEqual(severities);
    for (const finding of out.findings) {
      expect(finding.checkId).toBe('LAA-ROLE-LOGS-WRITE');
      expect(finding.fix?.summary).toBeTruthy();
      expect(finding.explanation.summary).not.toContain('\n');
    }
  });

  it('uses the custom log group', () => {
    const custom = fn('a-logs', 'a-logs-role', { logGroup: '/shared/app' });
    expect(logGroupArn(custom)).toBe(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/shared/app`);
    const ok = runWith(
      doc(
        allow(
          ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/shared/app:*`,
        ),
      ),
      {},
      custom,
    );
    expect(ok.status).toBe('pass');
    const bad = runWith(
      doc(allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], `${group}:*`)),
      {},
      custom,
    );
    expect(bad.status).toBe('fail');
  });

  it('skips CreateLogGroup when the group is known to exist', () => {
    const excerpt = {
      functionArn: f.arn,
      logGroup: '/aws/lambda/a-logs',
      from: '',
      to: '',
      lines: [],
      truncated: false,
    };
    const out = runWith(doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents'])), { logExcerpts: [excerpt] });
    expect(out.status).toBe('pass');
  });

  it('proposes the logGroup.grantWrite CDK grant for the write actions', () => {
    const out = runWith(doc());
    const write = out.findings.find((x) => x.severity === 'high');
    expect(write?.fix?.cli).toContain('aws iam put-role-policy --role-name a-logs-role');
    expect(write?.fix?.cdk).toMatch(/grantWrite\(fn\)|addToRolePolicy/);
  });

  it('does not claim missing permissions when a managed policy is unreadable', () => {
    const r = role(
      'a-logs-role',
      {},
      { attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/secret`, name: 'secret' }] },
    );
    const out = ROLE_LOGS_WRITE.run({
      snapshot: single(f, r, { managedPolicies: [managed('secret')] }),
      fn: f,
      catalog: CATALOG,
      now: NOW,
    });
    expect(out.status).toBe('pass');
    expect(out.notes?.join(' ')).toMatch(/Undecided/);
  });

  it.each([
    ['no function', undefined],
    ['role not in snapshot', f],
  ])('not applicable: %s', (_name, target) => {
    const out = ROLE_LOGS_WRITE.run({ snapshot: single(f, role('other')), fn: target, catalog: CATALOG, now: NOW });
    expect(out.status).toBe('not-applicable');
  });

  it.each<[string, PolicyDocument, number, string, string, string]>([
    [
      'write denied',
      doc(),
      0,
      'a-logs はログを /aws/lambda/a-logs に書き込めません',
      `${group}:log-stream:* に対する logs:PutLogEvents: 暗黙的に拒否（許可するアイデンティティベースのポリシーがありません）`,
      'ロール a-logs-role に logs:CreateLogStream, logs:PutLogEvents を許可してください (インラインポリシー)。',
    ],
    [
      'log group creation denied',
      doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents'])),
      0,
      'a-logs はロググループ /aws/lambda/a-logs が存在しない場合に作成できません',
      `${group}:* に対する logs:CreateLogGroup: 暗黙的に拒否（許可するアイデンティティベースのポリシーがありません）`,
      'ロール a-logs-role に logs:CreateLogGroup を許可してください (インラインポリシー)。',
    ],
    [
      'explicit deny (the engine proposes the fix, localized through shared/engine-text.ts)',
      doc(LOGS_ALLOW, deny('logs:PutLogEvents')),
      0,
      'a-logs はログを /aws/lambda/a-logs に書き込めません',
      `${group}:log-stream:* に対する logs:PutLogEvents: 明示的に拒否（アイデンティティベースのポリシーによる）`,
      'role a-logs-role inline policy p のステートメント #1 (Deny) の明示的な拒否を変更してください。',
    ],
  ])('%s: rendered in ja, identifiers verbatim', (_n, policy, index, title, line, fixSummary) => {
    const finding = runWith(policy).findings[index];
    const ja = localizeFinding(finding, 'ja');
    expect(ja.title).toBe(title);
    expect(ja.explanation.summary).not.toBe(finding.explanation.summary);
    expect(ja.explanation.summary).toContain('a-logs-role');
    expect(ja.explanation.details).toContain(line);
    expect(ja.fix?.summary).toBe(fixSummary);
    expect(ja.fix?.notes.filter((n) => finding.fix?.notes.includes(n) && !/deny|Deny/.test(n))).toEqual([]);
    expect(ja.fingerprint).toBe(finding.fingerprint);
    expect(renderEmailBody(finding, 'ja')).toContain(ja.explanation.summary);
  });
});
