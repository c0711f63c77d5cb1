/**
 * The detailed path of `evaluate`: every layer with its matching statements (layers.ts), the deciding
 * statements and the layer whose missing Allow decided. `Decision.deciding`, `layers`, `nearMisses` and
 * `reasons` are built from it when first read; the decision rule is the fast path's (verdict.ts).
 */
import * as AR from './aws-rules';
import * as C from './context';
import { evaluateLayers, orderedLayers, withKeyPolicyLayer, type LayerEval, type Layers, type Verdict } from './layers';
import type { AuthzRequest, AwsRule, DecisionKind, PolicySet, PolicyType, StatementRef } from './model';
import { RequestFacts } from './request-facts';
import {
  BND,
  codeOf,
  decide,
  EXPLICIT,
  ID,
  IMPLICIT,
  kindOf,
  layerOf,
  RCP,
  RES,
  SCP,
  SES,
  VIA_ACCOUNT,
  VIA_DIRECT,
  VIA_NONE,
  VIA_ROLE,
  VPC,
} from './verdict';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { isServiceLinked } = C;
const { awsRuleFor } = AR;

const NONE: readonly StatementRef[] = [];
const VIA_RANK = { none: VIA_NONE, account: VIA_ACCOUNT, role: VIA_ROLE, direct: VIA_DIRECT } as const;

/**
 * Every verdict has the same fields in the same order (absent ones undefined), so the code reading them
 * sees one object shape.
 */
const makeVerdict = (
  decision: DecisionKind,
  decidingType: PolicyType | undefined,
  deciding: readonly StatementRef[],
  failedLayer?: LayerEval,
  awsRule?: AwsRule,
  requires?: readonly 'key-policy'[],
): Verdict => ({ decision, decidingType, deciding, failedLayer, awsRule, requires });

/** The evaluated layer with a layer index of verdict.ts. */
function byIndex(l: Layers, index: number): LayerEval {
  return [l.rcp, l.scp, l.vpc, l.resource, l.identity, l.boundary, l.session][index];
}

/** The deciding Deny statements: the named layer's, then those of any other denying layer, in layer order. */
function denyingStatements(l: Layers, first: LayerEval): readonly StatementRef[] {
  const others = orderedLayers(l).filter((x) => x !== first && x.denies.length > 0);
  return others.length === 0 ? first.denies : [...first.denies, ...others.flatMap((x) => x.denies)];
}

/** The policies' verdict with its statements. */
function policyVerdict(l: Layers, f: RequestFacts): Verdict {
  const codes = [RCP, SCP, VPC, RES, ID, BND, SES].map((i) => codeOf(byIndex(l, i)));
  const res = l.resource;
  // Trust policies and KMS key policies must allow even within one account (evaluate.ts header).
  const resourceRequired = f.crossAccount || res.type === 'trust' || (res.present && f.service === 'kms');
  const outcome = decide(codes, VIA_RANK[res.via], { ...f, resourceRequired });
  const layer = byIndex(l, layerOf(outcome));
  const kind = kindOf(outcome);
  if (outcome >> 3 === EXPLICIT) return makeVerdict(kind, layer.type, denyingStatements(l, layer));
  if (outcome >> 3 === IMPLICIT) return makeVerdict(kind, layer.type, NONE, layer);
  if (layer === res) return makeVerdict(kind, res.type, res.allows);
  const allows = l.identity.allows;
  return makeVerdict(kind, 'identity', f.crossAccount ? [...allows, ...res.allows] : allows);
}

/** What the detailed path returns. */
export interface Detail {
  readonly verdict: Verdict;
  readonly layers: Layers;
  readonly facts: RequestFacts;
}

const KEY_POLICY: readonly 'key-policy'[] = Object.freeze(['key-policy'] as const);

/**
 * The verdict of an AWS rule that applies to a request (aws-rules.ts), or undefined.
 * @param request the request
 * @param f its facts
 */
export function ruleFor(request: AuthzRequest, f: RequestFacts): AwsRule | undefined {
  if (!f.ruled) return undefined;
  const p = request.principal;
  return awsRuleFor(f.action, request.resource, p, f.serviceLinked || (f.service === 'iam' && isServiceLinked(p)));
}

/** The `requires` of a decision: an Allowed that holds only if the unknown KMS key policy allows too. */
export const requiresOf = (decision: DecisionKind, unknownKeyPolicy: boolean): readonly 'key-policy'[] | undefined =>
  decision === 'Allowed' && unknownKeyPolicy ? KEY_POLICY : undefined;

/**
 * The verdict of an AWS rule: layers are reported, but they did not decide. A protected resource is refused
 * without a Deny statement, so that is an implicit deny ("A request results in an explicit deny if an applicable
 * policy includes a Deny statement", IAM User Guide, "The difference between explicit and implicit denies");
 * when a Deny statement applies too, the deny is explicit and lists it.
 */
const ruled = (rule: AwsRule, v: Verdict): Verdict =>
  rule.kind === 'always-allowed'
    ? makeVerdict('Allowed', undefined, NONE, undefined, rule)
    : v.decision === 'ExplicitlyDenied'
      ? makeVerdict('ExplicitlyDenied', v.decidingType, v.deciding, undefined, rule)
      : makeVerdict('ImplicitlyDenied', undefined, NONE, undefined, rule);

/**
 * Evaluates a request in full: every layer's matching statements and the verdict with its deciding statements.
 * @param request the request
 * @param policies the policies it meets
 */
export function evaluateDetailed(request: AuthzRequest, policies: PolicySet): Detail {
  const f = new RequestFacts().fill(request, policies, false);
  const layers = withKeyPolicyLayer(evaluateLayers(policies, f), f.missingKeyPolicy);
  const v = policyVerdict(layers, f);
  const rule = ruleFor(request, f);
  if (rule) return { verdict: ruled(rule, v), layers, facts: f };
  const requires = requiresOf(v.decision, layers.resource.outcome === 'unknown');
  const verdict = requires ? makeVerdict(v.decision, v.decidingType, v.deciding, undefined, undefined, requires) : v;
  return { verdict, layers, facts: f };
}
