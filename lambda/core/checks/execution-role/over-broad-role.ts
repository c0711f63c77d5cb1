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
import { usageOf, usageStatementFix } from '../shared/usage-proposal';
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
  readonly reason: string;
}

const anyResource = (g: Grant) => (g.statement.resource ?? []).includes('*');

/** Classifies one Allow statement; undefined when it is not broad. */
export function classify(g: Grant): BroadGrant | undefined {
  const s = g.statement;
  if (s.notAction) {
    const excludesIam = s.notAction.some((p) => actionMatcher(p)('iam:PassRole'));
    return excludesIam
      ? { grant: g, severity: 'low', reason: 'Allow with NotAction (everything except IAM: power user)' }
      : { grant: g, severity: 'high', reason: 'Allow with NotAction that still includes IAM (administrator-like)' };
  }
  const actions = s.action ?? [];
  if (actions.includes('*')) return { grant: g, severity: 'high', reason: 'Action "*" (administrator)' };
  if (actions.some((a) => /^iam:\*$/i.test(a)))
    return { grant: g, severity: 'high', reason: 'iam:* (can grant itself anything)' };
  if (anyResource(g) && actions.some((a) => actionMatcher(a)('iam:PassRole')))
    return { grant: g, severity: 'high', reason: 'iam:PassRole on "*" (can hand any role to a service)' };
  const wild = actions.filter((a) => DATA_SERVICES.some((svc) => a.toLowerCase() === `${svc}:*`));
  if (anyResource(g) && wild.length > 0)
    return { grant: g, severity: 'low', reason: `${wild.join(', ')} on "*" (every resource of the service)` };
  return undefined;
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
  return {
    kind: 'remove-statement',
    summary: `Replace the broad statement of ${p.name} with the actions and resources the function uses.`,
    location,
    statement: b.grant.ref.statement,
    notes: ['Check the role last-accessed data (IAM console, Access Advisor) for what the function really uses.'],
  };
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

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
  const usageLines = usage
    ? [
        `Used within IAM's tracking period (report of ${usage.completedAt}): ${usage.used.join(', ') || 'nothing'}.`,
        ...(usage.unused.length > 0 ? [`Granted but never used: ${usage.unused.join(', ')}.`] : []),
      ]
    : [];
  const finding = buildFinding({
    check: OVER_BROAD_ROLE,
    title: `Execution role ${roleName} is over-broad: ${worst.reason}`,
    summary: `${roleName} (used by ${fns.join(', ')}) allows far more than a function needs; code running as it reaches ${worst.severity === 'high' ? 'the whole account' : 'every resource of the service'}.`,
    severity: worst.severity,
    resource: roleArn,
    details: [
      ...broad.map(
        (b) => `${b.grant.ref.policy.name} ${b.grant.ref.sid ?? `#${b.grant.ref.index}`}: ${b.reason} (${b.severity})`,
      ),
      ...usageLines,
    ],
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
    return [{ grant, severity: 'low' as const, reason: `customer-managed copy of the deprecated ${original}` }];
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
