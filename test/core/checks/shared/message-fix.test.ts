/**
 * `LAA-ROLE-DENIED-ACTION` diagnosed from AWS's error message alone: the real CloudTrail fixtures run
 * against a snapshot without the caller's role, and the finding names the layer AWS named and its fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageCaller, messageDiagnosable, messageFix } from '../../../../lambda/core/checks/shared/message-fix';
import { ROLE_DENIED_ACTION } from '../../../../lambda/core/checks/execution-role/role-denied-action';
import { parseDenial } from '../../../../lambda/core/cloudtrail';
import type { DeniedRequest } from '../../../../lambda/core/cloudtrail/types';
import type { Finding } from '../../../../lambda/core/findings/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import type { PolicyType } from '../../../../lambda/core/policy/model';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { CLOUDTRAIL_FIXTURES, NOW, fixtureDenial, snapshot } from '../../../support/factory';

const DIR = CLOUDTRAIL_FIXTURES;
const catalog = loadActionCatalog();
const EMPTY = snapshot();

const fixture = fixtureDenial;

/** A fixture whose error message AWS worded differently (e.g. a newer message naming the policy ARN). */
function reworded(name: string, from: RegExp, to: string): DeniedRequest {
  const text = readFileSync(join(DIR, `${name}.json`), 'utf8').replace(from, to);
  const parsed = parseDenial(text);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.value;
}

const DENY_ARN = 'arn:aws:iam::111122223333:policy/DenyOrdersWrites';
const EXPLICIT_IDENTITY = reworded(
  'exec-role-dynamodb-implicit-identity',
  /because no identity-based policy allows the dynamodb:PutItem action/,
  `with an explicit deny in an identity-based policy: ${DENY_ARN}`,
);
const EXPLICIT_AWS_MANAGED = reworded(
  'exec-role-dynamodb-implicit-identity',
  /because no identity-based policy allows the dynamodb:PutItem action/,
  'with an explicit deny in an identity-based policy: arn:aws:iam::aws:policy/AWSDenyAll',
);

function diagnose(denial: DeniedRequest, s: Snapshot = EMPTY): { status: string; finding?: Finding } {
  const out = ROLE_DENIED_ACTION.run({ snapshot: s, denial, catalog, now: NOW });
  return { status: out.status, finding: out.findings[0] };
}

interface Case {
  readonly name: string;
  /** The parsed denial when it is not the fixture `name` itself. */
  readonly denial?: DeniedRequest;
  readonly type: PolicyType | undefined;
  readonly decision: string | undefined;
  /** Fix summary, CLI and policy JSON must match these. */
  readonly summary: RegExp;
  readonly cli?: RegExp;
  readonly policy?: RegExp;
  readonly notes?: RegExp;
  readonly fn?: string;
}

const CASES: Case[] = [
  {
    name: 'exec-role-dynamodb-implicit-identity',
    type: 'identity',
    decision: 'ImplicitlyDenied',
    summary:
      /^Add an Allow for dynamodb:PutItem on arn:aws:dynamodb:us-east-1:111122223333:table\/Orders to role orders-api-role-x7k2p9qa/,
    cli: /^aws iam put-role-policy --role-name orders-api-role-x7k2p9qa --policy-name laa-fix-dynamodb-putitem .*"Resource":"arn:aws:dynamodb:us-east-1:111122223333:table\/Orders"/,
    policy: /"Action":"dynamodb:PutItem"/,
    fn: 'orders-api',
  },
  {
    name: 'exec-role-sqs-lowercase-action',
    type: 'identity',
    decision: 'ImplicitlyDenied',
    summary: /Allow for sqs:SendMessage on arn:aws:sqs:us-east-1:111122223333:customer-notifications/,
    cli: /--role-name notify-role-3kd83j2a .*"Action":"sqs:SendMessage"/,
    policy: /"Action":"sqs:SendMessage"/,
  },
  {
    name: 'exec-role-kms-on-this-resource',
    type: 'identity',
    decision: 'ImplicitlyDenied',
    summary: /Allow for kms:Decrypt on \* to role LabRole/,
    cli: /--role-name LabRole /,
    policy: /"Resource":"\*"/,
    notes: /names no resource: the statement uses "\*"/,
  },
  {
    name: 'explicit identity deny with policy ARN',
    denial: EXPLICIT_IDENTITY,
    type: 'identity',
    decision: 'ExplicitlyDenied',
    summary:
      /^Change the explicit Deny in an identity-based policy \(arn:aws:iam::111122223333:policy\/DenyOrdersWrites\): an added Allow would not help/,
    cli: /^aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy\/DenyOrdersWrites /,
    notes: /explicit Deny overrides every Allow/,
    fn: 'orders-api',
  },
  {
    name: 'explicit deny in an AWS managed policy',
    denial: EXPLICIT_AWS_MANAGED,
    type: 'identity',
    decision: 'ExplicitlyDenied',
    summary: /explicit Deny in an identity-based policy \(arn:aws:iam::aws:policy\/AWSDenyAll\)/,
    cli: /^aws iam detach-role-policy --role-name orders-api-role-x7k2p9qa --policy-arn arn:aws:iam::aws:policy\/AWSDenyAll /,
  },
  {
    name: 'exec-role-s3-explicit-boundary-with-arn',
    type: 'permissions-boundary',
    decision: 'ExplicitlyDenied',
    summary:
      /^Change the explicit Deny in a permissions boundary \(arn:aws:iam::111122223333:policy\/DeveloperBoundary\): an added Allow would not help/,
    cli: /get-policy-version --policy-arn arn:aws:iam::111122223333:policy\/DeveloperBoundary/,
    notes: /explicit Deny overrides every Allow/,
  },
  {
    name: 'exec-role-secrets-scp-with-arn',
    type: 'scp',
    decision: 'ExplicitlyDenied',
    summary:
      /explicit Deny in a service control policy \(arn:aws:organizations::999988887777:policy\/o-a1b2c3d4e5\/service_control_policy\/p-3kx9za1q\)/,
    cli: /^aws organizations describe-policy --policy-id p-3kx9za1q/,
    notes: /SCP that merely lacks an Allow/,
  },
  {
    name: 'exec-role-s3-rcp',
    type: 'rcp',
    decision: 'ExplicitlyDenied',
    summary: /explicit Deny in a resource control policy: an added Allow would not help/,
    cli: /list-policies-for-target --target-id 111122223333 --filter RESOURCE_CONTROL_POLICY/,
  },
  {
    name: 'exec-role-sessions-policy-sic',
    type: 'session',
    decision: 'ExplicitlyDenied',
    summary: /explicit Deny in a sessions policy/,
    notes: /whoever creates the role session/,
  },
  {
    name: 'exec-role-vpc-endpoint-policy',
    type: 'vpc-endpoint',
    decision: 'ImplicitlyDenied',
    summary: /Allow for dynamodb:GetItem on .*table\/Catalog to the VPC endpoint policy/,
    cli: /^aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-/,
    policy: /"Action":"dynamodb:GetItem"/,
  },
  {
    name: 'exec-role-sns-authorization-error',
    type: 'resource',
    decision: 'ImplicitlyDenied',
    summary: /Allow for sns:Publish on arn:aws:sns:us-east-1:111122223333:ops-alerts to its resource-based policy/,
    policy: /"Principal":\{"AWS":"arn:aws:iam::111122223333:role\/alerts-fn-role-pq81ma0z"\}/,
    notes: /get-topic-attributes --topic-arn arn:aws:sns:us-east-1:111122223333:ops-alerts/,
  },
  {
    name: 'exec-role-sqs-old-style-message',
    type: undefined,
    decision: undefined,
    summary: /^Likely fix \(AWS did not say which policy decided\): Add an Allow for sqs:SendMessage/,
    cli: /^aws iam put-role-policy --role-name notify-role-3kd83j2a /,
    notes: /old-style message/,
  },
  {
    name: 'invoke-denied-resource-policy',
    type: 'resource',
    decision: 'ImplicitlyDenied',
    summary: /Allow for lambda:InvokeFunction on .*function:price-quote to its resource-based policy/,
    cli: /^aws lambda add-permission --function-name arn:aws:lambda:us-east-1:111122223333:function:price-quote .*--principal arn:aws:iam::111122223333:role\/checkout-service$/,
    policy: /"AWS":"arn:aws:iam::111122223333:role\/checkout-service"/,
    notes: /Same account: an Allow for the role in its identity-based policy would also do/,
  },
  {
    name: 'invoke-by-execution-role-old-style',
    type: undefined,
    decision: undefined,
    summary: /^Likely fix .*lambda:InvokeFunction on arn:aws:lambda:us-east-1:111122223333:function:fraud-check/,
    cli: /--role-name orders-api-role-x7k2p9qa /,
  },
];

describe('LAA-ROLE-DENIED-ACTION from the error message alone (role not in the snapshot)', () => {
  it.each(CASES)('$name', (c) => {
    const denial = c.denial ?? fixture(c.name);
    const { status, finding } = diagnose(denial);
    expect(status).toBe('fail');
    expect(finding?.severity).toBe('high');
    expect(finding?.explanation.summary).toMatch(
      /^Diagnosed from AWS's error message; the role's policies were not in the snapshot\./,
    );
    expect(finding?.explanation.decidingPolicyType).toBe(c.type);
    expect(finding?.explanation.decision).toBe(c.decision);
    expect(finding?.principal).toBe(messageCaller(denial)?.roleArn);
    expect(finding?.event?.eventId).toBe(denial.eventId);
    const fix = finding?.fix;
    expect(fix?.summary).toMatch(c.summary);
    if (c.cli) expect(fix?.cli).toMatch(c.cli);
    if (c.policy) expect(JSON.stringify(fix?.policyJson)).toMatch(c.policy);
    if (c.notes) expect(fix?.notes.join('\n')).toMatch(c.notes);
    if (c.fn) expect(finding?.function?.name).toBe(c.fn);
  });

  it.each(CASES)('$name: the fix summary and every fix note are shown in Japanese', (c) => {
    const finding = diagnose(c.denial ?? fixture(c.name)).finding!;
    const ja = localizeFinding(finding, 'ja');
    expect(ja.fix?.summary).not.toBe(finding.fix?.summary);
    ja.fix?.notes.forEach((note, i) => expect(note).not.toBe(finding.fix?.notes[i]));
    expect(ja.fix?.cli).toBe(finding.fix?.cli);
  });

  it.each(CASES.filter((c) => c.decision === 'ExplicitlyDenied'))(
    '$name: an explicit deny proposes no Allow statement',
    (c) => {
      const fix = diagnose(c.denial ?? fixture(c.name)).finding?.fix;
      expect(fix?.policyJson).toBeUndefined();
      expect(fix?.cdk).toBeUndefined();
    },
  );

  it.each(CASES)('$name passes when an ignore rule matched', (c) => {
    const denial = c.denial ?? fixture(c.name);
    const ignored = {
      ...denial,
      classification: { ...denial.classification, ignoredBy: { rule: 'probe', reason: 'expected' } },
    };
    const out = ROLE_DENIED_ACTION.run({ snapshot: EMPTY, denial: ignored, catalog, now: NOW });
    expect(out.status).toBe('pass');
    expect(out.notes?.[0]).toContain('probe');
  });

  it.each([
    ['esm-ipve-sqs-receive-message', 'Lambda reports the execution role, not the caller'],
    ['kms-access-denied-on-invoke', 'the caller is not a role session'],
    ['invoke-denied-aws-service-no-message', 'an AWS service caller'],
    ['deployer-update-code-pipeline', 'deployers have their own check'],
  ])('not diagnosed from the message: %s (%s)', (name) => {
    const denial = fixture(name);
    expect(messageDiagnosable(denial)).toBe(false);
    expect(diagnose(denial).status).toBe('not-applicable');
  });

  it('names the failed read of the role when the collector could not read it', () => {
    const denial = fixture('exec-role-dynamodb-implicit-identity');
    const roleArn = messageCaller(denial)?.roleArn ?? '';
    const s = snapshot({
      provenance: {
        ...EMPTY.provenance,
        partial: true,
        failedReads: [{ api: 'iam:GetRole', target: roleArn, errorCode: 'AccessDenied', message: 'not allowed' }],
      },
    });
    const details = diagnose(denial, s).finding?.explanation.details.join('\n');
    expect(details).toContain(`iam:GetRole on ${roleArn} failed with AccessDenied`);
  });

  it('keeps one fingerprint per role, action and layer, and separates two roles', () => {
    const a = fixture('exec-role-sqs-lowercase-action');
    const b = { ...a, eventId: 'other', eventTime: '2026-11-22T00:00:00Z' };
    const other = {
      ...a,
      caller: { ...a.caller, roleArn: 'arn:aws:iam::111122223333:role/other-role', roleName: 'other-role' },
    };
    expect(diagnose(a).finding?.fingerprint).toBe(diagnose(b).finding?.fingerprint);
    expect(diagnose(a).finding?.fingerprint).not.toBe(diagnose(other).finding?.fingerprint);
  });

  it('uses the catalog spelling of the action in the fix', () => {
    const denial = { ...fixture('exec-role-dynamodb-implicit-identity'), action: 'DynamoDB:putitem' };
    const caller = messageCaller(denial);
    if (!caller) throw new Error('no caller');
    expect(JSON.stringify(messageFix(denial, caller, catalog).policyJson)).toContain('"Action":"dynamodb:PutItem"');
  });
});
