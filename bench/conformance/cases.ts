/**
 * Maps one decision case of an external evaluator's test suite (JSON data, format inferred from the files)
 * onto our engine's API: a request and a {@link PolicySet}. The cases are read at run time from a directory
 * outside the repository (see run.ts); none is stored here. Our own code (Apache-2.0).
 *
 * Case shape (as found in the files): `{ name, request: { action, resource: { resource, accountId },
 * principal, context?, contextParams?, wildcardOnlyAction? }, identityPolicies, resourcePolicy?,
 * permissionBoundaries?, sessionPolicy?, serviceControlPolicies?, resourceControlPolicies?,
 * endpointPolicies?, simulation?, expected: { response, … } }`, where an organization policy list is
 * `[{ orgIdentifier, policies: [doc…] }]`, one entry per level.
 */
import { loadPolicy } from '../../lambda/core/policy';
import type {
  AuthzRequest,
  CompiledPolicy,
  ContextValue,
  DecisionKind,
  PolicySet,
  PolicyType,
  RequestPrincipal,
} from '../../lambda/core/policy';

/** A case as read from a file (only the fields the adapter uses are typed). */
export interface RawCase {
  readonly name?: unknown;
  readonly request?: {
    readonly action?: unknown;
    readonly resource?: { readonly resource?: unknown; readonly accountId?: unknown };
    readonly principal?: unknown;
    readonly context?: unknown;
    readonly contextParams?: unknown;
    readonly wildcardOnlyAction?: unknown;
  };
  readonly identityPolicies?: unknown;
  readonly resourcePolicy?: unknown;
  readonly resourcePolicies?: unknown;
  readonly permissionBoundaries?: unknown;
  readonly sessionPolicy?: unknown;
  readonly serviceControlPolicies?: unknown;
  readonly resourceControlPolicies?: unknown;
  readonly endpointPolicies?: unknown;
  readonly simulation?: { readonly mode?: unknown };
  readonly expected?: { readonly response?: unknown };
}

/** A case our engine can decide. */
export interface MappedCase {
  readonly kind: 'mapped';
  readonly name: string;
  readonly expected: DecisionKind;
  readonly request: AuthzRequest;
  readonly policies: PolicySet;
}

/** A case outside a decision engine's scope, with the reason. */
export interface UnmappableCase {
  readonly kind: 'not-mappable';
  readonly name: string;
  readonly reason: string;
}

/** Whether an action accepts only `*` as its resource (from the action catalog), by `service:Action`. */
export type WildcardOnly = (action: string) => boolean;

const DECISIONS: readonly string[] = ['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied'];
const ARN_PRINCIPAL = /^arn:([\w-]+):(iam|sts)::(\d{12}):(.+)$/;

/**
 * The caller of a case: an IAM / STS ARN, a service principal name, or `{ type: 'Anonymous' }`.
 * Returns a string (the reason) when the form is not one of these.
 */
export function mapPrincipal(raw: unknown): RequestPrincipal | string {
  if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'Anonymous')
    return { kind: 'anonymous', arn: '*' };
  if (typeof raw !== 'string') return 'principal is neither a string nor an anonymous marker';
  if (raw.endsWith('.amazonaws.com') && !raw.startsWith('arn:')) return { kind: 'service', arn: raw };
  const m = ARN_PRINCIPAL.exec(raw);
  if (!m) return `principal ${raw} is not an IAM or STS ARN`;
  const [, partition, service, accountId, resource] = m;
  if (service === 'iam' && resource === 'root') return { kind: 'root', arn: raw, accountId };
  if (service === 'iam' && resource.startsWith('user/')) return { kind: 'user', arn: raw, accountId };
  if (service === 'iam' && resource.startsWith('role/')) return { kind: 'role', arn: raw, accountId };
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, role, session] = resource.split('/');
    if (role === undefined || session === undefined) return `assumed-role ARN ${raw} has no session name`;
    // The session ARN carries no role path; the role ARN is rebuilt without one.
    const roleArn = `arn:${partition}:iam::${accountId}:role/${role}`;
    return { kind: 'assumed-role', arn: raw, accountId, roleArn, sessionName: session };
  }
  if (service === 'sts' && resource.startsWith('federated-user/')) return { kind: 'federated', arn: raw, accountId };
  return `principal ${raw} has an unsupported resource type`;
}

/** Context values as our engine takes them: strings, or lists of strings for multi-valued keys. */
function mapContext(...records: unknown[]): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const rec of records) {
    if (typeof rec !== 'object' || rec === null) continue;
    for (const [k, v] of Object.entries(rec)) out[k] = Array.isArray(v) ? v.map((x) => String(x)) : String(v);
  }
  return out;
}

const load = (doc: unknown, type: PolicyType, name: string): CompiledPolicy => loadPolicy(doc, { type, name });
const docs = (xs: unknown): unknown[] => (Array.isArray(xs) ? xs : []);

/** Organization levels `[{ orgIdentifier, policies }]` → our `scpLevels` / `rcpLevels`. */
function levels(raw: unknown, type: 'scp' | 'rcp'): CompiledPolicy[][] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  return raw.map((level: { orgIdentifier?: unknown; policies?: unknown }, i) =>
    docs(level.policies).map((d, j) => load(d, type, `${type} ${String(level.orgIdentifier ?? i)} #${j}`)),
  );
}

/** Every `Resource` / `NotResource` entry of the case's documents. */
function resourcePatterns(c: RawCase): string[] {
  const out: string[] = [];
  const visit = (doc: unknown): void => {
    const st = (doc as { Statement?: unknown } | null)?.Statement;
    for (const s of Array.isArray(st) ? st : [st]) {
      if (typeof s !== 'object' || s === null) continue;
      for (const el of [(s as { Resource?: unknown }).Resource, (s as { NotResource?: unknown }).NotResource])
        for (const r of Array.isArray(el) ? el : [el]) if (typeof r === 'string') out.push(r);
    }
  };
  [c.identityPolicies, c.permissionBoundaries, c.endpointPolicies, c.resourcePolicies].forEach((x) =>
    docs(x).forEach(visit),
  );
  [c.resourcePolicy, c.sessionPolicy].forEach(visit);
  for (const key of ['serviceControlPolicies', 'resourceControlPolicies'] as const)
    for (const level of docs(c[key])) docs((level as { policies?: unknown }).policies).forEach(visit);
  return out;
}

/**
 * Why a case is outside a decision engine, or undefined when it can be decided: a request resource that is a pattern (simulating a set of resources), or
 * `*` for an action with resource-level permissions met by resource-specific statements (AWS always
 * authorizes such an action on a concrete resource ARN).
 */
function scopeReason(c: RawCase, action: string, resource: string, wildcardOnly: WildcardOnly): string | undefined {
  if (resource !== '*' && /[*?]/.test(resource)) return 'wildcard request resource (simulates a set of resources)';
  const onlyStar = c.request?.wildcardOnlyAction === true || wildcardOnly(action);
  if (resource === '*' && !onlyStar && resourcePatterns(c).some((r) => r !== '*'))
    return `request resource * for ${action}, which takes resource ARNs (simulates "any resource")`;
  return undefined;
}

/** Single-policy layers given as lists: more than one entry is outside our model. */
function single(raw: unknown, what: string): { doc?: unknown; error?: string } {
  const xs = docs(raw);
  if (xs.length > 1) return { error: `${xs.length} ${what} (AWS applies one)` };
  return xs.length === 1 ? { doc: xs[0] } : {};
}

/**
 * Maps a raw case onto our API, or says why it cannot be.
 * @param c the case as read from a file
 * @param wildcardOnly the action catalog's answer to "does this action take only `*`?"
 */
export function mapCase(c: RawCase, wildcardOnly: WildcardOnly): MappedCase | UnmappableCase {
  const name = typeof c.name === 'string' ? c.name : '(unnamed)';
  const no = (reason: string): UnmappableCase => ({ kind: 'not-mappable', name, reason });
  if (c.simulation?.mode === 'Discovery') return no('discovery mode (reports ignored conditions; not a decision)');
  const expected = c.expected?.response;
  if (typeof expected !== 'string' || !DECISIONS.includes(expected)) return no('no expected decision');
  const action = c.request?.action;
  const resource = c.request?.resource?.resource;
  if (typeof action !== 'string' || typeof resource !== 'string') return no('request without action or resource');
  const scope = scopeReason(c, action, resource, wildcardOnly);
  if (scope) return no(scope);
  const principal = mapPrincipal(c.request?.principal);
  if (typeof principal === 'string') return no(principal);
  const boundary = single(c.permissionBoundaries, 'permissions boundaries');
  const endpoint = single(c.endpointPolicies, 'VPC endpoint policies');
  if (boundary.error ?? endpoint.error) return no((boundary.error ?? endpoint.error) as string);
  const account = c.request?.resource?.accountId;
  const request: AuthzRequest = {
    principal,
    action,
    resource,
    ...(typeof account === 'string' ? { resourceAccount: account } : {}),
    context: mapContext(c.request?.context, c.request?.contextParams),
  };
  return {
    kind: 'mapped',
    name,
    expected: expected as DecisionKind,
    request,
    policies: policySet(c, action, boundary.doc, endpoint.doc),
  };
}

/** The policy set of a case. A role's trust policy is the resource policy of `sts:AssumeRole*`. */
function policySet(c: RawCase, action: string, boundary: unknown, endpoint: unknown): PolicySet {
  const trust = /^sts:assumerole/i.test(action);
  const scp = levels(c.serviceControlPolicies, 'scp');
  const rcp = levels(c.resourceControlPolicies, 'rcp');
  return {
    identity: docs(c.identityPolicies).map((d, i) => load(d, 'identity', `identity #${i}`)),
    ...(c.resourcePolicy !== undefined
      ? { resource: load(c.resourcePolicy, trust ? 'trust' : 'resource', trust ? 'trust policy' : 'resource policy') }
      : // In this format a key without a resource policy has a key policy with no statement for the caller.
        /^kms:/i.test(action)
        ? { keyPolicy: 'none' as const }
        : {}),
    ...(boundary !== undefined ? { permissionsBoundary: load(boundary, 'permissions-boundary', 'boundary') } : {}),
    ...(c.sessionPolicy !== undefined ? { sessionPolicies: [load(c.sessionPolicy, 'session', 'session policy')] } : {}),
    ...(scp ? { scpLevels: scp } : {}),
    ...(rcp ? { rcpLevels: rcp } : {}),
    ...(endpoint !== undefined ? { vpcEndpoint: load(endpoint, 'vpc-endpoint', 'endpoint policy') } : {}),
  };
}
