/**
 * Evaluates a request against the policy set it meets, following the IAM User Guide "Policy
 * evaluation logic" (single account) and "Cross-account policy evaluation logic":
 *
 * 1. An explicit Deny in any applicable policy (RCP, SCP, VPC endpoint, resource-based, identity-based,
 *    permissions boundary, session) denies.
 * 2. SCPs: every level of the organization hierarchy must allow (a missing Allow denies); RCP levels always
 *    allow (RCPFullAWSAccess cannot be detached), so RCPs deny only explicitly.
 * 3. VPC endpoint policy, when the request goes through an endpoint, must allow.
 * 4. Resource-based policy (a role's trust policy for sts:AssumeRole), same account:
 *    - an Allow that names the caller itself (user ARN, assumed-role session ARN, federated-user
 *      session, service, or `*`) is enough: it is not limited by an implicit deny in identity-based
 *      policies, permissions boundaries or session policies;
 *    - an Allow that names the caller's role ARN is limited by an implicit deny in a permissions
 *      boundary or session policy ("Permissions boundaries for IAM entities" → resource-based
 *      policies; "Session policies": permissions granted to the role ARN are added before the session
 *      policy applies, those granted to the session ARN after it);
 *    - an Allow that names only the account delegates to the account's identity-based policies.
 * 5. Identity-based policies must allow; a permissions boundary and session policies, when present,
 *    must allow too (they limit identity grants only).
 * 6. Cross-account: identity-based policies (limited as above) AND the resource-based policy must allow.
 *    Role trust policies and KMS key policies must allow the principal even within the same account
 *    ("Policy evaluation logic": they "must explicitly allow access for principals"); a key policy that
 *    names the account root delegates to IAM policies.
 * The account root user is allowed by its own account (identity layer) but still bound by steps 1–3.
 * Session policies (step 6 of "Determining whether a request is allowed or denied within an account"): an
 * IAM federated user session (`GetFederationToken`) without a session policy is implicitly denied; a role
 * session without one is not.
 * Organization policies (Organizations guide): SCPs and RCPs do not restrict service-linked roles
 * (role path `/aws-service-role/`), nor a service assuming its service-linked role (RCPs); RCPs do not
 * restrict `kms:RetireGrant`.
 *
 * The rule itself is in verdict.ts (one integer summary per layer); the fast path here summarizes the layers
 * without listing statements (summary.ts), the detailed path (detailed.ts) lists them when a caller reads
 * `deciding`, `layers`, `nearMisses` or `reasons`.
 */
import * as DEC from './decision';
import * as D from './detailed';
import type { AuthzRequest, Decision, PolicySet, PolicyType } from './model';
import * as RF from './request-facts';
import * as S from './summary';
import * as V from './verdict';
import type { VerdictFacts } from './verdict';

// Module-local copies (see summary.ts).
const { ALLOWED_BY_IDENTITY, decide, kindOf, layerOf, PRESENT, RES } = V;
const { requiresOf, ruleFor } = D;
const { codes, summarize } = S;
const layerCodes = codes;
const { EngineDecision } = DEC;
const { RequestFacts } = RF;

/** Policy types by layer index (verdict.ts); the resource layer's is `resource` or `trust`. */
const TYPES: readonly PolicyType[] = [
  'rcp',
  'scp',
  'vpc-endpoint',
  'resource',
  'identity',
  'permissions-boundary',
  'session',
];

// Reused by every call (evaluate is synchronous and keeps no reference to them in the decision).
const facts = new RequestFacts();
const rule: { -readonly [K in keyof VerdictFacts]: VerdictFacts[K] } = {
  resourceRequired: false,
  crossAccount: false,
  isRoot: false,
  federatedUserSession: false,
};

/**
 * Evaluates a request. Pure and deterministic. Decides from per-layer summaries and allocates only the returned
 * decision; `deciding`, `layers`, `nearMisses` and `reasons` are computed on first read (sweeps evaluate
 * millions of requests and read them only for the few that matter).
 * @param request who does what on which resource, with which context
 * @param policies the policies the request meets
 */
export function evaluate(request: AuthzRequest, policies: PolicySet): Decision {
  const f = facts.fill(request, policies, true);
  const awsRule = ruleFor(request, f);
  if (awsRule?.kind === 'always-allowed')
    return new EngineDecision('Allowed', undefined, f.crossAccount, awsRule, undefined, request, policies);
  const s = summarize(policies, f);
  rule.crossAccount = f.crossAccount;
  // Trust policies and KMS key policies must allow even within one account (see the header).
  rule.resourceRequired = f.crossAccount || s.trust || ((layerCodes[RES] & PRESENT) !== 0 && f.service === 'kms');
  rule.isRoot = f.isRoot;
  rule.federatedUserSession = f.federatedUserSession;
  const outcome = decide(layerCodes, s.via, rule);
  const kind = kindOf(outcome);
  const layer = layerOf(outcome);
  const type = outcome === ALLOWED_BY_IDENTITY ? 'identity' : layer === RES && s.trust ? 'trust' : TYPES[layer];
  // A protected resource (aws-rules.ts) is an implicit deny unless a Deny statement applies too (detailed.ts).
  if (awsRule)
    return kind === 'ExplicitlyDenied'
      ? new EngineDecision(kind, type, f.crossAccount, awsRule, undefined, request, policies)
      : new EngineDecision('ImplicitlyDenied', undefined, f.crossAccount, awsRule, undefined, request, policies);
  const requires = requiresOf(kind, s.unknownKeyPolicy);
  return new EngineDecision(kind, type, f.crossAccount, undefined, requires, request, policies);
}
