/**
 * The request context seen by conditions and policy variables: keys derived from the principal
 * (IAM User Guide "AWS global condition context keys") merged with the request's own `context`
 * (which wins on conflicts). Principal-derived maps are cached per principal object, request maps per
 * context object, so repeated evaluation of the same caller allocates nothing here.
 */
import type { RequestContextView } from './match';
import type { AuthzRequest, ContextValue, RequestPrincipal } from './model';
import { roleKey } from './principal';

type KeyMap = Map<string, readonly string[]>;

/** Derived facts about a principal, computed once per principal object. */
export interface PrincipalFacts {
  readonly keys: KeyMap;
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

const factsCache = new WeakMap<RequestPrincipal, PrincipalFacts>();
const requestCache = new WeakMap<object, KeyMap>();

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

function derivedRoleArn(p: RequestPrincipal): string | undefined {
  if (p.kind === 'role') return p.arn;
  if (p.kind !== 'assumed-role') return undefined;
  if (p.roleArn) return p.roleArn;
  // Fallback only: the session ARN loses the role path (AWS-FACTS 1.3); callers should pass roleArn.
  const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(p.arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

function principalArnKey(p: RequestPrincipal, roleArn: string | undefined): string | undefined {
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

function computeFacts(p: RequestPrincipal): PrincipalFacts {
  const keys: KeyMap = new Map();
  const put = (k: string, v: string | undefined): void => {
    if (v !== undefined) keys.set(k.toLowerCase(), [v]);
  };
  const roleArn = derivedRoleArn(p);
  put('aws:PrincipalArn', principalArnKey(p, roleArn));
  put('aws:PrincipalAccount', p.kind === 'service' ? undefined : p.accountId);
  put('aws:userid', userId(p));
  if (p.kind === 'user') put('aws:username', p.arn.slice(p.arn.lastIndexOf('/') + 1));
  put('aws:PrincipalType', principalType(p));
  put('aws:PrincipalOrgID', p.orgId);
  put('aws:PrincipalIsAWSService', p.kind === 'service' ? 'true' : 'false');
  if (p.kind === 'service') put('aws:PrincipalServiceName', p.arn);
  for (const [k, v] of Object.entries(p.tags ?? {})) put(`aws:PrincipalTag/${k}`, v);
  const rk = roleKey(p);
  return {
    keys,
    ...(rk !== undefined ? { roleKey: rk } : {}),
    ...(roleArn !== undefined ? { roleArn } : {}),
    serviceLinked: roleArn !== undefined && roleArn.includes(':role/aws-service-role/'),
    federatedUserSession: p.kind === 'federated' && /^arn:[\w-]+:sts::\d{12}:federated-user\//.test(p.arn),
  };
}

/** Facts about a principal (cached per object). */
export function principalFacts(p: RequestPrincipal): PrincipalFacts {
  let f = factsCache.get(p);
  if (!f) {
    f = computeFacts(p);
    factsCache.set(p, f);
  }
  return f;
}

function requestKeys(context: Readonly<Record<string, ContextValue>>): KeyMap {
  let m = requestCache.get(context);
  if (!m) {
    m = new Map();
    for (const [k, v] of Object.entries(context)) {
      // Defensive: values typed as strings may arrive as numbers / booleans from untyped JSON.
      const list: readonly unknown[] = Array.isArray(v) ? v : [v];
      m.set(k.toLowerCase(), list.filter((x) => x !== undefined && x !== null).map(String));
    }
    requestCache.set(context, m);
  }
  return m;
}

/** A context view over the request's keys, then the principal-derived keys. */
class MergedContext implements RequestContextView {
  constructor(
    private readonly request: KeyMap | undefined,
    private readonly derived: KeyMap,
  ) {}

  get(key: string): readonly string[] | undefined {
    const hit = this.lookup(key);
    return hit !== undefined ? hit : this.lookup(key.toLowerCase());
  }

  private lookup(k: string): readonly string[] | undefined {
    const r = this.request?.get(k);
    return r !== undefined ? r : this.derived.get(k);
  }
}

const viewCache = new WeakMap<object, { principal: RequestPrincipal; view: RequestContextView }>();

/**
 * Builds the context view of a request: `request.context` first, then principal-derived keys
 * (aws:PrincipalArn, aws:PrincipalAccount, aws:userid, aws:username, aws:PrincipalTag/…,
 * aws:PrincipalOrgID, aws:PrincipalType, aws:PrincipalIsAWSService, aws:PrincipalServiceName).
 * Views are memoized per (context object, principal object).
 * @param request the request
 */
export function requestContext(request: AuthzRequest): RequestContextView {
  const holder: object = request.context ?? request.principal;
  const hit = viewCache.get(holder);
  if (hit && hit.principal === request.principal) return hit.view;
  const facts = principalFacts(request.principal);
  const view = new MergedContext(request.context ? requestKeys(request.context) : undefined, facts.keys);
  viewCache.set(holder, { principal: request.principal, view });
  return view;
}

/** A view that adds `aws:ResourceAccount` to another view. */
class ResourceAccountView implements RequestContextView {
  private readonly value: readonly string[];

  constructor(
    private readonly base: RequestContextView,
    account: string,
  ) {
    this.value = [account];
  }

  get(key: string): readonly string[] | undefined {
    const hit = this.base.get(key);
    if (hit !== undefined) return hit;
    return key.toLowerCase() === 'aws:resourceaccount' ? this.value : undefined;
  }
}

const resourceViews = new WeakMap<RequestContextView, Map<string, RequestContextView>>();

/**
 * Adds `aws:ResourceAccount` (the account that owns the resource) when it is known and the request
 * context does not set it. Memoized per (view, account).
 * @param view the request's context view
 * @param account resource account, when known
 */
export function withResourceAccount(view: RequestContextView, account: string | undefined): RequestContextView {
  if (account === undefined) return view;
  let byAccount = resourceViews.get(view);
  if (!byAccount) resourceViews.set(view, (byAccount = new Map()));
  let hit = byAccount.get(account);
  if (!hit) {
    hit = new ResourceAccountView(view, account);
    if (byAccount.size < 256) byAccount.set(account, hit);
  }
  return hit;
}
