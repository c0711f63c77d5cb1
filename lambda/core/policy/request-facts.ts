/**
 * The per-request facts `evaluate` computes before scanning any statement (lower-cased action, resource part,
 * accounts, exemptions, the context view), shared by the fast path and the detailed path. The fast path
 * refills one reused {@link RequestFacts} per call (no allocation); the detailed path builds its own.
 */
import { ActionKey } from './action-key';
import { NO_ACTION_STATEMENTS, type ActionStatements } from './compile';
import * as C from './context';
import type { MissingKeyPolicy } from './layers';
import { EMPTY_CONTEXT, type RequestContextView } from './match';
import type { AuthzRequest, PolicySet, RequestPrincipal } from './model';
import * as P from './principal';
import * as S from './scan';
import type { EvalInput } from './scan';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const {
  isAccountAt,
  isFederatedUserSession,
  isServiceLinked,
  requestContext,
  resourceAccountAt,
  reusedRequestContext,
} = C;
const { roleKey } = P;
const { resourcePartStart } = S;

/**
 * Where the account of an ARN may start when the index of its sixth part is known: 13 characters before it,
 * after a colon (the 12 characters between the fourth and the fifth colon, as `arnAccount` in core/arn.ts reads
 * them), or -1. Whether they are digits (and the text an ARN) is checked only when it matters
 * ({@link otherAccount}, `isAccountAt` in context.ts): comparing with the caller's account usually settles it.
 */
function accountCandidate(arn: string, resourcePart: number): number {
  const at = resourcePart - 13;
  return at < 5 || arn.charCodeAt(at - 1) !== 58 /* : */ ? -1 : at;
}

/**
 * Whether the caller's account differs from the resource's (`at`: see {@link accountCandidate}). The caller's
 * 12-character account found at `at` means the same account; otherwise the resource's account counts only when
 * it is one (`arn:…`, 12 digits), and an unknown resource account is taken as the caller's.
 */
function otherAccount(request: AuthzRequest, principalAccount: string | undefined, at: number): boolean {
  if (principalAccount === undefined) return false;
  const known = request.resourceAccount;
  if (known !== undefined) return principalAccount !== known;
  if (at < 0) return false;
  if (principalAccount.length === 12 && request.resource.startsWith(principalAccount, at)) return false;
  return isAccountAt(request.resource, at);
}

const RULED_SERVICES = new Set(['sts', 'iam', 'kms']);
const actionKeys = new Map<string, ActionKey<ActionStatements>>();

/**
 * A direct-mapped cache in front of `actionKeys`, indexed by the action's length and three of its characters: a
 * request's action is a fresh string (parsed from JSON), and a `Map` lookup first hashes it (a call out of
 * JavaScript that reads every character); here one string comparison confirms the entry. Collisions only fall
 * back to the map.
 */
const DIRECT_SIZE = 512;
const direct: (ActionKey<ActionStatements> | undefined)[] = new Array<ActionKey<ActionStatements> | undefined>(
  DIRECT_SIZE,
).fill(undefined);

/**
 * The action's slot in the direct-mapped action cache. Any string works: `charCodeAt` out of range is NaN, which the
 * mask makes 0. Exported for tests.
 * @param action the action as the request spells it
 */
export function directSlot(action: string): number {
  const n = action.length;
  return (
    (n * 7 + action.charCodeAt(n - 1) * 31 + action.charCodeAt(n >> 1) * 3 + action.charCodeAt(n >> 2)) &
    (DIRECT_SIZE - 1)
  );
}

/** Lower-cased action and service prefix, memoized (bounded) to keep the hot path allocation-free. */
function actionKey(action: string): ActionKey<ActionStatements> {
  const slot = directSlot(action);
  const hit = direct[slot];
  if (hit !== undefined && hit.spelling === action) return hit;
  let k = actionKeys.get(action);
  if (k === undefined) {
    const lower = action.toLowerCase();
    const colon = lower.indexOf(':');
    const service = colon < 0 ? lower : lower.slice(0, colon);
    k = new ActionKey<ActionStatements>(action, lower, service, RULED_SERVICES.has(service), NO_ACTION_STATEMENTS);
    if (actionKeys.size >= 50_000) actionKeys.clear();
    actionKeys.set(action, k);
  }
  direct[slot] = k;
  return k;
}

/**
 * Requests RCPs do not restrict ("Resources and entities not restricted by RCPs", Organizations guide):
 * `kms:RetireGrant`, and a service assuming a service-linked role (its trust policy is not impacted).
 */
function rcpExemptRequest(key: ActionKey<ActionStatements>, resource: string): boolean {
  if (key.lower === 'kms:retiregrant') return true;
  return key.service === 'sts' && resource.includes(':role/aws-service-role/');
}

/**
 * The key-policy layer of a `kms:` request when no key policy was supplied (see `PolicySet.keyPolicy`):
 * undefined when one was supplied or the request is not on a key (resource `*`, an alias ARN).
 */
function keyPolicyState(policies: PolicySet, resource: string, resourcePart: number): MissingKeyPolicy | undefined {
  if (policies.resource !== undefined) return undefined;
  if (policies.keyPolicyRequired === true) return 'none';
  if (resourcePart < 0 || !resource.startsWith('key/', resourcePart)) return undefined;
  return policies.keyPolicy ?? 'unknown';
}

/** A string's length, 0 for anything else (untyped input must not make the early reads throw). */
const lengthOf = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

const NO_KEY = new ActionKey<ActionStatements>('', '', '', false, NO_ACTION_STATEMENTS);

/** {@link EvalInput} plus what the decision rule needs. Fields are written only by {@link RequestFacts.fill}. */
export class RequestFacts implements EvalInput {
  /** The action's key: lower-cased action, service, and per-policy statement lists (compile.ts). */
  key: ActionKey<ActionStatements> = NO_KEY;
  action = '';
  requestedAction = '';
  service = '';
  resource = '';
  resourcePart = -1;
  ctx: RequestContextView = EMPTY_CONTEXT;
  principal: RequestPrincipal = NOBODY;
  private rk: string | undefined = undefined;
  private rkKnown = false;
  hasBoundary = false;
  scpExempt = false;
  rcpExempt = false;
  /** Principal and resource are in different accounts. */
  crossAccount = false;
  /** The caller is a service-linked role (checked only when SCPs / RCPs are present). */
  serviceLinked = false;
  /** An AWS rule may apply to the action. */
  ruled = false;
  /** State of the KMS key-policy layer when no key policy was supplied. */
  missingKeyPolicy: MissingKeyPolicy | undefined = undefined;
  isRoot = false;
  federatedUserSession = false;
  /**
   * The lengths of the request's action, resource, principal kind and account, summed first thing in
   * {@link RequestFacts.fill}. The value means nothing: the reads are independent of each other, so the cache misses
   * of a fresh request's strings overlap instead of coming one after another (paired A/B 1.02–1.04, docs/engine.md
   * Seventh round); storing the sum keeps the compiler from moving the reads to their first use.
   */
  touch = 0;

  /**
   * The caller's `account/role-name` (`roleKey` in principal.ts), computed on first read: only a Principal
   * element that names roles reads it.
   */
  get roleKey(): string | undefined {
    if (!this.rkKnown) {
      this.rk = roleKey(this.principal);
      this.rkKnown = true;
    }
    return this.rk;
  }

  /**
   * Computes the facts of a request.
   * @param request the request
   * @param policies the policies it meets
   * @param reuse use the shared context view (fast path) instead of a view of its own
   */
  fill(request: AuthzRequest, policies: PolicySet, reuse: boolean): this {
    const p = request.principal;
    const action = request.action;
    const resource = request.resource;
    // Independent first reads of the request's fresh strings: their cache misses overlap (see `touch`).
    this.touch = lengthOf(action) + lengthOf(resource) + lengthOf(p.kind) + lengthOf(p.accountId);
    const key = actionKey(action);
    const resourcePart = resourcePartStart(request.resource);
    const at = request.resourceAccount === undefined ? accountCandidate(request.resource, resourcePart) : -1;
    const organization = policies.scpLevels !== undefined || policies.rcpLevels !== undefined;
    const serviceLinked = organization && isServiceLinked(p);
    this.key = key;
    this.action = key.lower;
    this.requestedAction = request.action;
    this.service = key.service;
    this.resource = request.resource;
    this.resourcePart = resourcePart;
    this.ctx = reuse
      ? reusedRequestContext(request, at)
      : requestContext(request, request.resourceAccount ?? resourceAccountAt(request.resource, at));
    this.principal = p;
    this.rkKnown = false;
    this.hasBoundary = policies.permissionsBoundary !== undefined;
    this.scpExempt = serviceLinked;
    this.rcpExempt = serviceLinked || (policies.rcpLevels !== undefined && rcpExemptRequest(key, request.resource));
    this.crossAccount = otherAccount(request, p.kind === 'service' ? undefined : p.accountId, at);
    this.serviceLinked = serviceLinked;
    this.ruled = key.ruled;
    this.missingKeyPolicy =
      key.service === 'kms' ? keyPolicyState(policies, request.resource, resourcePart) : undefined;
    this.isRoot = p.kind === 'root';
    this.federatedUserSession = isFederatedUserSession(p);
    return this;
  }
}

const NOBODY: RequestPrincipal = { kind: 'anonymous', arn: '*' };
