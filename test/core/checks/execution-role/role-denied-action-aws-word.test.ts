/**
 * `LAA-ROLE-DENIED-ACTION` with a snapshot, when AWS's message named the deciding layer (issue 9 §1, §2): the
 * request is evaluated with the resource side (key policy + grants, secret / queue policy; same- vs
 * cross-account), the primary fix targets the layer AWS named, the evaluation's further needs follow in order,
 * and a disagreement is stated as evidence.
 */
import { ROLE_DENIED_ACTION } from '../../../../lambda/core/checks/execution-role/role-denied-action';
import type { DeniedRequest, FixTarget } from '../../../../lambda/core/cloudtrail/types';
import type { PolicyType } from '../../../../lambda/core/policy/model';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { ACCOUNT, NOW, REGION, allow, deny, doc, execDenial, fn, role, single } from '../../../support/factory';

const CATALOG = loadActionCatalog();
const OTHER = '444455556666';
const f = fn('t-orders', 't-orders-role');
const ROLE_ARN = f.roleArn;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const REMOTE_KEY = `arn:aws:kms:${REGION}:${OTHER}:key/1234abcd-12ab-34cd-56ef-000000000000`;
const SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-AbCdEf`;
const QUEUE = `arn:aws:sqs:${REGION}:${ACCOUNT}:t-out`;
const ROOT = { AWS: `arn:aws:iam::${ACCOUNT}:root` };
const keyAdmin = { Effect: 'Allow', Principal: ROOT, Action: 'kms:*', Resource: '*' };
const denyRole = (action: string) => ({ Effect: 'Deny', Principal: { AWS: ROLE_ARN }, Action: action, Resource: '*' });

/** A denial whose message AWS worded with `kind` and `type` (the intake then sets `fix.source = 'message'`). */
function said(action: string, resource: string, kind: 'explicit' | 'implicit', type: PolicyType): DeniedRequest {
  const target: FixTarget = type === 'permissions-boundary' ? 'boundary' : (type as FixTarget);
  const d = execDenial(f, action, resource, { reason: { kind, policyType: type } });
  return { ...d, classification: { ...d.classification, fix: { target, source: 'message', reasons: [] } } };
}

function world(identity: Record<string, unknown>[], parts: Partial<Snapshot> = {}): Snapshot {
  return single(f, role('t-orders-role', { app: doc(...identity) }), parts);
}

interface Case {
  readonly name: string;
  readonly snapshot: Snapshot;
  readonly denial: DeniedRequest;
  readonly kind: string;
  readonly layer: PolicyType;
  /** The steps' CLI, in order. */
  readonly cli?: readonly RegExp[];
  readonly detail?: RegExp;
  readonly policy?: RegExp;
}

const CASES: Case[] = [
  {
    name: 'explicit deny in the KMS key policy, identity allows: the Deny statement, not an identity Allow',
    snapshot: world([allow('kms:Decrypt')], {
      kmsKeys: [{ arn: KEY, keyPolicy: doc(keyAdmin, denyRole('kms:Decrypt')) }],
    }),
    denial: said('kms:Decrypt', KEY, 'explicit', 'resource'),
    kind: 'remove-statement',
    layer: 'resource',
    cli: [/^aws kms get-key-policy --key-id /],
    policy: /"Effect":"Deny".*"kms:Decrypt"/,
  },
  {
    name: 'AWS blames the key policy, the snapshot sees no Deny there: evidence of the disagreement',
    snapshot: world([allow('kms:Decrypt')], { kmsKeys: [{ arn: KEY, keyPolicy: doc(keyAdmin) }] }),
    denial: said('kms:Decrypt', KEY, 'explicit', 'resource'),
    kind: 'remove-statement',
    layer: 'resource',
    detail: /The role's policies in the snapshot allow this; AWS reports the denial from the key policy/,
  },
  {
    name: 'explicit deny in a Secrets Manager resource policy',
    snapshot: world([allow('secretsmanager:GetSecretValue')], {
      resourcePolicies: [
        { arn: SECRET, service: 'secretsmanager', status: 'present', document: doc(denyRole('secretsmanager:*')) },
      ],
    }),
    denial: said('secretsmanager:GetSecretValue', SECRET, 'explicit', 'resource'),
    kind: 'remove-statement',
    layer: 'resource',
    cli: [/^aws secretsmanager get-resource-policy --secret-id /],
    policy: /"Effect":"Deny"/,
  },
  {
    name: 'no session policy allows it, identity allows: a finding (no silent drop), session fix',
    snapshot: world([allow('sqs:SendMessage')]),
    denial: said('sqs:SendMessage', QUEUE, 'implicit', 'session'),
    kind: 'session-policy',
    layer: 'session',
    detail: /AWS reports the denial from the session policy/,
  },
  {
    name: 'cross-account key: key policy first, then the identity Allow the evaluation shows is missing too',
    snapshot: world([allow('s3:GetObject')], {
      kmsKeys: [{ arn: REMOTE_KEY, keyPolicy: doc({ ...keyAdmin, Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }) }],
    }),
    denial: said('kms:Decrypt', REMOTE_KEY, 'implicit', 'resource'),
    kind: 'resource-statement',
    layer: 'resource',
    cli: [/aws kms put-key-policy/, /aws iam put-role-policy --role-name t-orders-role /],
  },
  {
    name: 'the queue policy could not be read: the finding says so and points at the auditor-read finding',
    snapshot: world([allow('logs:*')], { resourcePolicies: [{ arn: QUEUE, service: 'sqs', status: 'unreadable' }] }),
    denial: said('sqs:SendMessage', QUEUE, 'implicit', 'identity'),
    kind: 'identity-statement',
    layer: 'identity',
    detail: /could not read the resource-based policy of .*LAA-AUDITOR-READ-DENIED/,
  },
  {
    name: 'explicit deny in the permissions boundary, and the identity policy lacks the Allow too: boundary first',
    snapshot: single(
      f,
      role(
        't-orders-role',
        { app: doc(allow('logs:*')) },
        { permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/b` },
      ),
      {
        managedPolicies: [
          {
            arn: `arn:aws:iam::${ACCOUNT}:policy/b`,
            name: 'b',
            awsManaged: false,
            document: doc(allow('*'), deny('sqs:*')),
          },
        ],
      },
    ),
    denial: said('sqs:SendMessage', QUEUE, 'explicit', 'permissions-boundary'),
    kind: 'remove-statement',
    layer: 'permissions-boundary',
    cli: [
      /get-policy-version --policy-arn arn:aws:iam::111122223333:policy\/b/,
      /put-role-policy --role-name t-orders-role /,
    ],
  },
];

describe("LAA-ROLE-DENIED-ACTION: AWS's word decides the primary fix", () => {
  it.each(CASES)('$name', (c) => {
    const out = ROLE_DENIED_ACTION.run({ snapshot: c.snapshot, denial: c.denial, catalog: CATALOG, now: NOW });
    expect(out.status).toBe('fail');
    const [finding] = out.findings;
    expect(finding.fix?.kind).toBe(c.kind);
    expect(finding.fix?.targetLayer).toBe(c.layer);
    expect(finding.explanation.decidingPolicyType).toBe(c.layer);
    let rest = finding.fix?.cli ?? '';
    for (const step of c.cli ?? []) {
      const at = rest.search(step);
      expect({ step: String(step), found: at >= 0 }).toEqual({ step: String(step), found: true });
      rest = rest.slice(at + 1);
    }
    if (c.detail) expect(finding.explanation.details.join('\n')).toMatch(c.detail);
    if (c.policy) expect(JSON.stringify(finding.fix?.policyJson)).toMatch(c.policy);
  });

  it('keeps its own evaluation when AWS named no layer (old-style message)', () => {
    const d = execDenial(f, 'sqs:SendMessage', QUEUE, { reason: { kind: 'unknown' } });
    const out = ROLE_DENIED_ACTION.run({ snapshot: world([allow('logs:*')]), denial: d, catalog: CATALOG, now: NOW });
    expect(out.findings[0].fix?.kind).toBe('identity-statement');
    expect(out.findings[0].explanation.details.join('\n')).not.toMatch(/AWS reports the denial from/);
  });
});
