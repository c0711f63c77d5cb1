/**
 * Helper of `LAA-ROLE-DENIED-ACTION`: when the snapshot's policies allow a call that AWS denied,
 * name the layers the snapshot cannot see and use the reason AWS gave; when the role is not in the
 * snapshot at all, diagnose the denial from AWS's message alone.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { Finding, FindingFix, FunctionRef } from '../../findings/types';
import { en, lines, msg, type MessageParams, type MessageRef } from '../../i18n';
import { TYPE_NAME, textWithArticle } from '../../policy/wording';
import type { Snapshot } from '../../snapshot/types';
import { partitionOf, resourcePattern } from '../../arn';
import { buildFinding } from './finding';
import { renderFix } from '../../fix';
import { typeCode, typeParams, whoParams } from './describe';
import { layerText, messageCaller, messageFix, type MessageCaller } from './message-fix';
import type { Check, CheckInput } from '../types';

/** Layers that could have denied the call but are not in the snapshot, as `- …` lines (catalog refs). */
export function unseenLayerRefs(snapshot: Snapshot, denial: DeniedRequest, resourcePolicyKnown: boolean): MessageRef[] {
  const layers: MessageRef[] = [];
  const resource = denial.resource ?? '*';
  if (!resourcePolicyKnown && resource !== '*') layers.push(msg('role.unseen.layerResource', { resource }));
  if (!snapshot.organization?.scpLevels?.length) layers.push(msg('role.unseen.layer', { layer: 'scp' }));
  if (!snapshot.organization?.rcpLevels?.length) layers.push(msg('role.unseen.layer', { layer: 'rcp' }));
  layers.push(msg('role.unseen.layer', { layer: 'session' }));
  layers.push(
    denial.vpcEndpointId
      ? msg('role.unseen.layerEndpoint', { endpoint: denial.vpcEndpointId })
      : msg('role.unseen.layer', { layer: 'endpoint' }),
  );
  return layers;
}

/** The sentence AWS gave about the deciding layer, when the message named one. */
export function awsReason(denial: DeniedRequest): string | undefined {
  const params = reasonParams(denial);
  return params && en(msg('role.reason', params));
}

/**
 * Params of `role.reason` (AWS's sentence about the deciding layer) with `reasonless: 'no'`; undefined when
 * AWS's message named no layer.
 */
export function reasonParams(denial: DeniedRequest): MessageParams | undefined {
  const r = denial.reason;
  const type = r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : undefined);
  if (!type) return undefined;
  const explicit = r.kind === 'explicit';
  return {
    reasonless: 'no',
    kind: explicit ? 'explicit' : 'implicit',
    ...typeParams(type, explicit),
    ...(r.policyArn ? { arnless: 'no', policyArn: r.policyArn } : { arnless: 'yes' }),
  };
}

/** {@link reasonParams}, or `reasonless: 'yes'` when AWS named no layer. */
export function reasonOrNone(denial: DeniedRequest): MessageParams {
  return reasonParams(denial) ?? { reasonless: 'yes' };
}

/** Summary and notes of {@link unseenFix} as catalog refs (the summary names the layer AWS named). */
export function unseenFixText(denial: DeniedRequest): { summary: MessageRef; notes: MessageRef[] } {
  const layer = denial.reason.policyType;
  return {
    summary: msg('role.unseenFix.summary', { layer: layer ? typeCode(layer) : 'none' }),
    notes: [
      ...(denial.reason.policyArn ? [msg('role.unseenFix.denying', { arn: denial.reason.policyArn })] : []),
      msg('role.unseenFix.allowed'),
      msg('fix.propagation'),
    ],
  };
}

/** The fix when the snapshot allows but AWS denied: change the layer AWS named (or check them all). */
export function unseenFix(denial: DeniedRequest, roleArn: string): FindingFix {
  const layer = denial.reason.policyType;
  const text = unseenFixText(denial);
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
    summary: en(text.summary),
    policyJson: statement,
    cli,
    notes: text.notes.map(en),
  });
}

/** Failed reads of the role that explain why it is missing from the snapshot. */
function roleReadNotes(snapshot: Snapshot, caller: MessageCaller): MessageRef[] {
  return snapshot.provenance.failedReads
    .filter((r) => r.target === caller.roleArn || r.target.startsWith(`${caller.roleArn} `))
    .slice(0, 3)
    .map((r) =>
      msg('role.message.readFailed', { api: r.api, target: r.target, errorCode: r.errorCode, message: r.message }),
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

/** {@link clause} as catalog params (`kind` and the policy type). */
export function clauseParams(denial: DeniedRequest): MessageParams {
  const text = layerText(denial);
  if (denial.reason.kind === 'explicit')
    return {
      kind: 'explicit',
      ...(text ? typeParams(text, true) : { type: 'free', typeText: textWithArticle('a policy') }),
    };
  if (denial.reason.kind === 'implicit')
    return { kind: 'implicit', ...(text ? typeParams(text, false) : { type: 'free', typeText: 'policy' }) };
  return { kind: 'unknown' };
}

/**
 * `LAA-ROLE-DENIED-ACTION` when the caller's role is not in the snapshot: the diagnosis and fix from AWS's
 * error message alone (deciding layer from `denial.reason`), said plainly in the summary.
 */
export function messageFinding(check: Check, input: CheckInput, denial: DeniedRequest): Finding | undefined {
  const caller = messageCaller(denial);
  if (!caller) return undefined;
  const fn = sessionFunction(denial, caller);
  const resource = denial.resource ?? '*';
  const kind = denial.reason.kind;
  const who = { ...whoParams(fn?.name, caller.roleName), action: denial.action };
  const title = msg('role.denied.titleAws', { ...who, ...clauseParams(denial) });
  const summary = msg('role.message.summary', { ...who, resource, ...reasonOrNone(denial) });
  const details = [msg('role.message.only'), ...roleReadNotes(input.snapshot, caller)];
  return buildFinding({
    check,
    functionRef: fn,
    principal: caller.roleArn,
    title: en(title),
    summary: en(summary),
    text: { title, summary, lines: lines(...details) },
    action: denial.action,
    resource,
    severity: 'high',
    stated: {
      ...(kind === 'unknown' ? {} : { decision: kind === 'explicit' ? 'ExplicitlyDenied' : 'ImplicitlyDenied' }),
      ...(denial.reason.policyType ? { decidingPolicyType: denial.reason.policyType } : {}),
    },
    details: details.map(en),
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
