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

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { roleKey } = P;

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

function principalType(p: RequestPrincipal): string | undefined {
  switch (p.kind) {
    case 'user':
      return 'User';
    case 'role':
    case 'assumed-role':
      return 'AssumedRole';
    case 'root':
      return 'Account';
    case 'federated':
      return 'FederatedUser';
    case 'anonymous':
      return 'Anonymous';
    default:
      return undefined;
  }
}

/** The IAM role ARN of a role or assumed-role caller. */
export function derivedRoleArn(p: RequestPrincipal): string | undefined {
  if (p.kind === 'role') return p.arn;
  if (p.kind !== 'assumed-role') return undefined;
  if (p.roleArn) return p.roleArn;
  // Fallback only: the session ARN loses the role path (AWS-FACTS 1.3); callers should pass roleArn.
  const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(p.arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

function principalArnKey(p: RequestPrincipal): string | undefined {
  const roleArn = derivedRoleArn(p);
  if (roleArn) return roleArn;
  if (p.kind === 'root' && p.accountId) return `arn:aws:iam::${p.accountId}:root`;
  if (p.kind === 'service' || p.kind === 'anonymous') return undefined;
  return p.arn;
}

function userId(p: RequestPrincipal): string | undefined {
  if (p.kind === 'root') return p.accountId;
  if (!p.principalId) return undefined;
  if (p.kind === 'assumed-role' && p.sessionName && !p.principalId.includes(':'))
    return `${p.principalId}:${p.sessionName}`;
  return p.principalId;
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

/** ASCII case-insensitive equality without allocating (`b` is lower case). */
function sameKey(a: string, lowerB: string): boolean {
  if (a.length !== lowerB.length) return false;
  for (let i = 0; i < a.length; i++) {
    let c = a.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerB.charCodeAt(i)) return false;
  }
  return true;
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

function principalTag(p: RequestPrincipal, lowerTag: string): string | undefined {
  const tags = p.tags;
  if (tags === undefined) return undefined;
  let hit: string | undefined;
  for (const k in tags) if (sameKey(k, lowerTag)) hit = tags[k];
  return hit;
}

/** A principal-derived global key (lower-case name), computed on demand; every one is single-valued. */
function derivedKey(p: RequestPrincipal, key: string): string | undefined {
  if (!key.startsWith('aws:')) return undefined;
  switch (key) {
    case 'aws:principalarn':
      return principalArnKey(p);
    case 'aws:principalaccount':
      return p.kind === 'service' ? undefined : p.accountId;
    case 'aws:userid':
      return userId(p);
    case 'aws:username':
      return p.kind === 'user' ? p.arn.slice(p.arn.lastIndexOf('/') + 1) : undefined;
    case 'aws:principaltype':
      return principalType(p);
    case 'aws:principalorgid':
      return p.orgId;
    case 'aws:principalisawsservice':
      return p.kind === 'service' ? 'true' : 'false';
    case 'aws:principalservicename':
      return p.kind === 'service' ? p.arn : undefined;
    default:
      return key.startsWith('aws:principaltag/') ? principalTag(p, key.slice('aws:principaltag/'.length)) : undefined;
  }
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
    const lower = lowerBySlot[slot];
    const d = derivedKey(this.principal, lower);
    if (d !== undefined) return d;
    if (lower !== 'aws:resourceaccount') return undefined;
    if (this.resourceAccount === undefined && this.accountAt >= 0)
      this.resourceAccount = this.arn.slice(this.accountAt, this.accountAt + 12);
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
 * @param accountAt where the account starts in `request.resource` (-1: unknown), used when the request names none
 */
export function reusedRequestContext(request: AuthzRequest, accountAt: number): RequestContextView {
  if (shared === undefined) shared = new RequestView(undefined, request.principal, undefined);
  shared.reset(request, accountAt);
  return shared;
}
