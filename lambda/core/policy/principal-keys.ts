/**
 * The global condition keys AWS derives from the caller (IAM User Guide, "AWS global condition context keys"):
 * `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:userid`, `aws:username`, `aws:PrincipalType`,
 * `aws:PrincipalOrgID`, `aws:PrincipalIsAWSService`, `aws:PrincipalServiceName`, `aws:PrincipalTag/…`, and
 * `aws:ResourceAccount` (answered by the view from the resource). Which key a lower-cased name is
 * ({@link derivedKind}) is decided once per interned name, not per decision; the value is computed per request
 * on demand ({@link derivedValue}).
 */
import type { RequestPrincipal } from './model';

/** Not a derived key. */
export const NOT_DERIVED = 0;
/** `aws:ResourceAccount`: the view answers it from the resource ARN. */
export const RESOURCE_ACCOUNT = 1;
const PRINCIPAL_ARN = 2;
const PRINCIPAL_ACCOUNT = 3;
const USER_ID = 4;
const USER_NAME = 5;
const PRINCIPAL_TYPE = 6;
const PRINCIPAL_ORG_ID = 7;
const IS_AWS_SERVICE = 8;
const SERVICE_NAME = 9;
const PRINCIPAL_TAG = 10;

const KINDS: Readonly<Record<string, number>> = {
  'aws:resourceaccount': RESOURCE_ACCOUNT,
  'aws:principalarn': PRINCIPAL_ARN,
  'aws:principalaccount': PRINCIPAL_ACCOUNT,
  'aws:userid': USER_ID,
  'aws:username': USER_NAME,
  'aws:principaltype': PRINCIPAL_TYPE,
  'aws:principalorgid': PRINCIPAL_ORG_ID,
  'aws:principalisawsservice': IS_AWS_SERVICE,
  'aws:principalservicename': SERVICE_NAME,
};

const TAG_PREFIX = 'aws:principaltag/';

/**
 * Which derived key a lower-cased key name is, and for `aws:PrincipalTag/…` the lower-cased tag name.
 * @param lower the key name, lower-cased
 */
export function derivedKind(lower: string): { readonly kind: number; readonly tag: string } {
  if (Object.prototype.hasOwnProperty.call(KINDS, lower)) return { kind: KINDS[lower], tag: '' };
  if (lower.startsWith(TAG_PREFIX)) return { kind: PRINCIPAL_TAG, tag: lower.slice(TAG_PREFIX.length) };
  return { kind: NOT_DERIVED, tag: '' };
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

/**
 * The IAM role ARN of a role or assumed-role caller.
 * @param p the caller
 */
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

/** The caller's tag (any case; the last spelling in property order wins). */
function principalTag(p: RequestPrincipal, lowerTag: string): string | undefined {
  const tags = p.tags;
  if (tags === undefined) return undefined;
  let hit: string | undefined;
  for (const k in tags) if (sameKey(k, lowerTag)) hit = tags[k];
  return hit;
}

/**
 * The value of a principal-derived key (every one is single-valued), or undefined.
 * @param p the caller
 * @param kind from {@link derivedKind} (not {@link NOT_DERIVED} nor {@link RESOURCE_ACCOUNT})
 * @param tag the lower-cased tag name, for `aws:PrincipalTag/…`
 */
export function derivedValue(p: RequestPrincipal, kind: number, tag: string): string | undefined {
  switch (kind) {
    case PRINCIPAL_ARN:
      return principalArnKey(p);
    case PRINCIPAL_ACCOUNT:
      return p.kind === 'service' ? undefined : p.accountId;
    case USER_ID:
      return userId(p);
    case USER_NAME:
      return p.kind === 'user' ? p.arn.slice(p.arn.lastIndexOf('/') + 1) : undefined;
    case PRINCIPAL_TYPE:
      return principalType(p);
    case PRINCIPAL_ORG_ID:
      return p.orgId;
    case IS_AWS_SERVICE:
      return p.kind === 'service' ? 'true' : 'false';
    case SERVICE_NAME:
      return p.kind === 'service' ? p.arn : undefined;
    case PRINCIPAL_TAG:
      return principalTag(p, tag);
    default:
      return undefined;
  }
}
