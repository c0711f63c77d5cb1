/**
 * The request context seen by conditions and policy variables: the request's own `context` first, then
 * keys derived from the principal (IAM User Guide "AWS global condition context keys"), then
 * `aws:ResourceAccount`.
 *
 * Hot path: a request gets one small view object and nothing else. Keys are looked up case-insensitively
 * in the request's record when a condition asks (no map is built), and principal-derived keys are computed
 * only when asked for. Nothing is memoized per request object: with a fresh request per decision, per-object
 * caches only cost (WeakMap entries made garbage collection the largest cost of a decision).
 */
import type { ContextKeyRef, OneOrMore, RequestContextView } from './match';
import type { AuthzRequest, ContextValue, RequestPrincipal } from './model';
import * as P from './principal';
import * as PK from './principal-keys';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { roleKey } = P;
const { derivedKind, derivedRoleArn, derivedValue, NOT_DERIVED, RESOURCE_ACCOUNT } = PK;

export { derivedRoleArn } from './principal-keys';

/** Derived facts about a principal (for fixes and explanations; evaluation derives what it needs lazily). */
export interface PrincipalFacts {
  /** See `roleKey` in principal.ts. */
  readonly roleKey?: string;
  /** The IAM role ARN of a role / assumed-role caller (with path when known). */
  readonly roleArn?: string;
  /**
   * The caller is a service-linked role or one of its sessions: its role ARN has the reserved path
   * `/aws-service-role/`. Only detectable when the role ARN (with path) is known.
   */
  readonly serviceLinked: boolean;
  /** The caller is an IAM federated user session (`GetFederationToken`, `arn:…:sts::…:federated-user/…`). */
  readonly federatedUserSession: boolean;
}

/** True when the service-linked role path is in the caller's role ARN. */
export function isServiceLinked(p: RequestPrincipal): boolean {
  if (p.kind !== 'role' && p.kind !== 'assumed-role') return false;
  const roleArn = derivedRoleArn(p);
  return roleArn !== undefined && roleArn.includes(':role/aws-service-role/');
}

/** True for an IAM federated user session (`GetFederationToken`). */
export function isFederatedUserSession(p: RequestPrincipal): boolean {
  return p.kind === 'federated' && /^arn:[\w-]+:sts::\d{12}:federated-user\//.test(p.arn);
}

/** Facts about a principal (computed on each call; not on the evaluation hot path). */
export function principalFacts(p: RequestPrincipal): PrincipalFacts {
  const rk = roleKey(p);
  const roleArn = derivedRoleArn(p);
  return {
    ...(rk !== undefined ? { roleKey: rk } : {}),
    ...(roleArn !== undefined ? { roleArn } : {}),
    serviceLinked: isServiceLinked(p),
    federatedUserSession: isFederatedUserSession(p),
  };
}

/**
 * Whether the 12 characters of an ARN at `at` are its account: the ARN starts with `arn:` and they are digits
 * (the candidate position `at` is already known to follow a colon and precede the fifth one).
 * @param arn the resource ARN
 * @param at a candidate position (see `accountCandidate` in request-facts.ts)
 */
export function isAccountAt(arn: string, at: number): boolean {
  if (!arn.startsWith('arn:')) return false;
  for (let i = at; i < at + 12; i++) {
    const c = arn.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The resource's account at a candidate position when it is one ({@link isAccountAt}), else undefined.
 * @param arn the resource ARN
 * @param at a candidate position (-1: none)
 */
export function resourceAccountAt(arn: string, at: number): string | undefined {
  return at >= 0 && isAccountAt(arn, at) ? arn.slice(at, at + 12) : undefined;
}

const NO_VALUES: readonly string[] = Object.freeze([]);

/**
 * A context value as one string (a one-element list, not allocated) or a list of strings. Defensive: untyped
 * JSON may carry numbers, booleans or null.
 */
function asValues(v: unknown): OneOrMore {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x !== 'string') return v.filter((y) => y !== undefined && y !== null).map(String);
    return v as readonly string[];
  }
  return v === undefined || v === null ? NO_VALUES : String(v);
}

/**
 * Interned context keys: each key string a condition, a policy variable or a request record spells gets a
 * slot (spellings that differ only in case share one). A view scans its request's record once (each record
 * key to its slot, through a map lookup, not a comparison against every key), and a decision's answers are
 * kept in scratch arrays stamped with the view's generation: each distinct key is looked up once per
 * decision and nothing is allocated per request for it. Only one view's record is in the scratch arrays at a
 * time (`scannedGen`); a view asked again after another one scanned (a lazy explanation) scans again. Bounded:
 * when hostile input has grown the table past `MAX_SLOTS`, the next view starts a fresh one.
 */
const MAX_SLOTS = 4096;
const slotByKey = new Map<string, number>();
const slotByLower = new Map<string, number>();
let lowerBySlot: string[] = [];
/** Per slot: which principal-derived key its name is (principal-keys.ts), and the tag name of a principal tag. */
let kindBySlot: number[] = [];
let tagBySlot: string[] = [];
let slotValues: (OneOrMore | undefined)[] = [];
let slotStamps: number[] = [];
let recordValues: unknown[] = [];
let recordStamps: number[] = [];
let generation = 0;
/** Generation of the view whose record is in `recordValues` (0: none). */
let scannedGen = 0;
/** Generation of the slot table (bumped by `resetSlots`): a {@link ContextKeyRef}'s cached slot is valid for one. */
let slotEpoch = 0;
/**
 * The key the last scanned record had at each position, and its slot. Records from one source list their keys
 * in the same order (JSON of one shape, one builder), so a scan mostly compares each key with the one seen at
 * its position (interned property names: a pointer comparison) instead of hashing it. Positions past
 * `MAX_POSITIONS` are looked up each time.
 */
const MAX_POSITIONS = 64;
let keyAt: string[] = [];
let slotAt: number[] = [];

function slotOf(key: string): number {
  const hit = slotByKey.get(key);
  if (hit !== undefined) return hit;
  const lower = key.toLowerCase();
  let slot = slotByLower.get(lower);
  if (slot === undefined) {
    slot = lowerBySlot.length;
    lowerBySlot.push(lower);
    const derived = derivedKind(lower);
    kindBySlot.push(derived.kind);
    tagBySlot.push(derived.tag);
    slotValues.push(undefined);
    slotStamps.push(0);
    recordValues.push(undefined);
    recordStamps.push(0);
    slotByLower.set(lower, slot);
  }
  slotByKey.set(key, slot);
  return slot;
}

function resetSlots(): void {
  slotByKey.clear();
  slotByLower.clear();
  lowerBySlot = [];
  kindBySlot = [];
  tagBySlot = [];
  slotValues = [];
  slotStamps = [];
  recordValues = [];
  recordStamps = [];
  scannedGen = 0;
  keyAt = [];
  slotAt = [];
  slotEpoch++;
}

/** The context view of one request. */
class RequestView implements RequestContextView {
  private gen = 0;

  constructor(
    private record: Readonly<Record<string, ContextValue>> | undefined,
    private principal: RequestPrincipal,
    private resourceAccount: string | undefined,
    /** The resource ARN and where its account starts, when `resourceAccount` is to be cut from it on demand. */
    private arn = '',
    private accountAt = -1,
  ) {
    this.start();
  }

  /** Points the view at another request (the fast path reuses one view: nothing keeps it after a decision). */
  reset(request: AuthzRequest, accountAt: number): void {
    this.record = request.context;
    this.principal = request.principal;
    this.resourceAccount = request.resourceAccount;
    this.arn = request.resource;
    this.accountAt = accountAt;
    this.start();
  }

  private start(): void {
    // Resets happen only here, so slot numbers never change while a view is being asked.
    if (slotByKey.size >= MAX_SLOTS) resetSlots();
    this.gen = ++generation;
  }

  get(key: string): readonly string[] | undefined {
    const v = this.value(key);
    return typeof v === 'string' ? [v] : v;
  }

  value(key: string, ref?: ContextKeyRef): OneOrMore | undefined {
    let slot: number;
    if (ref === undefined) slot = slotOf(key);
    else {
      if (ref.epoch !== slotEpoch) {
        ref.slot = slotOf(ref.name);
        ref.epoch = slotEpoch;
      }
      slot = ref.slot;
    }
    if (slotStamps[slot] === this.gen) return slotValues[slot];
    const values = this.lookup(slot);
    slotStamps[slot] = this.gen;
    slotValues[slot] = values;
    return values;
  }

  private lookup(slot: number): OneOrMore | undefined {
    const r = this.record;
    if (r !== undefined) {
      if (scannedGen !== this.gen) this.scan(r);
      // Several spellings of one key in a record: the last one (in property order) wins.
      if (recordStamps[slot] === this.gen) return asValues(recordValues[slot]);
    }
    const kind = kindBySlot[slot];
    if (kind === NOT_DERIVED) return undefined;
    if (kind !== RESOURCE_ACCOUNT) return derivedValue(this.principal, kind, tagBySlot[slot]);
    if (this.resourceAccount === undefined) this.resourceAccount = resourceAccountAt(this.arn, this.accountAt);
    return this.resourceAccount;
  }

  private scan(r: Readonly<Record<string, ContextValue>>): void {
    let at = 0;
    for (const k in r) {
      let s: number;
      if (at < keyAt.length && keyAt[at] === k) s = slotAt[at];
      else {
        s = slotOf(k);
        if (at < MAX_POSITIONS) {
          keyAt[at] = k;
          slotAt[at] = s;
        }
      }
      at++;
      recordStamps[s] = this.gen;
      recordValues[s] = r[k];
    }
    scannedGen = this.gen;
  }
}

/**
 * Builds the context view of a request: `request.context` first, then principal-derived keys
 * (aws:PrincipalArn, aws:PrincipalAccount, aws:userid, aws:username, aws:PrincipalTag/…,
 * aws:PrincipalOrgID, aws:PrincipalType, aws:PrincipalIsAWSService, aws:PrincipalServiceName), then
 * `aws:ResourceAccount` when the resource's account is known.
 * @param request the request
 * @param resourceAccount account that owns the resource, when known
 */
export function requestContext(request: AuthzRequest, resourceAccount?: string): RequestContextView {
  return new RequestView(request.context, request.principal, resourceAccount);
}

let shared: RequestView | undefined;

/**
 * {@link requestContext} without allocating: one view object reused by every call, so the view is valid only
 * until the next call. For `evaluate`'s fast path, which keeps no reference to it after the decision.
 * @param request the request
 * @param accountAt where the account may start in `request.resource` (checked with {@link isAccountAt} when
 *   `aws:ResourceAccount` is read; -1: none), used when the request names no `resourceAccount`
 */
export function reusedRequestContext(request: AuthzRequest, accountAt: number): RequestContextView {
  if (shared === undefined) shared = new RequestView(undefined, request.principal, undefined);
  shared.reset(request, accountAt);
  return shared;
}
