/**
 * `LAA-ROLE-DENIED-ACTION`: a call made by a function's execution role (or any role session found
 * in the snapshot) was denied. Re-evaluates it against the role's full policy set (+ the target
 * function's resource policy), explains which layer decided, and proposes the smallest fix. When the
 * caller's role is not in the snapshot, the diagnosis and fix come from AWS's error message alone.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { evaluate, proposeFix } from '../../policy';
import type { AuthzRequest, CompiledPolicy, ContextValue } from '../../policy/model';
import { findRole, missingManagedPolicies, policySetForRole, resourcePolicy } from '../../snapshot/policy-sets';
import type { FunctionInfo, RoleInfo, Snapshot } from '../../snapshot/types';
import { lastSegment, unqualifiedFunctionArn } from '../../arn';
import { denialClause } from '../shared/describe';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { fixPolicyName } from '../../fix';
import { renderProposal } from '../shared/proposal';
import { roleSessionPrincipal } from '../shared/principal';
import { messageDiagnosable } from '../shared/message-fix';
import { hasFlag } from '../shared/flags';
import { awsReason, messageFinding, unseenFix, unseenLayers } from '../shared/unseen-role';
import type { Check, CheckInput, CheckResult } from '../types';

const CLASSES = new Set(['execution-role', 'vpc-network', 'unrelated']);
/** Lambda's `InvalidParameterValueException` is about the execution role, not the caller: LAA-LAMBDA-REJECTED-CONFIG. */
const REJECTED_CONFIG_NOTE =
  'Lambda rejected a configuration of the execution role: handled by LAA-LAMBDA-REJECTED-CONFIG.';

function callerRole(snapshot: Snapshot, denial: DeniedRequest): RoleInfo | undefined {
  if (denial.caller.type !== 'AssumedRole') return undefined;
  const ref = denial.caller.roleArn ?? denial.classification.roleArn ?? denial.caller.roleName;
  return ref ? findRole(snapshot, ref) : undefined;
}

function sessionName(denial: DeniedRequest): string {
  return denial.caller.sessionName ?? (denial.caller.arn ? lastSegment(denial.caller.arn) : undefined) ?? 'unknown';
}

function findFunction(snapshot: Snapshot, denial: DeniedRequest, role: RoleInfo): FunctionInfo | undefined {
  const c = denial.classification;
  return (
    snapshot.functions.find((f) => c.functionArn !== undefined && f.arn === unqualifiedFunctionArn(c.functionArn)) ??
    snapshot.functions.find((f) => f.name === (c.functionName ?? sessionName(denial)) && f.roleArn === role.arn)
  );
}

function requestContext(denial: DeniedRequest, fn: FunctionInfo | undefined): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {
    'aws:RequestedRegion': denial.region,
    'aws:CurrentTime': denial.eventTime,
  };
  if (fn && sessionName(denial) === fn.name) ctx['lambda:SourceFunctionArn'] = fn.arn;
  if (denial.sourceIp && /^[0-9a-f.:]+$/i.test(denial.sourceIp)) ctx['aws:SourceIp'] = denial.sourceIp;
  if (denial.vpcEndpointId) ctx['aws:SourceVpce'] = denial.vpcEndpointId;
  return ctx;
}

/** Resource policy of the target when the snapshot has it (a function policy, or a role's trust policy). */
function targetPolicy(snapshot: Snapshot, denial: DeniedRequest): CompiledPolicy | undefined {
  const resource = denial.resource;
  if (!resource || resource === '*') return undefined;
  const target = snapshot.functions.find((f) => f.arn === unqualifiedFunctionArn(resource));
  if (target?.resourcePolicy) return resourcePolicy(target.resourcePolicy, `resource policy of ${target.name}`);
  if (denial.action.toLowerCase() === 'sts:assumerole') {
    const role = snapshot.roles.find((r) => r.arn === resource);
    if (role) return resourcePolicy(role.trustPolicy, `trust policy of role ${role.name}`, 'trust');
  }
  return undefined;
}

/** The role is not in the snapshot: diagnose from AWS's error message alone (ignore rules still apply). */
function fromMessage(input: CheckInput, denial: DeniedRequest): CheckResult {
  const ignored = denial.classification.ignoredBy;
  if (ignored) return passed([`Ignored by rule ${ignored.rule}: ${ignored.reason}`]);
  const finding = messageFinding(ROLE_DENIED_ACTION, input, denial);
  const note = "The caller's role is not in the snapshot: diagnosed from AWS's error message alone.";
  return finding ? result([finding], [note]) : notApplicable(note);
}

function run(input: CheckInput): CheckResult {
  const { snapshot, denial } = input;
  if (!denial) return notApplicable('No denial in this audit.');
  if (denial.errorCode === 'InvalidParameterValueException') return notApplicable(REJECTED_CONFIG_NOTE);
  if (
    hasFlag(denial, 'self-assume-execution-role') ||
    (hasFlag(denial, 'identity-invoke') && hasFlag(denial, 'cross-account-resource'))
  )
    return notApplicable('Handled by LAA-SELF-ASSUME-ROLE / LAA-IDENTITY-INVOKE (issue 9 §3 cases).');
  const role = callerRole(snapshot, denial);
  if (!role && messageDiagnosable(denial)) return fromMessage(input, denial);
  if (denial.classification.class !== 'execution-role' && (!role || !CLASSES.has(denial.classification.class))) {
    return notApplicable(`Denial class ${denial.classification.class} is handled by other checks.`);
  }
  if (!role) return notApplicable(`Role of ${denial.caller.arn ?? 'the caller'} is not in the snapshot.`);
  const ignored = denial.classification.ignoredBy;
  if (ignored) return passed([`Ignored by rule ${ignored.rule}: ${ignored.reason}`]);
  const fn = findFunction(snapshot, denial, role);
  const request: AuthzRequest = {
    principal: roleSessionPrincipal(role.arn, sessionName(denial), role.accountId, role),
    action: denial.action,
    resource: denial.resource ?? '*',
    context: requestContext(denial, fn),
  };
  const resource = targetPolicy(snapshot, denial);
  const decision = evaluate(request, { ...policySetForRole(snapshot, role), resource });
  const missing = missingManagedPolicies(snapshot, role.attachedPolicies);
  const notes = missing.length > 0 ? [`Managed policies not in the snapshot: ${missing.join(', ')}.`] : [];
  const who = fn ? `${fn.name} (role ${role.name})` : `role ${role.name}`;
  if (decision.decision === 'Allowed') {
    const layers = unseenLayers(snapshot, denial, resource !== undefined);
    const reason = awsReason(denial);
    return result(
      [
        buildFinding({
          check: ROLE_DENIED_ACTION,
          fn,
          title: `${who} was denied ${denial.action} by a policy the auditor cannot see`,
          summary: `AWS denied ${denial.action} on ${request.resource} for ${who} although its role policies allow it. ${reason ?? 'A policy outside the snapshot denied it.'}`,
          action: denial.action,
          resource: request.resource,
          severity: 'high',
          details: [
            ...(reason ? [reason] : []),
            'Layers not visible in the snapshot:',
            ...layers.map((l) => `- ${l}`),
            ...notes,
          ],
          fix: unseenFix(denial, role.arn),
          denial,
          cause: `unseen|${denial.reason.policyType ?? 'unknown'}`,
        }),
      ],
      notes,
    );
  }
  const proposal = proposeFix(request, decision, input.catalog);
  const fix = renderProposal(
    proposal,
    {
      target: { kind: 'role', name: role.name },
      policyName: fixPolicyName(denial.action),
      functionVar: 'fn',
      boundaryArn: role.permissionsBoundaryArn,
      account: denial.account,
    },
    notes,
  );
  return result(
    [
      buildFinding({
        check: ROLE_DENIED_ACTION,
        fn,
        principal: fn ? undefined : role.arn,
        request,
        decision,
        title: `${who} cannot ${denial.action}: ${denialClause(decision)}`,
        summary: `AWS denied ${denial.action} on ${request.resource} for ${who} because ${denialClause(decision)}.`,
        details: [...(awsReason(denial) ? [awsReason(denial) as string] : []), ...notes],
        fix,
        denial,
      }),
    ],
    notes,
  );
}

/** `LAA-ROLE-DENIED-ACTION`. */
export const ROLE_DENIED_ACTION: Check = {
  id: 'LAA-ROLE-DENIED-ACTION',
  title: 'Execution role denied an action',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  fixKinds: [
    'identity-statement',
    'resource-statement',
    'remove-statement',
    'boundary',
    'org-policy',
    'session-policy',
    'config-change',
  ],
  scope: 'event',
  run,
};
