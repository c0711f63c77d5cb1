/**
 * Fixes in the layer AWS's error message named (`DeniedRequest.reason`), as fix kinds: for a caller whose
 * policies are not in the snapshot, and as the primary fix of every denial check when AWS named a layer
 * (with what the snapshot knows: the Deny statement, the current resource policy; see aws-layer.ts). Missing Allows reuse the engine's
 * {@link proposeFix} (catalog-canonical action, exact resource) and the shared renderers; explicit denies
 * name the layer and policy that must change, since an added Allow never overrides a Deny.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { FindingFix } from '../../findings/types';
import { proposeFix } from '../../policy';
import type { ActionCatalog, AuthzRequest, Decision, PolicyType, StatementRef } from '../../policy/model';
import type { FixSpec, ResourcePolicyService } from '../../fix/types';
import type { PolicyDocument } from '../../snapshot/types';
import { TYPE_NAME } from '../../policy/wording';
import { accountOf, iamRoleArn, lastSegment, parseArn, partitionOf } from '../../arn';
import { fixPolicyName, PROPAGATION, renderFix } from '../../fix';
import { en, msg, type MessageRef } from '../../i18n';
import { typeParams } from './describe';
import { engineRefs } from './engine-text';
import { proposalFix } from './proposal';
import { denyCli, invokePermission, readResourcePolicyCli, type FixSubject } from './policy-lookup';
import { roleSessionPrincipal } from './principal';

/** The role session a message-based diagnosis is about. */
export interface MessageCaller {
  readonly roleArn: string;
  readonly roleName: string;
  readonly sessionName: string;
  readonly accountId: string;
}

/** The caller's role session, when the denial names one (`AssumedRole` with a role ARN or name). */
export function messageCaller(denial: DeniedRequest): MessageCaller | undefined {
  const c = denial.caller;
  if (c.type !== 'AssumedRole') return undefined;
  const accountId = c.accountId ?? denial.account;
  const partition = partitionOf(c.arn ?? c.roleArn ?? '');
  const roleArn = c.roleArn ?? (c.roleName ? iamRoleArn(partition, accountId, c.roleName) : undefined);
  if (!roleArn) return undefined;
  const sessionName = c.sessionName ?? (c.arn ? lastSegment(c.arn) : undefined) ?? 'unknown';
  return { roleArn, roleName: c.roleName ?? lastSegment(roleArn), sessionName, accountId };
}

export type { FixSubject } from './policy-lookup';

/** The subject of a role session found from the message alone. */
export function subjectOf(caller: MessageCaller): FixSubject {
  return {
    target: { kind: 'role', name: caller.roleName },
    principal: roleSessionPrincipal(caller.roleArn, caller.sessionName, caller.accountId),
    principalArn: caller.roleArn,
    functionVar: 'fn',
  };
}

/**
 * Whether a denial can be diagnosed from its message: the caller is a role session AND the message is
 * about the caller (Lambda's `InvalidParameterValueException` is about the execution role instead).
 * Execution-role and VPC-network (ENI) denials qualify, and `lambda:InvokeFunction` denials of a role session.
 */
export function messageDiagnosable(denial: DeniedRequest): boolean {
  if (!messageCaller(denial) || denial.errorCode === 'InvalidParameterValueException') return false;
  const cls = denial.classification.class;
  return (
    cls === 'execution-role' ||
    cls === 'vpc-network' ||
    (cls === 'invoke-permission' && denial.action.toLowerCase() === 'lambda:invokefunction')
  );
}

/** The policy type text AWS wrote (or the engine's name for it). */
export function layerText(denial: DeniedRequest): string | undefined {
  const r = denial.reason;
  return r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : undefined);
}

/** The request as AWS saw it: the caller's session, the action and the resource (`*` when none is named). */
export function messageRequest(denial: DeniedRequest, who: FixSubject): AuthzRequest {
  return {
    principal: who.principal,
    action: denial.action,
    resource: denial.resource ?? '*',
    context: {},
  };
}

/** A decision that holds only what the message says: the kind and the deciding layer, no statements. */
function messageDecision(request: AuthzRequest, explicit: boolean, type: PolicyType): Decision {
  const resourceAccount = accountOf(request.resource);
  return {
    decision: explicit ? 'ExplicitlyDenied' : 'ImplicitlyDenied',
    decidingType: type,
    deciding: [],
    layers: [],
    nearMisses: [],
    reasons: [],
    crossAccount: resourceAccount !== undefined && resourceAccount !== accountOf(request.principal.arn),
  };
}

/** Notes for a missing Allow in a resource-based policy. */
function resourceNotes(denial: DeniedRequest, request: AuthzRequest, crossAccount: boolean): MessageRef[] {
  const notes = [msg('fix.message.addToResource', { resource: request.resource })];
  if (!crossAccount) notes.push(msg('fix.message.sameAccount'));
  const read = readResourcePolicyCli(request.resource);
  if (read) notes.push(msg('fix.message.currentPolicy', { cli: read }));
  if (denial.resource === undefined) notes.push(msg('fix.message.noResource'));
  return notes;
}

/**
 * The fix for an explicit deny: the layer (and policy) that must change; an Allow would not help. With the
 * Deny statements the snapshot shows in that layer, the fix names the first one (where it is, what it says).
 */
function explicitFix(denial: DeniedRequest, who: FixSubject, known: MessageKnowledge): FixSpec {
  const type = denial.reason.policyType;
  const request = messageRequest(denial, who);
  const denies = known.denies ?? [];
  const decision = type ? { ...messageDecision(request, true, type), deciding: denies } : undefined;
  const proposal = decision ? proposeFix(request, decision, known.catalog) : undefined;
  const notes = proposal ? [...proposal.notes] : [en(msg('fix.engine.denyOverrides'))];
  const refs = proposal ? engineRefs(proposal.notes) : [msg('fix.engine.denyOverrides')];
  const more = [
    ...(type === 'scp' ? [msg('fix.message.scpExplicit')] : []),
    ...(type === 'session' ? [msg('fix.message.sessionPassed')] : []),
  ];
  const lookup = denyCli(denial, who, type);
  if (proposal && denies.length > 0) {
    const spec = proposalFix(proposal, { target: who.target, policyName: 'laa-fix', account: denial.account });
    if (spec.kind !== 'remove-statement' || spec.location.in !== 'unknown') return spec;
    return { ...spec, location: { ...spec.location, lookup: spec.location.lookup ?? lookup } };
  }
  const arn = denial.reason.policyArn;
  const summary = msg('fix.message.changeDeny', {
    ...typeParams(layerText(denial) ?? 'a policy', true),
    ...(arn ? { arnless: 'no', policyArn: arn } : { arnless: 'yes' }),
  });
  const common = { summary: en(summary), notes: [...notes, ...more.map(en)] };
  const text = { summary, lines: [...refs, ...more] };
  if (!type) {
    const all = [...common.notes, en(PROPAGATION)];
    return {
      kind: 'config-change',
      ...common,
      cli: lookup,
      notes: all,
      text: { summary, lines: [...text.lines, PROPAGATION] },
    };
  }
  // The Deny's statement is not known: the location is the layer AWS named and a lookup.
  return { kind: 'remove-statement', ...common, location: { in: 'unknown', layer: type, lookup }, text };
}

/** The service whose resource-policy API a resource-statement fix uses. */
function policyService(resource: string): ResourcePolicyService {
  const service = parseArn(resource)?.service;
  return service === 'kms' || service === 'ecr' ? service : 'other';
}

/** A missing Allow in the resource-based policy: the statement, merged into the policy when the snapshot has it. */
function resourceAllow(denial: DeniedRequest, who: FixSubject, fix: FixSpec, known: MessageKnowledge): FixSpec {
  const resource = denial.resource;
  if (!resource || fix.kind !== 'resource-statement') return fix;
  const invoke = invokePermission(resource, who.principalArn);
  if (invoke) return { ...fix, ...invoke };
  const arn = parseArn(resource);
  return {
    ...fix,
    service: policyService(resource),
    ...(arn?.service === 'kms' || arn?.service === 'ecr'
      ? { resourceName: lastSegment(resource), region: arn.region }
      : {}),
    ...(known.resourceDocument ? { existing: known.resourceDocument } : {}),
  };
}

/** The fix for a missing Allow in the layer AWS named (identity when AWS named none). */
function missingAllowFix(denial: DeniedRequest, who: FixSubject, type: PolicyType, known: MessageKnowledge): FixSpec {
  const request = messageRequest(denial, who);
  const decision = messageDecision(request, false, type);
  const proposal = proposeFix(request, decision, known.catalog);
  const canonical = known.catalog?.canonical(denial.action) ?? denial.action;
  const extra: MessageRef[] = [];
  if (type === 'resource') extra.push(...resourceNotes(denial, request, decision.crossAccount));
  else if (denial.resource === undefined) extra.push(msg('fix.message.starResource'));
  const ctx = {
    target: who.target,
    policyName: fixPolicyName(canonical),
    functionVar: who.functionVar,
    boundaryArn: who.boundaryArn,
    account: denial.account,
  };
  const fix = proposalFix(proposal, ctx, extra.map(en), extra);
  if (type === 'resource') return resourceAllow(denial, who, fix, known);
  if (fix.kind === 'config-change' && type === 'vpc-endpoint' && denial.vpcEndpointId)
    return { ...fix, cli: denyCli(denial, who, 'vpc-endpoint') };
  if (fix.kind === 'session-policy') return { ...fix, roleArn: who.principalArn };
  return fix;
}

/** What the snapshot adds to AWS's message, when there is one. */
export interface MessageKnowledge {
  readonly catalog?: ActionCatalog;
  /** Deny statements the evaluation matched in the layer AWS named. */
  readonly denies?: readonly StatementRef[];
  /** The resource's current resource-based policy (the fix merges into it). */
  readonly resourceDocument?: PolicyDocument;
}

/**
 * The fix AWS's message supports, by the kind of denial, as a fix kind: a least-privilege Allow for a missing
 * one, the layer and policy to change for an explicit deny, and — when the message is old-style and names no
 * layer — the identity statement as the likely fix, with that caveat.
 */
export function messageFixSpec(denial: DeniedRequest, who: FixSubject, known: MessageKnowledge = {}): FixSpec {
  const { kind, policyType } = denial.reason;
  if (kind === 'explicit') return explicitFix(denial, who, known);
  if (kind === 'implicit' && !policyType) {
    const summary = msg('fix.message.allowIn', {
      action: denial.action,
      ...typeParams(layerText(denial) ?? 'policy', false),
    });
    const text = { summary, lines: [PROPAGATION] };
    return { kind: 'config-change', summary: en(summary), notes: [en(PROPAGATION)], text };
  }
  const fix = missingAllowFix(denial, who, policyType ?? 'identity', known);
  if (kind !== 'unknown') return fix;
  const inner = fix.text?.summary;
  const summary = inner ? msg('fix.message.likely', { summary: inner }) : undefined;
  const oldStyle = msg('fix.message.oldStyle');
  return {
    ...fix,
    summary: en(msg('fix.message.likely', { summary: fix.summary })),
    notes: [en(oldStyle), ...(fix.notes ?? [])],
    text: { ...(summary ? { summary } : {}), lines: [oldStyle, ...(fix.text?.lines ?? [])] },
  };
}

/** {@link messageFixSpec} for a role session, rendered. */
export function messageFix(
  denial: DeniedRequest,
  caller: MessageCaller,
  catalog: ActionCatalog | undefined,
): FindingFix {
  return renderFix(messageFixSpec(denial, subjectOf(caller), { catalog }));
}
