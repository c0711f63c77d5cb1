/**
 * A function's resource-based policy as the checks see it: which document governs a
 * (possibly qualified) target ARN, whether the snapshot really knows it, and engine probes that ask
 * "who may do what" without ever comparing actions or principals by hand.
 */
import { compilePolicy, evaluate, parsePolicy } from '../../policy';
import type { AuthzRequest, CompiledPolicy, ContextValue, Decision, RequestPrincipal } from '../../policy/model';
import { resourcePolicy } from '../../snapshot/policy-sets';
import type { FunctionInfo, PolicyDocument, Snapshot, TriggerInfo } from '../../snapshot/types';
import { accountOf, functionQualifier, unqualifiedFunctionArn } from '../../arn';
import { servicePrincipal } from './principal';

/** The resource policy that governs invocations of one target ARN of a function. */
export interface FunctionPolicyView {
  /** Target ARN the policy governs (unqualified function ARN or `…:alias`). */
  readonly resourceArn: string;
  /** `$LATEST`, an alias or a version; undefined for the unqualified function. */
  readonly qualifier?: string;
  /** The document, or null when the function (qualifier) has no policy. */
  readonly document: PolicyDocument | null;
  /** False when the snapshot does not know the policy (failed read, qualifier not collected). */
  readonly known: boolean;
  /** Display name used as evidence. */
  readonly name: string;
  /** The function name as `name` shows it (`fn` or `fn:qualifier`), a placeholder of catalog texts. */
  readonly target: string;
}

const triggerIndex = new WeakMap<Snapshot, Map<string, TriggerInfo[]>>();

/** Triggers whose target (qualified or not) is `fn`, from an index built once per snapshot. */
export function triggersOf(snapshot: Snapshot, fn: FunctionInfo): readonly TriggerInfo[] {
  let index = triggerIndex.get(snapshot);
  if (!index) {
    index = new Map();
    for (const t of snapshot.triggers) {
      const key = unqualifiedFunctionArn(t.targetArn);
      const list = index.get(key) ?? [];
      list.push(t);
      index.set(key, list);
    }
    triggerIndex.set(snapshot, index);
  }
  return index.get(fn.arn) ?? [];
}

/** The account a trigger's source belongs to (S3 bucket ARNs carry none: assume the function's). */
export function triggerSourceAccount(trigger: TriggerInfo, fn: FunctionInfo): { account: string; assumed: boolean } {
  const known = trigger.sourceAccount ?? accountOf(trigger.sourceArn);
  return known ? { account: known, assumed: false } : { account: fn.accountId, assumed: true };
}

/** True when `targetArn` (qualified or not) designates `fn`. */
export function targetsFunction(fn: FunctionInfo, targetArn: string): boolean {
  return unqualifiedFunctionArn(targetArn) === fn.arn;
}

function policyReadFailed(snapshot: Snapshot, fn: FunctionInfo): boolean {
  return snapshot.provenance.failedReads.some(
    (r) =>
      /getpolicy/i.test(r.api) && (r.target === fn.arn || r.target === fn.name || r.target.startsWith(`${fn.arn}:`)),
  );
}

/** The policy governing `targetArn` of `fn` (the unqualified policy for unqualified or `$LATEST` targets). */
export function functionPolicyFor(
  snapshot: Snapshot,
  fn: FunctionInfo,
  targetArn: string = fn.arn,
): FunctionPolicyView {
  const qualifier = functionQualifier(targetArn);
  if (qualifier && qualifier !== '$LATEST') {
    const entry = fn.qualifierPolicies?.find((q) => q.qualifier === qualifier);
    return {
      resourceArn: `${fn.arn}:${qualifier}`,
      qualifier,
      document: entry?.policy ?? null,
      known: entry !== undefined && !policyReadFailed(snapshot, fn),
      name: `resource policy of ${fn.name}:${qualifier}`,
      target: `${fn.name}:${qualifier}`,
    };
  }
  return {
    resourceArn: fn.arn,
    qualifier,
    document: fn.resourcePolicy,
    known: !policyReadFailed(snapshot, fn),
    name: `resource policy of ${fn.name}`,
    target: fn.name,
  };
}

/** Every policy of a function that the snapshot holds: unqualified first, then each qualifier. */
export function allFunctionPolicies(snapshot: Snapshot, fn: FunctionInfo): FunctionPolicyView[] {
  const views = [functionPolicyFor(snapshot, fn)];
  for (const q of fn.qualifierPolicies ?? []) views.push(functionPolicyFor(snapshot, fn, `${fn.arn}:${q.qualifier}`));
  return views;
}

/** The compiled document of a view, or undefined when there is none. */
export function compiledView(view: FunctionPolicyView): CompiledPolicy | undefined {
  return view.document ? resourcePolicy(view.document, view.name) : undefined;
}

let allowAllIdentity: CompiledPolicy | undefined;

/**
 * An identity policy that allows everything: stands for the (unknown) identity policies of a
 * principal in another account, so a probe asks only what the *resource policy* lets through.
 */
export function assumedAllowAll(): CompiledPolicy {
  allowAllIdentity ??= compilePolicy(
    parsePolicy(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      { type: 'identity', name: 'identity policies of the outside principal (assumed to allow)', origin: 'probe' },
    ),
  );
  return allowAllIdentity;
}

const OUTSIDER_CANDIDATES = ['999988887777', '444455556666', '777700001111'];

/** An account ID that appears nowhere in the document (stands for "any other AWS account"). */
export function outsiderAccount(document: PolicyDocument | null, own: string): string {
  const text = JSON.stringify(document ?? {});
  return OUTSIDER_CANDIDATES.find((a) => a !== own && !text.includes(a)) ?? '000000000001';
}

/** A principal of an unrelated account (IAM user), outside any organization of the audited account. */
export function outsiderPrincipal(account: string): RequestPrincipal {
  return { kind: 'user', arn: `arn:aws:iam::${account}:user/anyone`, accountId: account, orgId: 'o-outsider00' };
}

/** A request and the engine's decision. */
export interface Probe {
  readonly request: AuthzRequest;
  readonly decision: Decision;
}

/** Asks the engine whether an outside principal may do `action` on the view's resource. */
export function probeOutside(
  view: FunctionPolicyView,
  principal: RequestPrincipal,
  action: string,
  context: Readonly<Record<string, ContextValue>> = {},
): Probe {
  const request: AuthzRequest = { principal, action, resource: view.resourceArn, context };
  const policy = compiledView(view);
  return { request, decision: evaluate(request, { identity: [assumedAllowAll()], resource: policy }) };
}

/** Asks the engine whether AWS service `service` may invoke the view's resource with `context`. */
export function probeService(
  view: FunctionPolicyView,
  service: string,
  context: Readonly<Record<string, ContextValue>>,
  action = 'lambda:InvokeFunction',
): Probe {
  const request: AuthzRequest = { principal: servicePrincipal(service), action, resource: view.resourceArn, context };
  return { request, decision: evaluate(request, { identity: [], resource: compiledView(view) }) };
}

/** Lambda actions probed when no catalog is given (the ones a resource policy can grant). */
export const DEFAULT_LAMBDA_PROBE_ACTIONS: readonly string[] = [
  'lambda:InvokeFunction',
  'lambda:InvokeFunctionUrl',
  'lambda:InvokeAsync',
  'lambda:GetFunction',
  'lambda:GetFunctionConfiguration',
  'lambda:UpdateFunctionCode',
  'lambda:UpdateFunctionConfiguration',
  'lambda:DeleteFunction',
  'lambda:PublishVersion',
  'lambda:CreateAlias',
  'lambda:UpdateAlias',
  'lambda:DeleteAlias',
  'lambda:GetPolicy',
  'lambda:AddPermission',
  'lambda:RemovePermission',
  'lambda:PutFunctionConcurrency',
  'lambda:TagResource',
];
