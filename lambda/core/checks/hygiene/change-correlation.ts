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
import { en, lines, msg, type MessageParams, type MessageRef } from '../../i18n';
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

/** One change as a detail line: `Most recent: DetachRolePolicy by X at T on ARN (summary) [event ID]`. */
function describe(c: PermissionChange, latest: boolean): MessageRef {
  return msg('cross.change.detail', {
    latest: latest ? 'yes' : 'no',
    event: baseEventName(c.eventName),
    actor: c.actor,
    time: c.eventTime,
    target: c.target,
    ...(c.summary ? { summaryless: 'no', summary: c.summary } : { summaryless: 'yes' }),
    eventId: c.eventId,
  });
}

function correlationFinding(snapshot: Snapshot, denial: DeniedRequest, changes: readonly PermissionChange[]): Finding {
  const latest = changes[0];
  const name = baseEventName(latest.eventName);
  const fnArn = denial.classification.functionArn;
  const fn = snapshot.functions.find(
    (f) => (fnArn && f.arn === unqualifiedFunctionArn(fnArn)) || f.name === denial.classification.functionName,
  );
  const names = { event: name, actor: latest.actor, time: latest.eventTime, eventId: latest.eventId };
  const title = msg('cross.change.title', names);
  const summary = msg('cross.change.summary', {
    ...names,
    action: denial.action,
    deniedAt: denial.eventTime,
    target: latest.target,
    ...timeBetween(latest.eventTime, denial.eventTime),
  });
  const fixSummary = msg('cross.change.fix', names);
  const details = changes.map((c, i) => describe(c, i === 0));
  const notes = [msg('cross.change.notProof'), msg('cross.change.window', { count: CORRELATION_WINDOW_DAYS })];
  return buildFinding({
    check: changeCorrelation,
    severity: 'medium',
    // The finding is about the function (or the denied caller), not about who made the change.
    fn,
    principal: fn ? undefined : (denial.caller.arn ?? denial.caller.roleArn),
    title: en(title),
    action: denial.action,
    resource: denial.resource,
    summary: en(summary),
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, ...notes) },
    denial,
    fix: renderFix({
      kind: 'config-change',
      summary: en(fixSummary),
      cli: changes
        .map(
          (c) =>
            `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventId,AttributeValue=${c.eventId} --region ${denial.region}`,
        )
        .join('\n'),
      notes: notes.map(en),
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

/** The time from `a` to `b` as `cross.change.summary` params: minutes below 2 hours, hours below 2 days, else days. */
function timeBetween(a: string, b: string): MessageParams {
  const minutes = Math.round((Date.parse(b) - Date.parse(a)) / 60_000);
  if (minutes < 120) return { unit: 'minute', count: minutes };
  const hours = Math.round(minutes / 60);
  return hours < 48 ? { unit: 'hour', count: hours } : { unit: 'day', count: Math.round(hours / 24) };
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
