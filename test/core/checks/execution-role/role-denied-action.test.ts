import { ROLE_DENIED_ACTION } from '../../../../lambda/core/checks/execution-role/role-denied-action';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks } from '../../../../lambda/core/checks/runner';
import {
  ACCOUNT,
  LOGS_ALLOW,
  NOW,
  allow,
  deny,
  doc,
  execDenial,
  fixtureDenial,
  fn,
  managed,
  role,
  single,
  snapshot,
} from '../../../support/factory';

const CATALOG = loadActionCatalog();

const f = fn('a-orders', 'a-orders-role');
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:a-orders-out`;
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/a-boundary`;

function world(policy: PolicyDocument, extra: Partial<Snapshot> = {}, roleExtra = {}): Snapshot {
  return single(f, role('a-orders-role', { app: policy }, roleExtra), extra);
}

describe('LAA-ROLE-DENIED-ACTION', () => {
  it.each<[string, PolicyDocument, Partial<Snapshot>, object, string | undefined]>([
    ['no identity allow', doc(LOGS_ALLOW), {}, {}, 'identity'],
    [
      'explicit deny in identity policy',
      doc(LOGS_ALLOW, allow('sqs:*'), deny('sqs:SendMessage', QUEUE)),
      {},
      {},
      'identity',
    ],
    [
      'permissions boundary lacks the action',
      doc(allow('sqs:SendMessage', QUEUE)),
      { managedPolicies: [managed('a-boundary', doc(LOGS_ALLOW))] },
      { permissionsBoundaryArn: BOUNDARY },
      'permissions-boundary',
    ],
    [
      'SCP denies',
      doc(allow('sqs:SendMessage', QUEUE)),
      {
        organization: {
          scpLevels: [
            {
              target: 'root',
              policies: [
                { name: 'FullAWSAccess', document: doc(allow('*')) },
                { name: 'no-sqs', document: doc(deny('sqs:*')) },
              ],
            },
          ],
        },
      },
      {},
      'scp',
    ],
  ])('%s → finding names the deciding layer', (_name, policy, extra, roleExtra, layer) => {
    const denial = execDenial(f, 'sqs:SendMessage', QUEUE);
    const out = ROLE_DENIED_ACTION.run({
      snapshot: world(policy, extra, roleExtra),
      denial,
      catalog: CATALOG,
      now: NOW,
    });
    expect(out.status).toBe('fail');
    const finding = out.findings[0];
    expect(finding.explanation.decidingPolicyType).toBe(layer);
    expect(finding.function?.name).toBe('a-orders');
    expect(finding.event?.eventId).toBe(denial.eventId);
    expect(finding.event?.accessKeyId).toBe('ASIAEXAMPLEEXAMPLE01');
    expect(finding.action).toBe('sqs:SendMessage');
    expect(finding.fix?.summary).toBeTruthy();
  });

  it('proposes a least-privilege inline policy for a missing allow', () => {
    const denial = execDenial(f, 'sqs:SendMessage', QUEUE);
    const finding = ROLE_DENIED_ACTION.run({ snapshot: world(doc(LOGS_ALLOW)), denial, catalog: CATALOG, now: NOW })
      .findings[0];
    expect(finding.fix?.cli).toContain('aws iam put-role-policy --role-name a-orders-role');
    expect(finding.fix?.cli).toContain(QUEUE);
    expect(finding.fix?.cdk).toContain('grantSendMessages(fn)');
  });

  it('reports unseen layers when the snapshot allows what AWS denied', () => {
    const denial = execDenial(f, 'sqs:SendMessage', QUEUE, {
      reason: {
        kind: 'explicit',
        policyType: 'scp',
        policyTypeText: 'service control policy',
        policyArn: 'arn:aws:organizations::999999999999:policy/o-x/service_control_policy/p-1',
      },
    });
    const out = ROLE_DENIED_ACTION.run({
      snapshot: world(doc(allow('sqs:SendMessage', QUEUE))),
      denial,
      catalog: CATALOG,
      now: NOW,
    });
    expect(out.status).toBe('fail');
    const finding = out.findings[0];
    expect(finding.title).toMatch(/cannot see/);
    expect(finding.explanation.details.join('\n')).toMatch(/service control policies \(not collected\)/);
    expect(finding.explanation.details.join('\n')).toMatch(/explicit deny in a service control policy/);
    expect(finding.fix?.summary).toMatch(/service control policy/);
  });

  it('uses the target function resource policy for lambda:InvokeFunction', () => {
    const target = fn('a-target', 'a-target-role', {
      resourcePolicy: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/a-orders-role` },
        Action: 'lambda:InvokeFunction',
        Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:a-target`,
      }),
    });
    const s = snapshot({ functions: [f, target], roles: [role('a-orders-role', { app: doc(LOGS_ALLOW) })] });
    const denial = execDenial(f, 'lambda:InvokeFunction', target.arn);
    const out = ROLE_DENIED_ACTION.run({ snapshot: s, denial, catalog: CATALOG, now: NOW });
    expect(out.findings[0].explanation.details.join('\n')).toMatch(/cannot see|resource-based policy|not collected/);
    expect(out.findings[0].explanation.details.join('\n')).not.toMatch(/resource-based policy of .* \(not collected\)/);
  });

  it('works for a role session that is not a function', () => {
    const r = role('a-batch-role', { app: doc() });
    const denial: DeniedRequest = {
      ...execDenial(f, 's3:GetObject', 'arn:aws:s3:::a-bucket/key'),
      caller: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/a-batch-role/job-1`,
        roleArn: r.arn,
        roleName: r.name,
        sessionName: 'job-1',
        accountId: ACCOUNT,
        viaConsole: false,
      },
      classification: { class: 'unrelated', reasons: [] },
    };
    const out = ROLE_DENIED_ACTION.run({ snapshot: snapshot({ roles: [r] }), denial, catalog: CATALOG, now: NOW });
    expect(out.status).toBe('fail');
    expect(out.findings[0].function).toBeUndefined();
    expect(out.findings[0].principal).toBe(r.arn);
  });

  it.each<[string, DeniedRequest | undefined, Snapshot]>([
    ['no denial', undefined, world(doc())],
    [
      'deployer denial',
      { ...execDenial(f, 'lambda:UpdateFunctionCode', f.arn), classification: { class: 'deployer', reasons: [] } },
      world(doc()),
    ],
    [
      'role not in snapshot, caller not a role session',
      { ...execDenial(f, 'sqs:SendMessage', QUEUE), caller: { type: 'IAMUser', viaConsole: false } },
      snapshot({ functions: [f] }),
    ],
  ])('not applicable: %s', (_name, denial, s) => {
    expect(ROLE_DENIED_ACTION.run({ snapshot: s, denial, catalog: CATALOG, now: NOW }).status).toBe('not-applicable');
  });

  it('diagnoses from the error message when the role is not in the snapshot', () => {
    const denial = execDenial(f, 'sqs:SendMessage', QUEUE);
    const out = ROLE_DENIED_ACTION.run({ snapshot: snapshot({ functions: [f] }), denial, catalog: CATALOG, now: NOW });
    expect(out.status).toBe('fail');
    expect(out.findings[0].explanation.summary).toMatch(/^Diagnosed from AWS's error message/);
    expect(out.findings[0].explanation.decidingPolicyType).toBe('identity');
    expect(out.findings[0].fix?.cli).toContain('aws iam put-role-policy --role-name a-orders-role');
  });

  it('passes (no alert) when an ignore rule matched the denial', () => {
    const denial = execDenial(f, 'sqs:SendMessage', QUEUE);
    const ignored = {
      ...denial,
      classification: { ...denial.classification, ignoredBy: { rule: 'r1', reason: 'expected probe' } },
    };
    const out = ROLE_DENIED_ACTION.run({ snapshot: world(doc()), denial: ignored, catalog: CATALOG, now: NOW });
    expect(out.status).toBe('pass');
    expect(out.notes?.[0]).toContain('r1');
  });

  it('gives the same fingerprint for two objects under one prefix (issue 9 §3: one finding per prefix)', () => {
    const s = world(doc());
    const a = ROLE_DENIED_ACTION.run({
      snapshot: s,
      denial: execDenial(f, 's3:GetObject', 'arn:aws:s3:::a-b/x/1'),
      catalog: CATALOG,
      now: NOW,
    });
    const b = ROLE_DENIED_ACTION.run({
      snapshot: s,
      denial: execDenial(f, 's3:GetObject', 'arn:aws:s3:::a-b/x/2'),
      catalog: CATALOG,
      now: NOW,
    });
    expect(a.findings[0].fingerprint).toBe(b.findings[0].fingerprint);
  });
});

describe('LAA-ROLE-DENIED-ACTION summary when the snapshot allows what AWS denied', () => {
  it('quotes the layer AWS named in the one-sentence summary (no reference to text elsewhere)', () => {
    const f = fn('unseen', 'unseen-role');
    const r = role('unseen-role', { all: doc(allow('s3:PutObject')) });
    const denial = execDenial(f, 's3:PutObject', 'arn:aws:s3:::b/k', {
      reason: { kind: 'explicit', policyType: 'scp', policyTypeText: 'service control policy' },
    });
    const [finding] = ROLE_DENIED_ACTION.run({ snapshot: single(f, r), denial, catalog: CATALOG, now: NOW }).findings;
    expect(finding.explanation.summary).toBe(
      'AWS denied s3:PutObject on arn:aws:s3:::b/k for unseen (role unseen-role) although its role policies allow it. AWS reported an explicit deny in a service control policy.',
    );
  });
});

describe('LAA-ROLE-DENIED-ACTION leaves InvalidParameterValueException to LAA-LAMBDA-REJECTED-CONFIG', () => {
  it.each(['vpc-ipve-update-config-describe', 'esm-ipve-sqs-receive-message'])(
    '%s: the deployer role in the snapshot is not evaluated',
    (name) => {
      const denial = fixtureDenial(name);
      const deployer = role(denial.caller.roleName ?? '', { app: doc(LOGS_ALLOW) });
      const snap = snapshot({ roles: [deployer] });
      expect(ROLE_DENIED_ACTION.run({ snapshot: snap, denial, catalog: CATALOG, now: NOW }).status).toBe(
        'not-applicable',
      );
      const ids = runChecks(CHECKS, { snapshot: snap, denial, catalog: CATALOG, now: NOW }).findings.map(
        (f) => f.checkId,
      );
      expect(ids).toEqual(['LAA-LAMBDA-REJECTED-CONFIG']);
    },
  );
});
