/**
 * `LAA-ROLE-LOGS-WRITE`: the execution role can write the function's logs: `logs:CreateLogStream`
 * and `logs:PutLogEvents` on its log group (default `/aws/lambda/<name>`, or `LoggingConfig.LogGroup`),
 * and `logs:CreateLogGroup` when the group may not exist yet. Lambda injects
 * `lambda:SourceFunctionArn` into these calls.
 */
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { partitionOf } from '../../arn';
import { msg } from '../../i18n';
import { executionRole, type ExecutionRoleView } from '../shared/can';
import { allowGrants } from '../shared/grants';
import { notApplicable, result } from '../shared/finding';
import { checkRequirements, requirementFinding } from '../shared/requirements';
import type { Check, CheckInput, CheckResult } from '../types';

/** The function's log group name (`LoggingConfig.LogGroup` may be a name or an ARN). */
export function logGroupName(fn: FunctionInfo): string {
  const custom = fn.logGroup;
  if (!custom) return `/aws/lambda/${fn.name}`;
  const m = /:log-group:([^:]+)/.exec(custom);
  return m ? m[1] : custom;
}

/** ARN prefix `arn:aws:logs:REGION:ACCT:log-group:GROUP`. */
export function logGroupArn(fn: FunctionInfo): string {
  return `arn:${partitionOf(fn.arn)}:logs:${fn.region}:${fn.accountId}:log-group:${logGroupName(fn)}`;
}

function groupKnownToExist(snapshot: Snapshot, fn: FunctionInfo): boolean {
  const group = logGroupName(fn);
  return snapshot.logExcerpts.some((e) => e.logGroup === group || e.logGroup.endsWith(`:log-group:${group}`));
}

/**
 * True when an Allow of the role names this exact log group (not a wildcard over groups) for writing.
 * Combined with a custom log group in the function's configuration (`LoggingConfig.LogGroup`), the group
 * is deployed with the function and its role (CDK `logGroup` + `grantWrite`, as the auditor's own stack
 * does), so Lambda never needs `logs:CreateLogGroup` (issue 13). The default `/aws/lambda/<name>` group
 * proves nothing: Lambda creates it on first invocation.
 */
export function grantsNameGroup(view: ExecutionRoleView, groupArn: string): boolean {
  const exact = new Set([groupArn, `${groupArn}:*`, `${groupArn}:log-stream:*`]);
  return allowGrants(view.policySet.identity).some(
    (g) =>
      (g.statement.action ?? []).some((a) => /^logs:(PutLogEvents|\*)$/i.test(a)) &&
      (g.statement.resource ?? []).some((r) => exact.has(r)),
  );
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const group = logGroupArn(fn);
  const write = checkRequirements(view, fn, [
    { action: 'logs:CreateLogStream', resource: `${group}:log-stream:*`, sourceFunctionArn: true },
    { action: 'logs:PutLogEvents', resource: `${group}:log-stream:*`, sourceFunctionArn: true },
  ]);
  const managed = fn.logGroup !== undefined && grantsNameGroup(view, group);
  const exists = groupKnownToExist(snapshot, fn) || managed;
  const create = exists
    ? {
        denied: [],
        notes: [
          managed
            ? 'The custom log group is deployed with the function (the role is granted writes on exactly it), so logs:CreateLogGroup is not needed.'
            : 'The log group exists (log lines were read), so logs:CreateLogGroup is not needed.',
        ],
      }
    : checkRequirements(view, fn, [{ action: 'logs:CreateLogGroup', resource: `${group}:*`, sourceFunctionArn: true }]);
  const findings = [];
  if (write.denied.length > 0) {
    findings.push(
      requirementFinding({
        check: ROLE_LOGS_WRITE,
        fn,
        view,
        denied: write.denied,
        catalog: input.catalog,
        title: msg('req.logs.title', { fn: fn.name, group: logGroupName(fn) }),
        summary: msg('req.logs.summary', { role: view.role.name, group: logGroupName(fn), fn: fn.name }),
        policyName: 'laa-fix-logs-write',
        fixNotes: [msg('req.logs.note')],
      }),
    );
  }
  if (create.denied.length > 0) {
    findings.push(
      requirementFinding({
        check: ROLE_LOGS_WRITE,
        fn,
        view,
        denied: create.denied,
        catalog: input.catalog,
        severity: 'medium',
        title: msg('req.logs.createTitle', { fn: fn.name, group: logGroupName(fn) }),
        summary: msg('req.logs.createSummary', {
          role: view.role.name,
          action: 'logs:CreateLogGroup',
          group: logGroupName(fn),
        }),
        policyName: 'laa-fix-logs-create-group',
        fixNotes: [msg('req.logs.createNote', { construct: 'logs.LogGroup' })],
        cause: 'create-log-group',
      }),
    );
  }
  return result(findings, [...write.notes, ...create.notes]);
}

/** `LAA-ROLE-LOGS-WRITE`. */
export const ROLE_LOGS_WRITE: Check = {
  id: 'LAA-ROLE-LOGS-WRITE',
  title: 'Execution role can write CloudWatch Logs',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html',
  fixKinds: ['identity-statement', 'remove-statement', 'boundary'],
  scope: 'function',
  run,
};
