/**
 * LAA-CHANGE-CORRELATION: "this started after DetachRolePolicy by X at T". Correlates a denial with
 * the permission-relevant changes (CloudTrail LookupEvents, `snapshot.permissionChanges`) made to
 * the role, function, caller or their managed policies before the denial, newest first.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { renderFix } from '../../fix';
import type { Finding } from '../../findings/types';
import type { PermissionChange, Snapshot } from '../../snapshot/types';
import { findRole, findUser } from '../../snapshot/policy-sets';
import { unqualifiedFunctionArn } from '../../arn';
import { DOCS } from '../shared/references';
import { buildFinding, notApplicable, passed } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-CHANGE-CORRELATION';
/** Changes older than this before the denial are not correlated. */
export const CORRELATION_WINDOW_DAYS = 30;

/** CloudTrail event names (without Lambda's API-version suffix) that can take a permission away. */
export const PERMISSION_EVENTS: ReadonlySet<string> = new Set([
  'DetachRolePolicy',
  'PutRolePolicy',
  'DeleteRolePolicy',
  'AttachRolePolicy',
  'UpdateAssumeRolePolicy',
  'PutRolePermissionsBoundary',
  'DeleteRolePermissionsBoundary',
  'CreatePolicyVersion',
  'SetDefaultPolicyVersion',
  'DetachUserPolicy',
  'PutUserPolicy',
  'DeleteUserPolicy',
  'AttachUserPolicy',
  'PutUserPermissionsBoundary',
  'RemoveUserFromGroup',
  'DetachGroupPolicy',
  'PutGroupPolicy',
  'DeleteGroupPolicy',
  'RemovePermission',
  'AddPermission',
  'UpdateFunctionConfiguration',
  'UpdateFunctionUrlConfig',
  'DeleteFunctionUrlConfig',
  'UpdatePolicy',
  'AttachPolicy',
  'DetachPolicy',
]);

/** Strips Lambda's API-version suffix: `RemovePermission20150331v2` → `RemovePermission`. */
export function baseEventName(name: string): string {
  return name.replace(/\d{8}(v\d+)?$/, '');
}

/** ARNs (and names) whose changes can explain this denial. */
export function relatedTargets(snapshot: Snapshot, denial: DeniedRequest): Set<string> {
  const out = new Set<string>();
  const add = (v?: string): void => {
    if (v) out.add(v);
  };
  const cls = denial.classification;
  add(cls.roleArn);
  add(denial.caller.roleArn);
  add(denial.caller.type === 'IAMUser' ? denial.caller.arn : undefined);
  const fnArn = cls.functionArn ?? snapshot.functions.find((f) => f.name === cls.functionName)?.arn;
  if (fnArn) {
    add(unqualifiedFunctionArn(fnArn));
    add(snapshot.functions.find((f) => f.arn === unqualifiedFunctionArn(fnArn))?.roleArn);
  }
  for (const t of [...out]) {
    const role = t.includes(':role/') ? findRole(snapshot, t) : undefined;
    const user = t.includes(':user/') ? findUser(snapshot, t) : undefined;
    role?.attachedPolicies.forEach((p) => add(p.arn));
    add(role?.permissionsBoundaryArn);
    user?.attachedPolicies.forEach((p) => add(p.arn));
    user?.groups.forEach((g) => add(snapshot.groups.find((x) => x.name === g)?.arn));
  }
  return out;
}

/** The changes that precede the denial within the window, newest first. */
export function correlatedChanges(snapshot: Snapshot, denial: DeniedRequest): PermissionChange[] {
  const targets = relatedTargets(snapshot, denial);
  const at = Date.parse(denial.eventTime);
  const from = at - CORRELATION_WINDOW_DAYS * 86_400_000;
  return snapshot.permissionChanges
    .filter((c) => PERMISSION_EVENTS.has(baseEventName(c.eventName)))
    .filter((c) => targets.has(c.target) || targets.has(unqualifiedFunctionArn(c.target)))
    .filter((c) => {
      const t = Date.parse(c.eventTime);
      return t <= at && t >= from;
    })
    .sort((a, b) => Date.parse(b.eventTime) - Date.parse(a.eventTime) || a.eventId.localeCompare(b.eventId));
}

function describe(c: PermissionChange): string {
  return `${baseEventName(c.eventName)} by ${c.actor} at ${c.eventTime} on ${c.target}${c.summary ? ` (${c.summary})` : ''}`;
}

function correlationFinding(snapshot: Snapshot, denial: DeniedRequest, changes: readonly PermissionChange[]): Finding {
  const latest = changes[0];
  const name = baseEventName(latest.eventName);
  const fnArn = denial.classification.functionArn;
  const fn = snapshot.functions.find(
    (f) => (fnArn && f.arn === unqualifiedFunctionArn(fnArn)) || f.name === denial.classification.functionName,
  );
  return buildFinding({
    check: changeCorrelation,
    severity: 'medium',
    // The finding is about the function (or the denied caller), not about who made the change.
    fn,
    principal: fn ? undefined : (denial.caller.arn ?? denial.caller.roleArn),
    title: `This denial started after ${name} by ${latest.actor} at ${latest.eventTime}`,
    action: denial.action,
    resource: denial.resource,
    summary: `${denial.action} was denied at ${denial.eventTime}, ${minutesBetween(latest.eventTime, denial.eventTime)} after ${latest.actor} ran ${name} on ${latest.target}.`,
    details: changes.map((c, i) => `${i === 0 ? 'Most recent' : 'Earlier'}: ${describe(c)} [event ${c.eventId}]`),
    denial,
    fix: renderFix({
      kind: 'config-change',
      summary: `Review ${name} (event ${latest.eventId}) with ${latest.actor}: revert it, or grant the denied permission another way.`,
      cli: changes
        .map(
          (c) =>
            `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventId,AttributeValue=${c.eventId} --region ${denial.region}`,
        )
        .join('\n'),
      notes: [
        'Correlation is not proof: the change happened before the denial and touched the same role, function or caller.',
        `Changes older than ${CORRELATION_WINDOW_DAYS} days, and changes CloudTrail does not record in this Region, are not considered.`,
      ],
    }),
    references: [DOCS.lookupEvents],
    key: {
      functionArn: fnArn,
      action: denial.action,
      resourcePattern: latest.target,
      cause: latest.eventId,
    },
  });
}

function minutesBetween(a: string, b: string): string {
  const minutes = Math.round((Date.parse(b) - Date.parse(a)) / 60_000);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}

function run({ snapshot, denial }: CheckInput): CheckResult {
  if (!denial) return notApplicable('No denial to correlate.');
  if (denial.classification.class === 'unrelated') return notApplicable('The denial is not related to Lambda.');
  if (relatedTargets(snapshot, denial).size === 0)
    return notApplicable('The denial names no role, function or caller to correlate.');
  const changes = correlatedChanges(snapshot, denial);
  if (changes.length === 0)
    return passed([
      `No permission change to the related role, function or caller in the ${CORRELATION_WINDOW_DAYS} days before the denial.`,
    ]);
  return { status: 'fail', findings: [correlationFinding(snapshot, denial, changes)] };
}

/** The check object. */
export const changeCorrelation: Check = {
  id: ID,
  title: 'Denials are correlated with recent permission changes',
  topic: 'hygiene',
  category: 'change-correlation',
  defaultSeverity: 'medium',
  docsUrl: DOCS.lookupEvents.url,
  fixKinds: ['config-change'],
  scope: 'event',
  run,
};
