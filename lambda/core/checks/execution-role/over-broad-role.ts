/**
 * `LAA-ROLE-OVER-BROAD` (account scope, one finding per execution role): an execution role allows
 * administrator-like access. Severity by blast radius (docs/latent.md "Over-broad execution roles"):
 *
 * | grant (identity Allow)                                         | severity |
 * | -------------------------------------------------------------- | -------- |
 * | `Action: "*"`, `iam:*`, `iam:PassRole` on `*`, `NotAction` that does not exclude `iam:*` | high |
 * | `NotAction` excluding `iam:*` (power user)                     | low      |
 * | `<data service>:*` on `*` (s3, dynamodb, sqs, sns, kms, secretsmanager, ssm, …) | low |
 * | a customer-managed copy of a historical full-access policy     | low      |
 *
 * High = the code (or anyone who injects code) can take over the account; low = least-privilege
 * hygiene, below the default alert threshold. The fix removes the broad statement (remove-statement),
 * then, when the snapshot holds the role's IAM last-accessed report, grants only what the role used
 * (identity-statement, shared/usage-proposal.ts): the proposal shown as a diff against today's policy.
 */
import type { RemoveStatementFix } from '../../fix/types';
import { renderFix } from '../../fix';
import type { Finding, Severity } from '../../findings/types';
import { findRole } from '../../snapshot/policy-sets';
import { executionRole } from '../shared/can';
import { notApplicable, buildFinding, result } from '../shared/finding';
import { fullAccessCopyOf } from '../shared/full-access-copies';
import { actionMatcher, allowGrants, type Grant } from '../shared/grants';
import type { Check, CheckInput, CheckResult } from '../types';
import { executionRoles } from '../shared/execution-roles';
import { type Usage, usageFixText, usageOf, usageStatementFix } from '../shared/usage-proposal';
import { en, lines, msg, type MessageParams, type MessageRef } from '../../i18n';
import type { RoleLastAccessed } from '../../snapshot/types';

/** Data services whose service-wide wildcard on `*` is reported. */
export const DATA_SERVICES: readonly string[] = [
  's3',
  'dynamodb',
  'sqs',
  'sns',
  'kms',
  'secretsmanager',
  'ssm',
  'kinesis',
  'rds',
  'rds-data',
  'elasticfilesystem',
];

/** One broad grant and why. */
export interface BroadGrant {
  readonly grant: Grant;
  readonly severity: Severity;
  /** Why, in English. */
  readonly reason: string;
  /** Why, as params of the catalog's `exec.broad.reason` (`reason` code and its `subject`). */
  readonly why: MessageParams;
}

const anyResource = (g: Grant) => (g.statement.resource ?? []).includes('*');

function broad(grant: Grant, severity: Severity, reason: string, subject = ''): BroadGrant {
  const why = { reason, subject };
  return { grant, severity, reason: en(msg('exec.broad.reason', why)), why };
}

/** Classifies one Allow statement; undefined when it is not broad. */
export function classify(g: Grant): BroadGrant | undefined {
  const s = g.statement;
  if (s.notAction) {
    const excludesIam = s.notAction.some((p) => actionMatcher(p)('iam:PassRole'));
    return excludesIam ? broad(g, 'low', 'powerUser') : broad(g, 'high', 'notActionIam');
  }
  const actions = s.action ?? [];
  if (actions.includes('*')) return broad(g, 'high', 'star');
  if (actions.some((a) => /^iam:\*$/i.test(a))) return broad(g, 'high', 'iamStar');
  if (anyResource(g) && actions.some((a) => actionMatcher(a)('iam:PassRole'))) return broad(g, 'high', 'passRole');
  const wild = actions.filter((a) => DATA_SERVICES.some((svc) => a.toLowerCase() === `${svc}:*`));
  if (anyResource(g) && wild.length > 0) return broad(g, 'low', 'data', wild.join(', '));
  return undefined;
}

/** Summary and note of {@link removeFix} as catalog refs. */
function removeText(b: BroadGrant): { summary: MessageRef; notes: MessageRef[] } {
  return {
    summary: msg('exec.broad.fix', { policy: b.grant.ref.policy.name }),
    notes: [msg('exec.broad.advisor')],
  };
}

function removeFix(roleName: string, b: BroadGrant): RemoveStatementFix {
  const p = b.grant.ref.policy;
  const location: RemoveStatementFix['location'] =
    p.origin === 'inline'
      ? { in: 'inline', owner: { kind: 'role', name: roleName }, policyName: p.name.replace(/^.* inline policy /, '') }
      : p.arn
        ? {
            in: 'managed',
            policyArn: p.arn,
            awsManaged: p.origin === 'aws-managed',
            attachedTo: { kind: 'role', name: roleName },
          }
        : { in: 'unknown', layer: 'identity' };
  const text = removeText(b);
  return {
    kind: 'remove-statement',
    summary: en(text.summary),
    location,
    statement: b.grant.ref.statement,
    notes: text.notes.map(en),
  };
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** One line per broad grant: where it is, why it is broad, its severity. */
function grantLine(b: BroadGrant): MessageRef {
  const ref = b.grant.ref;
  const where: MessageParams =
    ref.sid !== undefined ? { sidless: 'no', sid: ref.sid } : { sidless: 'yes', index: String(ref.index) };
  return msg('exec.broad.grant', { policy: ref.policy.name, ...where, ...b.why, severity: b.severity });
}

/** What the IAM last-accessed report says the role used, and what it never used. */
function usageLines(usage: Usage | undefined): MessageRef[] {
  if (!usage) return [];
  const used = usage.used.join(', ');
  return [
    msg('exec.broad.used', { date: usage.completedAt, ...(used ? { nothing: 'no', used } : { nothing: 'yes' }) }),
    ...(usage.unused.length > 0 ? [msg('exec.broad.unused', { services: usage.unused.join(', ') })] : []),
  ];
}

function roleFinding(
  roleName: string,
  roleArn: string,
  fns: readonly string[],
  broad: BroadGrant[],
  report?: RoleLastAccessed,
): Finding {
  const worst = [...broad].sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];
  const usage = report ? usageOf(report) : undefined;
  const narrowed = usage ? usageStatementFix(roleName, usage) : undefined;
  const title = msg('exec.broad.title', { role: roleName, ...worst.why });
  const summary = msg('exec.broad.summary', {
    role: roleName,
    functions: fns.join(', '),
    scope: worst.severity === 'high' ? 'account' : 'service',
  });
  const details = [...broad.map(grantLine), ...usageLines(usage)];
  const fixText = removeText(worst);
  const usageNotes = usage && narrowed ? usageFixText(roleName, usage).notes : [];
  const finding = buildFinding({
    check: OVER_BROAD_ROLE,
    title: en(title),
    summary: en(summary),
    severity: worst.severity,
    resource: roleArn,
    details: details.map(en),
    text: {
      title,
      summary,
      fixSummary: fixText.summary,
      lines: lines(...details, ...fixText.notes, ...usageNotes, msg('fix.propagation')),
    },
    fix: renderFix({ ...removeFix(roleName, worst), ...(narrowed ? { then: [narrowed] } : {}) }),
    cause: `over-broad|${roleArn}`,
  });
  return { ...finding, principal: roleArn };
}

function run(input: CheckInput): CheckResult {
  const uses = executionRoles(input.snapshot);
  if (uses.length === 0) return notApplicable('No execution role of a function is in the snapshot.');
  const findings: Finding[] = [];
  for (const use of uses) {
    const view = executionRole(input.snapshot, use.functions[0]);
    if (!view) continue;
    const broad = allowGrants(view.policySet.identity)
      .map(classify)
      .filter((b): b is BroadGrant => b !== undefined);
    const copies = copiesAttached(input, use.role.arn);
    const all = [...broad, ...copies];
    if (all.length > 0)
      findings.push(
        roleFinding(
          use.role.name,
          use.role.arn,
          use.functions.map((f) => f.name),
          all,
          input.snapshot.lastAccessed?.find((r) => r.roleArn === use.role.arn),
        ),
      );
  }
  return result(findings);
}

function copiesAttached(input: CheckInput, roleArn: string): BroadGrant[] {
  const role = findRole(input.snapshot, roleArn);
  return (role?.attachedPolicies ?? []).flatMap((ref) => {
    const info = input.snapshot.managedPolicies.find((p) => p.arn === ref.arn);
    const original = info ? fullAccessCopyOf(info, input.snapshot) : undefined;
    if (!info || !original) return [];
    const statement = info.document;
    const grant: Grant = {
      ref: {
        policy: { type: 'identity', name: info.name, arn: info.arn, origin: 'customer-managed' },
        index: 0,
        effect: 'Allow',
        statement,
      },
      statement: { index: 0, effect: 'Allow', conditions: [], raw: statement },
    };
    return [broad(grant, 'low', 'copy', original)];
  });
}

/** `LAA-ROLE-OVER-BROAD`: execution roles with administrator-like or service-wide grants. */
export const OVER_BROAD_ROLE: Check = {
  id: 'LAA-ROLE-OVER-BROAD',
  title: 'Execution roles are not administrator-like (least privilege)',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  fixKinds: ['remove-statement', 'identity-statement'],
  scope: 'account',
  run,
};
