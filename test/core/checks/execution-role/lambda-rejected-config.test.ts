/**
 * `LAA-LAMBDA-REJECTED-CONFIG` over the real `InvalidParameterValueException` fixtures: the subject is the
 * execution role (never the deployer who made the call), evaluated by the engine when it is in the
 * snapshot and diagnosed from AWS's message when it is not.
 */
import { LAMBDA_REJECTED_CONFIG } from '../../../../lambda/core/checks/execution-role/lambda-rejected-config';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { Category } from '../../../../lambda/core/findings/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import type { Lang } from '../../../../lambda/core/i18n';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import type { FunctionInfo, PolicyDocument, RoleInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import {
  ACCOUNT,
  LOGS_ALLOW,
  NOW,
  allow,
  deny,
  doc,
  execDenial,
  fn,
  lambdaTrust,
  role,
  snapshot,
  fixtureDenial,
} from '../../../support/factory';

const catalog = loadActionCatalog();

const fixture = fixtureDenial;

const ENI = ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'];
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-in`;
const STREAM = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clickstream`;
const VPC = { vpcId: 'vpc-1', subnetIds: ['subnet-0abc1234def567890'], securityGroupIds: ['sg-0123456789abcdef0'] };
const VPC_ROLE = role(
  'vpc-worker-role-a1s2d3f4',
  {},
  {
    arn: `arn:aws:iam::${ACCOUNT}:role/service-role/vpc-worker-role-a1s2d3f4`,
    path: '/service-role/',
  },
);
const OTHER_TRUST: PolicyDocument = doc({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

/** One fixture: the execution role, the function in the snapshot (if any), and role set-ups. */
interface Case {
  readonly fixture: string;
  readonly category: Category;
  readonly role: RoleInfo;
  readonly fn?: FunctionInfo;
  /** Role changes that leave `missing` denied. */
  readonly lacking: Partial<RoleInfo>;
  readonly missing: readonly string[];
  /** Role changes that grant everything. */
  readonly granted: Partial<RoleInfo>;
  /** What the message-based fix's CLI runs. */
  readonly cli: RegExp;
}

const inline = (policy: PolicyDocument): Partial<RoleInfo> => ({ inlinePolicies: [{ name: 'app', document: policy }] });

const CASES: Case[] = [
  {
    fixture: 'vpc-ipve-create-function',
    category: 'vpc-network',
    role: VPC_ROLE,
    lacking: inline(doc(LOGS_ALLOW, allow(ENI.slice(1)))),
    missing: ['ec2:CreateNetworkInterface'],
    granted: inline(doc(LOGS_ALLOW, allow(ENI))),
    cli: /aws iam attach-role-policy --role-name vpc-worker-role-a1s2d3f4 .*AWSLambdaVPCAccessExecutionRole/,
  },
  {
    fixture: 'vpc-ipve-update-config-describe',
    category: 'vpc-network',
    role: role('orders-api-role'),
    fn: fn('orders-api', 'orders-api-role', { vpc: VPC }),
    lacking: inline(doc(allow(['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface']))),
    missing: ['ec2:DescribeNetworkInterfaces'],
    granted: inline(doc(allow(ENI))),
    cli: /aws iam attach-role-policy --role-name orders-api-role /,
  },
  {
    fixture: 'trust-ipve-cannot-be-assumed',
    category: 'trust-policy',
    role: role('billing-export-role'),
    lacking: { trustPolicy: OTHER_TRUST },
    missing: ['sts:AssumeRole'],
    granted: { trustPolicy: lambdaTrust(true) },
    // The trust policy is unknown: read, merge, write (update-assume-role-policy replaces the whole document).
    cli: /^aws iam get-role --role-name billing-export-role .*lambda\.amazonaws\.com.* && aws iam update-assume-role-policy --role-name billing-export-role --policy-document file:/,
  },
  {
    fixture: 'esm-ipve-sqs-receive-message',
    category: 'event-source',
    role: role('orders-consumer-role'),
    fn: fn('orders-consumer', 'orders-consumer-role'),
    lacking: inline(doc(allow('sqs:ReceiveMessage', QUEUE))),
    missing: ['sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
    granted: inline(doc(allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], QUEUE))),
    cli: /aws iam put-role-policy --role-name orders-consumer-role .*sqs:ReceiveMessage.*orders-in/,
  },
  {
    fixture: 'esm-ipve-kinesis-stream',
    category: 'event-source',
    role: role('click-aggregator-role'),
    fn: fn('click-aggregator', 'click-aggregator-role'),
    lacking: inline(doc(allow('kinesis:DescribeStream', STREAM))),
    missing: ['kinesis:GetRecords', 'kinesis:GetShardIterator'],
    granted: inline(doc(allow(['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream'], STREAM))),
    cli: /aws iam put-role-policy --role-name click-aggregator-role .*kinesis:GetRecords.*stream\/clickstream/,
  },
];

function world(c: Case, roleParts?: Partial<RoleInfo>): Snapshot {
  return snapshot({
    functions: c.fn ? [c.fn] : [],
    roles: roleParts ? [{ ...c.role, ...roleParts }] : [],
  });
}

function run(denial: DeniedRequest, snap: Snapshot) {
  return LAMBDA_REJECTED_CONFIG.run({ snapshot: snap, denial, catalog, now: NOW });
}

describe('LAA-LAMBDA-REJECTED-CONFIG', () => {
  it.each(CASES)('$fixture: role in the snapshot lacking permissions → fail naming them', (c) => {
    const denial = fixture(c.fixture);
    const out = run(denial, world(c, c.lacking));
    expect(out.status).toBe('fail');
    const [finding] = out.findings;
    expect(finding.checkId).toBe('LAA-LAMBDA-REJECTED-CONFIG');
    expect(finding.category).toBe(c.category);
    expect(finding.severity).toBe('high');
    const text = [finding.title, finding.explanation.summary, ...finding.explanation.details].join('\n');
    for (const action of c.missing) expect(text).toContain(action);
    expect(finding.event?.principal).toBe(denial.caller.arn);
    expect(finding.event?.eventId).toBe(denial.eventId);
    expect(finding.explanation.details.join('\n')).toContain(`by ${denial.caller.arn}`);
    expect(finding.explanation.details.join('\n')).not.toMatch(/diagnosed from AWS's error message/);
    expect(finding.fix?.cli).toContain(c.role.name);
  });

  it.each(CASES)('$fixture: role in the snapshot granting everything → pass (already fixed / propagation)', (c) => {
    const out = run(fixture(c.fixture), world(c, c.granted));
    expect(out.status).toBe('pass');
    expect(out.notes?.join('\n')).toMatch(/already fixed, or IAM propagation delay/);
  });

  it.each(CASES)('$fixture: role not in the snapshot → fail diagnosed from the message', (c) => {
    const denial = fixture(c.fixture);
    const out = run(denial, world(c));
    expect(out.status).toBe('fail');
    const [finding] = out.findings;
    expect(finding.category).toBe(c.category);
    expect(finding.explanation.details.join('\n')).toMatch(/diagnosed from AWS's error message/);
    expect(finding.fix?.cli).toMatch(c.cli);
    expect(finding.fix?.notes?.join('\n')).toMatch(/eventual consistency/);
    expect(finding.event?.principal).toBe(denial.caller.arn);
  });

  it('neither the function nor its role in the snapshot: the CLI looks the role up', () => {
    const out = run(fixture('esm-ipve-kinesis-stream'), snapshot());
    expect(out.status).toBe('fail');
    expect(out.findings[0].fix?.cli).toMatch(
      /--role-name "\$\(aws lambda get-function-configuration --function-name click-aggregator --query Role .*kinesis:GetRecords/,
    );
    expect(out.findings[0].fix?.summary).toContain('the execution role of click-aggregator');
  });

  it('names only the missing SQS actions, not those already granted', () => {
    const c = CASES[3];
    const out = run(fixture(c.fixture), world(c, c.lacking));
    expect(out.findings[0].title).not.toContain('sqs:ReceiveMessage');
    expect(JSON.stringify(out.findings[0].fix?.policyJson)).not.toContain('sqs:ReceiveMessage');
  });

  it('an explicit Deny on the execution role is reported as the blocker', () => {
    const c = CASES[0];
    const out = run(fixture(c.fixture), world(c, inline(doc(allow(ENI), deny('ec2:CreateNetworkInterface')))));
    expect(out.status).toBe('fail');
    expect(out.findings[0].explanation.decision).toBe('ExplicitlyDenied');
    expect(out.findings[0].fix?.notes?.join('\n')).toMatch(/explicit Deny/i);
  });

  it('an explicit Deny in the trust policy is reported, the fix keeps the existing statements', () => {
    const c = CASES[2];
    const out = run(fixture(c.fixture), world(c, c.lacking));
    expect(out.status).toBe('fail');
    expect(out.findings[0].fix?.cli).toContain('ec2.amazonaws.com');
    expect(out.findings[0].fix?.cli).toContain('aws:SourceAccount');
    const denied = run(
      fixture(c.fixture),
      world(c, {
        trustPolicy: doc(
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          { Effect: 'Deny', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ),
      }),
    );
    expect(denied.findings[0].explanation.decision).toBe('ExplicitlyDenied');
  });

  it('an execution role with unreadable managed policies falls back to the message', () => {
    const c = CASES[1];
    const out = run(
      fixture(c.fixture),
      world(c, { attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/unseen`, name: 'unseen' }] }),
    );
    expect(out.status).toBe('fail');
    expect(out.findings[0].explanation.details.join('\n')).toMatch(/diagnosed from AWS's error message/);
  });

  it.each<[string, DeniedRequest]>([
    ['an execution-role AccessDenied', execDenial(fn('a', 'a-role'), 'sqs:SendMessage', QUEUE)],
    [
      'an IPVE without an event source',
      { ...fixture('esm-ipve-sqs-receive-message'), resource: undefined, requestParameters: {} },
    ],
  ])('is not applicable to %s', (_, denial) => {
    expect(run(denial, snapshot()).status).toBe('not-applicable');
  });
});

describe('LAA-LAMBDA-REJECTED-CONFIG in other languages', () => {
  const retry = 'IAM eventual consistency produces this same error';
  // The fix summary is localized everywhere: this check's own, and the combined inline-policy fix of shared/requirements.ts.
  const TRUST_FIX = /lambda\.amazonaws\.com.*billing-export-role.*sts:AssumeRole.*aws:SourceAccount/;
  it.each<[string, Lang, Case, boolean, RegExp | undefined]>([
    ['role not in the snapshot (SQS mapping)', 'ja', CASES[3], false, /sqs:ReceiveMessage, sqs:DeleteMessage/],
    ['role lacking ENI actions', 'de', CASES[0], true, /ec2:CreateNetworkInterface/],
    ['trust policy without Lambda', 'ko', CASES[2], true, TRUST_FIX],
    ['role not in the snapshot (trust)', 'fr', CASES[2], false, TRUST_FIX],
  ])('%s in %s: title, summary, context and notes localized, identifiers verbatim', (_n, lang, c, known, fixIds) => {
    const denial = fixture(c.fixture);
    const [finding] = run(denial, known ? world(c, c.lacking) : world(c)).findings;
    const local = localizeFinding(finding, lang);
    const name = c.fn?.name ?? denial.classification.functionName ?? '';
    for (const [mine, english] of [
      [local.title, finding.title],
      [local.explanation.summary, finding.explanation.summary],
    ]) {
      expect(mine).not.toBe(english);
      expect(mine).toContain(name);
    }
    const call = local.explanation.details.find((d) => d.includes(`${denial.caller.arn}`));
    expect(call).toContain(denial.errorMessage ?? denial.errorCode);
    expect(finding.explanation.details).not.toContain(call);
    expect((local.fix?.notes ?? []).some((n) => n.includes(retry))).toBe(false);
    expect(local.fix?.summary !== finding.fix?.summary).toBe(fixIds !== undefined);
    if (fixIds) expect(local.fix?.summary).toMatch(fixIds);
    expect(local.fingerprint).toBe(finding.fingerprint);
    expect(renderEmailBody(finding, lang)).toContain(local.title);
  });
});
