/**
 * AWS's word decides the primary fix (issue 9 §1). When a denial's message named the deciding policy type
 * (`classification.fix.source === 'message'`), a check that evaluated the request against the snapshot
 * still makes its PRIMARY fix one whose target layer is that type (the message-fix builders, filled with what
 * the snapshot knows: the Deny statement it matched there, the resource policy to merge into). Further
 * changes the evaluation shows are needed follow in `then`, in order: the evaluation is re-run with AWS's
 * layer taken as fixed, and each layer that still refuses adds its own fix. Where the evaluation disagrees
 * with AWS, the finding says so as evidence. When AWS named no layer, the check keeps its own fix.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import { awsNamedLayer, sameLayer } from '../../findings/aws-word';

export { sameLayer };
import { fixTargetLayer } from '../../fix';
import type { FixKind, FixSpec } from '../../fix/types';
import type { Finding } from '../../findings/types';
import { compilePolicy, evaluate, parsePolicy, proposeFix } from '../../policy';
import type {
  ActionCatalog,
  AuthzRequest,
  CompiledPolicy,
  Decision,
  PolicySet,
  PolicyType,
  RequestPrincipal,
  StatementRef,
} from '../../policy/model';
import { TYPE_NAME } from '../../policy/wording';
import type { PolicyDocument } from '../../snapshot/types';
import { type FixSubject, messageFixSpec } from './message-fix';
import { denyCli } from './policy-lookup';
import { proposalFix, type ProposalContext } from './proposal';
import { callerTarget, type CallerView } from './caller';
import { roleSessionPrincipal } from './principal';
import { en, msg, type MessageParams, type MessageRef } from '../../i18n';
import { typeCode } from './describe';

/**
 * The fix kinds the AWS-layer builders here can return (the identity Allow, a permission set, a resource-policy
 * statement, a Deny to remove, and the boundary / SCP-RCP / session-policy / configuration pointers): every check
 * that picks its fix with them declares these, plus its own.
 */
export const AWS_LAYER_FIX_KINDS: readonly FixKind[] = [
  'identity-statement',
  'permission-set',
  'resource-statement',
  'remove-statement',
  'boundary',
  'org-policy',
  'session-policy',
  'config-change',
];

/** The layer AWS's message named for `denial` (undefined when it named none, or the fix is not a policy). */
export function awsLayer(denial: DeniedRequest): PolicyType | undefined {
  return awsNamedLayer(denial);
}

/** What a check evaluated: the request, the policies it met (resource side included) and the decision. */
export interface Evaluated {
  readonly request: AuthzRequest;
  readonly set: PolicySet;
  readonly decision: Decision;
}

const allowAllCache = new Map<string, CompiledPolicy>();

/** An Allow for everything (resource policies: naming `principal`), standing for "this layer is fixed". */
function allowAll(type: PolicyType, principal?: string): CompiledPolicy {
  const key = `${type}|${principal ?? ''}`;
  let p = allowAllCache.get(key);
  if (!p) {
    const named = type === 'resource' || type === 'trust' ? { Principal: { AWS: principal ?? '*' } } : {};
    const statement = { Effect: 'Allow', Action: '*', Resource: '*', ...named };
    const doc = { Version: '2012-10-17', Statement: [statement] };
    p = compilePolicy(parsePolicy(doc, { type, name: `${TYPE_NAME[type]} (assumed fixed)`, origin: 'probe' }));
    if (allowAllCache.size > 100) allowAllCache.clear();
    allowAllCache.set(key, p);
  }
  return p;
}

/** `set` with `layer` replaced by one that allows (the fix of that layer applied). */
export function withLayerFixed(set: PolicySet, layer: PolicyType, principalArn: string): PolicySet {
  switch (layer) {
    case 'identity':
      return { ...set, identity: [allowAll('identity')] };
    case 'resource':
    case 'trust':
      return { ...set, resource: allowAll(set.resource?.parsed.source.type ?? layer, principalArn) };
    case 'permissions-boundary':
      return set.permissionsBoundary ? { ...set, permissionsBoundary: allowAll(layer) } : set;
    case 'session':
      return { ...set, sessionPolicies: undefined };
    case 'scp':
      return { ...set, scpLevels: undefined };
    case 'rcp':
      return { ...set, rcpLevels: undefined };
    case 'vpc-endpoint':
      return { ...set, vpcEndpoint: undefined };
  }
}

/**
 * The changes still needed once `layer` is fixed, in order: re-evaluate with it fixed; while the request is
 * still refused by another layer, that layer's fix (the engine's proposal) follows, and it is fixed in turn.
 */
export function followUps(
  evaluated: Evaluated,
  layer: PolicyType,
  who: FixSubject,
  ctx: ProposalContext,
  catalog?: ActionCatalog,
): FixSpec[] {
  const steps: FixSpec[] = [];
  const done = new Set<string>([layer === 'trust' ? 'resource' : layer]);
  let set = withLayerFixed(evaluated.set, layer, who.principalArn);
  for (let i = 0; i < 3; i++) {
    const d = evaluate(evaluated.request, set);
    const next = d.decidingType;
    if (d.decision === 'Allowed' || d.awsRule || !next || done.has(next === 'trust' ? 'resource' : next)) break;
    steps.push(proposalFix(proposeFix(evaluated.request, d, catalog), ctx));
    done.add(next === 'trust' ? 'resource' : next);
    set = withLayerFixed(set, next, who.principalArn);
  }
  return steps;
}

/**
 * Params `words` (and `type`) of how AWS's messages call the layer it named: `the key policy`, `the bucket policy`,
 * `the service control policy`, … (the `WORDS` fragment of catalog/checks-fix.ts).
 */
function wordsParams(denial: DeniedRequest, layer: PolicyType): MessageParams {
  if (layer !== 'resource' && layer !== 'trust') return { words: 'layer', type: typeCode(layer) };
  const service = denial.resource?.split(':')[2];
  if (service === 'kms') return { words: 'key' };
  if (service === 's3') return { words: 'bucket' };
  return { words: service === 'iam' ? 'trustpolicy' : 'resourcepolicy' };
}

/** Params `whose` / `whoseText` of "The role's" / "The caller's" (or any other text, shown as given). */
function whoseParams(whose: string): MessageParams {
  if (whose === "The role's") return { whose: 'role' };
  return whose === "The caller's" ? { whose: 'caller' } : { whose: 'other', whoseText: whose };
}

/** {@link disagreement} as a catalog message. */
export function disagreementRef(denial: DeniedRequest, decision: Decision, whose: string): MessageRef | undefined {
  const layer = awsLayer(denial);
  if (!layer) return undefined;
  const words = wordsParams(denial, layer);
  if (decision.decision === 'Allowed') return msg('fix.aws.allowed', { ...whoseParams(whose), ...words });
  const ours = decision.decidingType;
  if (!ours || sameLayer(ours, layer)) return undefined;
  return msg('fix.aws.blames', { ours: typeCode(ours), ...words });
}

/**
 * Evidence when the evaluation disagrees with AWS (undefined when it agrees): "the role's identity policies
 * allow this; AWS reports the denial from the key policy".
 */
export function disagreement(denial: DeniedRequest, decision: Decision, whose: string): string | undefined {
  const ref = disagreementRef(denial, decision, whose);
  return ref && en(ref);
}

/** The Deny statements the evaluation matched in `layer`. */
function deniesIn(decision: Decision, layer: PolicyType): StatementRef[] {
  return decision.layers
    .filter((l) => sameLayer(l.type, layer))
    .flatMap((l) => l.matched.filter((s) => s.effect === 'Deny'));
}

/** The IAM Identity Center permission set behind an `AWSReservedSSO_<set>_<id>` role. */
export function permissionSetName(roleName: string): string | undefined {
  return /^AWSReservedSSO_(.+)_[0-9a-f]{16}$/.exec(roleName)?.[1];
}

/** An identity statement for an IAM Identity Center role goes to its permission set (editing the role is undone). */
export function viaPermissionSet(denial: DeniedRequest, fix: FixSpec): FixSpec {
  if (fix.kind !== 'identity-statement' || fix.target.kind !== 'role') return fix;
  const sso = denial.classification.flags?.some((f) => f.code === 'identity-center-permission-set');
  const name = permissionSetName(fix.target.name);
  if (!sso || !name) return fix;
  return {
    kind: 'permission-set',
    summary: fix.summary,
    notes: fix.notes,
    permissionSetName: name,
    statements: fix.statements,
    ...(fix.text ? { text: fix.text } : {}),
  };
}

/** A Deny the evaluation located only by layer (a resource policy): add the command that shows it. */
function withLookup(denial: DeniedRequest, who: FixSubject, fix: FixSpec): FixSpec {
  if (fix.kind !== 'remove-statement' || fix.location.in !== 'unknown' || fix.location.lookup) return fix;
  const lookup = denyCli(denial, who, fix.location.layer);
  return lookup ? { ...fix, location: { ...fix.location, lookup } } : fix;
}

/** What a check knows beyond the evaluation, for the fix in AWS's layer. */
export interface AwsFixInput {
  readonly denial: DeniedRequest;
  readonly who: FixSubject;
  readonly evaluated: Evaluated;
  /** Where engine fixes go (identity target, policy name). */
  readonly ctx: ProposalContext;
  readonly catalog?: ActionCatalog;
  /** The resource's current resource-based policy, when the snapshot has it. */
  readonly resourceDocument?: PolicyDocument;
}

/**
 * The fix chosen by AWS's word, and the evidence when the evaluation disagrees (its catalog ref travels in
 * `spec.text.lines`, so a check that puts `evidence` in its details gets it localized through the fix).
 */
export interface AwsFix {
  readonly spec: FixSpec;
  readonly evidence: readonly string[];
}

/**
 * The fix whose primary step targets the layer AWS named, with the steps the evaluation shows are also
 * needed after it; undefined when AWS named no layer (the check keeps its own fix).
 */
export function fixByAwsWord(input: AwsFixInput, whose: string): AwsFix | undefined {
  const { denial, who, evaluated, ctx, catalog } = input;
  const layer = awsLayer(denial);
  if (!layer) return undefined;
  const d = evaluated.decision;
  const known = { catalog, denies: deniesIn(d, layer), resourceDocument: input.resourceDocument };
  // The evaluation agrees with AWS: its own proposal (near misses, the deciding statement) is the primary fix.
  const agrees = d.decision !== 'Allowed' && !d.awsRule && sameLayer(d.decidingType, layer);
  const own = agrees ? withLookup(denial, who, proposalFix(proposeFix(evaluated.request, d, catalog), ctx)) : undefined;
  const primary = viaPermissionSet(denial, own ?? messageFixSpec(denial, who, known));
  const then = followUps(evaluated, layer, who, ctx, catalog).map((f) => viaPermissionSet(denial, f));
  const evidence = disagreementRef(denial, evaluated.decision, whose);
  const spec = then.length > 0 ? { ...primary, then: [...(primary.then ?? []), ...then] } : primary;
  if (!evidence) return { spec, evidence: [] };
  const text = { ...spec.text, lines: [...(spec.text?.lines ?? []), evidence] };
  return { spec: { ...spec, text }, evidence: [en(evidence)] };
}

/** `finding` with the decision and deciding layer AWS reported (unchanged when AWS named no layer). */
export function withAwsExplanation(finding: Finding, denial: DeniedRequest): Finding {
  const type = denial.reason.policyType;
  if (!awsLayer(denial) || !type) return finding;
  const kind = denial.reason.kind;
  const decision = kind === 'explicit' ? 'ExplicitlyDenied' : 'ImplicitlyDenied';
  return {
    ...finding,
    explanation: { ...finding.explanation, decidingPolicyType: type, ...(kind === 'unknown' ? {} : { decision }) },
  };
}

/** Whose policies a fix for `denial`'s caller changes: from the snapshot's view of it, else from CloudTrail. */
export function callerSubject(denial: DeniedRequest, view?: CallerView): FixSubject | undefined {
  const c = denial.caller;
  const principalArn = view?.arn ?? (c.type === 'AssumedRole' ? c.roleArn : c.arn);
  // Root and federated users have no identity policy of their own: their name only labels other layers' fixes.
  const fallback = principalArn
    ? { kind: 'user' as const, name: principalArn.slice(principalArn.lastIndexOf('/') + 1) }
    : undefined;
  const target = view ? { kind: view.kind, name: view.name } : (callerTarget(denial) ?? fallback);
  if (!target || !principalArn) return undefined;
  const account = c.accountId ?? denial.account;
  const principal: RequestPrincipal =
    view?.principal ??
    (c.type === 'AssumedRole'
      ? roleSessionPrincipal(principalArn, c.sessionName ?? 'session', account)
      : { kind: c.type === 'IAMUser' ? 'user' : 'role', arn: principalArn, accountId: account });
  return { target, principal, principalArn };
}

/**
 * A deployer check's fix, by AWS's word: the check's own fix when it already targets the layer AWS named (or
 * AWS named none); otherwise the fix in AWS's layer, evaluated (`evaluated`) or from the message alone, with
 * the check's own fix as a later step when the evaluation still needs it. IAM Identity Center roles: the
 * permission set.
 */
export function callerFixByAwsWord(
  denial: DeniedRequest,
  own: FixSpec | undefined,
  input: Omit<AwsFixInput, 'denial' | 'evaluated'> & { readonly evaluated?: Evaluated },
  whose: string,
): AwsFix | undefined {
  const layer = awsLayer(denial);
  const mine = own ? viaPermissionSet(denial, own) : undefined;
  if (!layer || (mine && sameLayer(fixTargetLayer(mine), layer)))
    return mine ? { spec: mine, evidence: [] } : undefined;
  if (input.evaluated) return fixByAwsWord({ ...input, denial, evaluated: input.evaluated }, whose);
  const spec = viaPermissionSet(denial, messageFixSpec(denial, input.who, { catalog: input.catalog }));
  return { spec, evidence: [] };
}
