/**
 * Helper of `LAA-ROLE-DENIED-ACTION`: when the snapshot's policies allow a call that AWS denied,
 * name the layers the snapshot cannot see and use the reason AWS gave; when the role is not in the
 * snapshot at all, diagnose the denial from AWS's message alone.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { Finding, FindingFix, FunctionRef } from '../../findings/types';
import type { PolicyType } from '../../policy/model';
import { TYPE_NAME, textWithArticle } from '../../policy/wording';
import type { Snapshot } from '../../snapshot/types';
import { partitionOf, resourcePattern } from '../../arn';
import { buildFinding } from './finding';
import { PROPAGATION_NOTE, renderFix } from '../../fix';
import { layerText, messageCaller, messageFix, type MessageCaller } from './message-fix';
import type { Check, CheckInput } from '../types';

/** Layers that could have denied the call but are not in the snapshot. */
export function unseenLayers(snapshot: Snapshot, denial: DeniedRequest, resourcePolicyKnown: boolean): string[] {
  const layers: string[] = [];
  const resource = denial.resource ?? '*';
  if (!resourcePolicyKnown && resource !== '*') layers.push(`the resource-based policy of ${resource} (not collected)`);
  if (!snapshot.organization?.scpLevels?.length) layers.push('service control policies (not collected)');
  if (!snapshot.organization?.rcpLevels?.length) layers.push('resource control policies (not collected)');
  layers.push('a session policy passed when the session was created');
  layers.push(
    denial.vpcEndpointId
      ? `the policy of VPC endpoint ${denial.vpcEndpointId} the call went through`
      : 'a VPC endpoint policy, if the call went through an endpoint',
  );
  return layers;
}

/** The sentence AWS gave about the deciding layer, when the message named one. */
export function awsReason(denial: DeniedRequest): string | undefined {
  const r = denial.reason;
  const type = r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : undefined);
  if (!type) return undefined;
  const arn = r.policyArn ? ` (${r.policyArn})` : '';
  return r.kind === 'explicit'
    ? `AWS reported an explicit deny in ${textWithArticle(type)}${arn}.`
    : `AWS reported that no ${type}${arn} allows it.`;
}

const FIX_BY_LAYER: Partial<Record<PolicyType, string>> = {
  scp: 'Ask your organization administrators to change the service control policy that denies it (run in the management account).',
  rcp: 'Ask your organization administrators to change the resource control policy that denies it.',
  resource: 'Add an Allow for the role to the resource-based policy of the target resource.',
  'vpc-endpoint': 'Allow the call in the VPC endpoint policy the function uses.',
  session: 'Widen the session policy passed when the role session is created.',
  'permissions-boundary': 'Allow the action in the permissions boundary of the role.',
  identity: 'Re-collect the snapshot: the identity policies may have changed since the denial.',
};

/** The fix when the snapshot allows but AWS denied: change the layer AWS named (or check them all). */
export function unseenFix(denial: DeniedRequest, roleArn: string): FindingFix {
  const layer = denial.reason.policyType;
  const summary =
    (layer && FIX_BY_LAYER[layer]) ?? 'Find which of the unseen policy layers denies the call and allow it there.';
  const statement =
    layer === 'resource' && denial.resource && denial.resource !== '*'
      ? {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: roleArn }, Action: denial.action, Resource: denial.resource },
          ],
        }
      : undefined;
  const cli =
    layer === 'scp' || layer === 'rcp'
      ? `aws organizations list-policies-for-target --target-id ${denial.account} --filter ${layer === 'scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY'}`
      : undefined;
  return renderFix({
    kind: 'config-change',
    // A change in the layer AWS named ("identity": re-collect, the identity policies changed since the denial).
    layer,
    summary,
    policyJson: statement,
    cli,
    notes: [
      ...(denial.reason.policyArn ? [`The denying policy is ${denial.reason.policyArn}.`] : []),
      'The execution role itself already allows this call; adding more identity permissions will not help.',
      PROPAGATION_NOTE,
    ],
  });
}

/** Failed reads of the role that explain why it is missing from the snapshot. */
function roleReadNotes(snapshot: Snapshot, caller: MessageCaller): string[] {
  return snapshot.provenance.failedReads
    .filter((r) => r.target === caller.roleArn || r.target.startsWith(`${caller.roleArn} `))
    .slice(0, 3)
    .map(
      (r) => `The auditor could not read the role: ${r.api} on ${r.target} failed with ${r.errorCode} (${r.message}).`,
    );
}

/** The function the session belongs to (execution roles: the session is named after the function). */
function sessionFunction(denial: DeniedRequest, caller: MessageCaller): FunctionRef | undefined {
  const c = denial.classification;
  if (c.class !== 'execution-role' || !c.functionName) return undefined;
  const arn =
    c.functionArn ??
    `arn:${partitionOf(caller.roleArn)}:lambda:${denial.region}:${caller.accountId}:function:${c.functionName}`;
  return { name: c.functionName, arn, account: caller.accountId, region: denial.region };
}

/** One-line reason for titles: `no identity-based policy allows it`, `explicit deny in an SCP`. */
export function clause(denial: DeniedRequest): string {
  const text = layerText(denial);
  if (denial.reason.kind === 'explicit') return `explicit deny in ${textWithArticle(text ?? 'a policy')}`;
  if (denial.reason.kind === 'implicit') return `no ${text ?? 'policy'} allows it`;
  return 'AWS did not say which policy decided';
}

/**
 * `LAA-ROLE-DENIED-ACTION` when the caller's role is not in the snapshot: the diagnosis and fix from AWS's
 * error message alone (deciding layer from `denial.reason`), said plainly in the summary.
 */
export function messageFinding(check: Check, input: CheckInput, denial: DeniedRequest): Finding | undefined {
  const caller = messageCaller(denial);
  if (!caller) return undefined;
  const fn = sessionFunction(denial, caller);
  const who = fn ? `${fn.name} (role ${caller.roleName})` : `role ${caller.roleName}`;
  const resource = denial.resource ?? '*';
  const reason = awsReason(denial) ?? "AWS's message does not say which policy decided (old-style message).";
  const kind = denial.reason.kind;
  return buildFinding({
    check,
    functionRef: fn,
    principal: caller.roleArn,
    title: `${who} cannot ${denial.action}: ${clause(denial)}`,
    summary: `Diagnosed from AWS's error message; the role's policies were not in the snapshot. AWS denied ${denial.action} on ${resource} for ${who}: ${reason}`,
    action: denial.action,
    resource,
    severity: 'high',
    stated: {
      ...(kind === 'unknown' ? {} : { decision: kind === 'explicit' ? 'ExplicitlyDenied' : 'ImplicitlyDenied' }),
      ...(denial.reason.policyType ? { decidingPolicyType: denial.reason.policyType } : {}),
    },
    details: [
      "Only AWS's message was used: the role's policies, its permissions boundary and the resource's policy were not evaluated.",
      ...roleReadNotes(input.snapshot, caller),
    ],
    fix: messageFix(denial, caller, input.catalog),
    denial,
    key: {
      functionArn: fn?.arn,
      principal: caller.roleArn,
      action: denial.action,
      resourcePattern: resourcePattern(resource),
      cause: `message|${kind}|${denial.reason.policyType ?? ''}`,
    },
  });
}
