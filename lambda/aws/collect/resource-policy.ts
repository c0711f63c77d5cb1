/**
 * Reading hints out of a Lambda resource-based policy (pure): which sources it names (S3 buckets,
 * log groups, APIs) and whether it reveals a function URL. Used to decide which extra reads are worth
 * their API calls.
 */
import type { PolicyDocument } from '../../core/snapshot/types';

/** A service grant found in a resource policy. */
export interface ServiceGrant {
  readonly servicePrincipal: string;
  readonly sourceArns: readonly string[];
  readonly sourceAccount?: string;
}

function list(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function statements(policy: PolicyDocument | null): Record<string, unknown>[] {
  const s = policy?.Statement;
  const all = Array.isArray(s) ? s : s ? [s] : [];
  return all.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null);
}

/** Values of a condition key (case-insensitive) across every operator of a statement. */
function conditionValues(statement: Record<string, unknown>, key: string): string[] {
  const condition = statement.Condition;
  if (typeof condition !== 'object' || condition === null) return [];
  const out: string[] = [];
  for (const block of Object.values(condition as Record<string, unknown>)) {
    if (typeof block !== 'object' || block === null) continue;
    for (const [k, v] of Object.entries(block as Record<string, unknown>)) {
      if (k.toLowerCase() === key.toLowerCase()) out.push(...list(v));
    }
  }
  return out;
}

/** Every `Allow` statement granting a service principal, with its `aws:SourceArn` / `aws:SourceAccount`. */
export function serviceGrants(policy: PolicyDocument | null): ServiceGrant[] {
  const out: ServiceGrant[] = [];
  for (const s of statements(policy)) {
    if (s.Effect !== 'Allow') continue;
    const principal = s.Principal;
    const services =
      typeof principal === 'object' && principal !== null ? list((principal as Record<string, unknown>).Service) : [];
    const sourceArns = conditionValues(s, 'aws:SourceArn');
    const [sourceAccount] = conditionValues(s, 'aws:SourceAccount');
    for (const servicePrincipal of services)
      out.push({ servicePrincipal, sourceArns, ...(sourceAccount ? { sourceAccount } : {}) });
  }
  return out;
}

/** Bucket names of `arn:aws:s3:::bucket` source ARNs granted to `s3.amazonaws.com` (no wildcards). */
export function s3Buckets(policy: PolicyDocument | null): { bucket: string; sourceAccount?: string }[] {
  const out = new Map<string, { bucket: string; sourceAccount?: string }>();
  for (const g of serviceGrants(policy)) {
    if (g.servicePrincipal !== 's3.amazonaws.com') continue;
    for (const arn of g.sourceArns) {
      const m = /^arn:[^:]+:s3:::([^/*?]+)$/.exec(arn);
      if (m?.[1]) out.set(m[1], { bucket: m[1], ...(g.sourceAccount ? { sourceAccount: g.sourceAccount } : {}) });
    }
  }
  return [...out.values()];
}

/** Log group names of source ARNs granted to CloudWatch Logs (`logs.amazonaws.com` or `logs.<region>.amazonaws.com`). */
export function logGroups(policy: PolicyDocument | null): string[] {
  const out = new Set<string>();
  for (const g of serviceGrants(policy)) {
    if (!/^logs(\.[a-z0-9-]+)?\.amazonaws\.com$/.test(g.servicePrincipal)) continue;
    for (const arn of g.sourceArns) {
      const m = /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:([^:*?]+)(:\*)?$/.exec(arn);
      if (m?.[1]) out.add(m[1]);
    }
  }
  return [...out];
}

/** True when the policy mentions a function URL (`lambda:InvokeFunctionUrl` or a function-URL condition key). */
export function revealsFunctionUrl(policy: PolicyDocument | null): boolean {
  return statements(policy).some((s) => {
    const actions = [...list(s.Action), ...list(s.NotAction)].map((a) => a.toLowerCase());
    if (actions.some((a) => a === 'lambda:invokefunctionurl' || a === 'lambda:*' || a === '*')) return true;
    return (
      conditionValues(s, 'lambda:FunctionUrlAuthType').length > 0 ||
      conditionValues(s, 'lambda:InvokedViaFunctionUrl').length > 0
    );
  });
}
