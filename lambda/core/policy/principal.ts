/**
 * Matching of `Principal` / `NotPrincipal` against the principal making a request.
 *
 * Rules (IAM User Guide "AWS JSON policy elements: Principal" and "NotPrincipal"):
 * - `"*"` / `{"AWS": "*"}` matches everyone, including anonymous callers.
 * - An account ID or `arn:aws:iam::ACCT:root` names the whole account: it matches every principal of
 *   that account, and delegates to the account's identity-based policies.
 * - A role ARN matches the role and every session of that role; an `assumed-role` ARN matches only
 *   that session; a user ARN matches only that user. Principal ARNs take no wildcards.
 * - `Service` / `Federated` match service principals / federated callers by name.
 * - `NotPrincipal` excludes a caller only when every identity AWS may check for it is listed: the
 *   account, then the role or user, then the session ("you must also specify the account ARN …
 *   AWS might validate the account first, then the role, and then the assumed-role user").
 */
import type { PrincipalSpec, RequestPrincipal } from './model';

/**
 * How a principal element matched: `direct` names the caller itself (user, session, service,
 * federated, or `*`), `role` names the caller's role, `account` names the caller's account.
 * `none`: no match. The distinction drives the same-account resource-policy rules in evaluation.
 */
export type PrincipalVia = 'direct' | 'role' | 'account' | 'none';

/** A principal element compiled to sets for O(1) lookups. */
export interface PrincipalMatcher {
  readonly wildcard: boolean;
  readonly accounts: ReadonlySet<string>;
  /** `account/role-name-lower-case` keys (role names are unique case-insensitively per account). */
  readonly roles: ReadonlySet<string>;
  /** Exact user, assumed-role session and federated-user ARNs. */
  readonly arns: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
  readonly federated: ReadonlySet<string>;
}

const ACCOUNT_ID = /^\d{12}$/;
const IAM_ARN = /^arn:[\w-]+:iam::(\d{12}):(root|role\/(?:.*\/)?([^/]+)|user\/.+)$/;

/**
 * `set.has(value)`, without hashing `value` when the set is empty (a principal element usually names one kind of
 * identity, and the caller's ARN is a fresh string on every request: hashing it is most of a lookup).
 */
function named(set: ReadonlySet<string>, value: string): boolean {
  return set.size !== 0 && set.has(value);
}

/** Compiles a {@link PrincipalSpec} into a {@link PrincipalMatcher}. */
export function compilePrincipal(spec: PrincipalSpec): PrincipalMatcher {
  const accounts = new Set<string>();
  const roles = new Set<string>();
  const arns = new Set<string>();
  for (const entry of spec.aws) {
    if (ACCOUNT_ID.test(entry)) {
      accounts.add(entry);
      continue;
    }
    const m = IAM_ARN.exec(entry);
    if (m && m[2] === 'root') accounts.add(m[1]);
    else if (m && m[3] !== undefined) roles.add(`${m[1]}/${m[3].toLowerCase()}`);
    else arns.add(entry);
  }
  return {
    wildcard: spec.wildcard,
    accounts,
    roles,
    arns,
    services: new Set(spec.service.map((s) => s.toLowerCase())),
    federated: new Set(spec.federated),
  };
}

/** `account/role-name` of a role or assumed-role caller, derived from its role ARN or session ARN. */
export function roleKey(p: RequestPrincipal): string | undefined {
  if (p.kind !== 'role' && p.kind !== 'assumed-role') return undefined;
  const arn = p.kind === 'role' ? p.arn : (p.roleArn ?? p.arn);
  // Fields of `arn:partition:service:region:account:resource`, found with indexOf (hot path, no split).
  let c3 = -1;
  for (let i = 0, at = -1; i < 4; i++) {
    at = arn.indexOf(':', at + 1);
    if (at < 0) break;
    c3 = at;
  }
  const c4 = c3 < 0 ? -1 : arn.indexOf(':', c3 + 1);
  const account = c4 < 0 ? (c3 < 0 ? (p.accountId ?? '') : arn.slice(c3 + 1)) : arn.slice(c3 + 1, c4);
  const resource = c4 < 0 ? '' : arn.slice(c4 + 1);
  // role/path/name → name is last; assumed-role/name/session → name is second.
  let name: string | undefined;
  if (resource.startsWith('assumed-role/')) {
    const end = resource.indexOf('/', 13);
    name = end < 0 ? resource.slice(13) : resource.slice(13, end);
  } else name = resource.slice(resource.lastIndexOf('/') + 1);
  return `${account}/${name.toLowerCase()}`;
}

/** Where the caller's {@link roleKey} is read from: read only when an element names roles (it may be computed then). */
export interface RoleKeySource {
  readonly roleKey?: string;
}

/** The caller's role key when the element names roles at all (undefined otherwise, without reading it). */
function roleKeyFor(m: PrincipalMatcher, who: RoleKeySource): string | undefined {
  return m.roles.size > 0 ? who.roleKey : undefined;
}

/**
 * How a `Principal` element matches the caller.
 * @param m compiled element
 * @param p caller
 * @param who holds the caller's {@link roleKey} (read only when the element names roles)
 */
export function matchPrincipal(m: PrincipalMatcher, p: RequestPrincipal, who: RoleKeySource): PrincipalVia {
  if (m.wildcard) return 'direct';
  switch (p.kind) {
    case 'service':
      return m.services.size !== 0 && m.services.has(p.arn.toLowerCase()) ? 'direct' : 'none';
    case 'federated':
      if (named(m.federated, p.arn) || named(m.arns, p.arn)) return 'direct';
      break;
    case 'anonymous':
      return 'none';
    default: {
      if (named(m.arns, p.arn)) return 'direct';
      const rk = roleKeyFor(m, who);
      if (rk !== undefined && named(m.roles, rk)) return 'role';
    }
  }
  return p.accountId !== undefined && named(m.accounts, p.accountId) ? 'account' : 'none';
}

/**
 * True when a `NotPrincipal` element excludes the caller (the statement then does not apply).
 * @param m compiled element
 * @param p caller
 * @param who holds the caller's {@link roleKey}
 */
export function excludedByNotPrincipal(m: PrincipalMatcher, p: RequestPrincipal, who: RoleKeySource): boolean {
  if (m.wildcard) return true;
  switch (p.kind) {
    case 'service':
      return m.services.size !== 0 && m.services.has(p.arn.toLowerCase());
    case 'anonymous':
      return false;
    case 'federated':
      return named(m.federated, p.arn) || named(m.arns, p.arn);
    default: {
      const account = p.accountId !== undefined && named(m.accounts, p.accountId);
      if (p.kind === 'root') return account;
      if (p.kind === 'user') return account && named(m.arns, p.arn);
      const rk = roleKeyFor(m, who);
      const role = rk !== undefined && named(m.roles, rk);
      if (p.kind === 'role') return account && role;
      return account && role && named(m.arns, p.arn);
    }
  }
}

/**
 * True when a `NotPrincipal` element names the caller by any of its identities (account, role, session,
 * user, service, federated identity, or `*`). Used for the unsupported `Allow` + `NotPrincipal`: such a
 * statement must never grant a caller it names (fail closed), whichever identity AWS checks first.
 * @param m compiled element
 * @param p caller
 * @param who holds the caller's {@link roleKey}
 */
export function namedByNotPrincipal(m: PrincipalMatcher, p: RequestPrincipal, who: RoleKeySource): boolean {
  if (m.wildcard) return true;
  if (p.kind === 'service') return m.services.size !== 0 && m.services.has(p.arn.toLowerCase());
  if (named(m.arns, p.arn) || named(m.federated, p.arn)) return true;
  const rk = roleKeyFor(m, who);
  if (rk !== undefined && named(m.roles, rk)) return true;
  return p.accountId !== undefined && named(m.accounts, p.accountId);
}
