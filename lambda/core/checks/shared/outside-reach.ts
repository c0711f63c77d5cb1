/**
 * Exposure probes for a function's resource policy: which Lambda actions a principal from outside
 * (anyone, another account) may perform, asked to the engine action by action.
 */
import type { ActionCatalog, ContextValue, RequestPrincipal, StatementRef } from '../../policy/model';
import { accountOf } from '../../arn';
import { compiledView, DEFAULT_LAMBDA_PROBE_ACTIONS, probeOutside, type FunctionPolicyView } from './function-policy';

/** Lambda actions to probe: the catalog's when given, else a fixed list of resource-policy actions. */
export function probeActions(catalog?: ActionCatalog): readonly string[] {
  const fromCatalog = catalog?.actionsFor('lambda') ?? [];
  return fromCatalog.length > 0 ? fromCatalog : DEFAULT_LAMBDA_PROBE_ACTIONS;
}

/**
 * Request context of an outside caller: its own account and an organization that is not the audited
 * one, TLS on, and an unrelated source. A condition that narrows *who* calls fails on it; conditions
 * that do not (e.g. `aws:SecureTransport`) still pass, which is the point.
 */
export function outsideContext(account: string, region: string): Record<string, ContextValue> {
  return {
    'aws:PrincipalAccount': account,
    'aws:PrincipalOrgID': 'o-outsider00',
    'aws:SecureTransport': 'true',
    'aws:SourceAccount': account,
    'aws:SourceArn': `arn:aws:execute-api:${region}:${account}:outsider/*`,
  };
}

/** What an outside principal may do. */
export interface Reach {
  readonly actions: readonly string[];
  /** Deciding statements, one per statement (first seen order). */
  readonly statements: readonly StatementRef[];
}

/** Probes every action in `actions` for `principal` and collects the allowed ones with their statements. */
export function reach(
  view: FunctionPolicyView,
  principal: RequestPrincipal,
  actions: readonly string[],
  context: Readonly<Record<string, ContextValue>>,
  keep: (ref: StatementRef) => boolean = () => true,
): Reach {
  const allowed: string[] = [];
  const statements: StatementRef[] = [];
  const seen = new Set<string>();
  for (const action of actions) {
    const { decision } = probeOutside(view, principal, action, context);
    if (decision.decision !== 'Allowed') continue;
    const refs = decision.deciding.filter((r) => r.policy.type === 'resource' && keep(r));
    if (refs.length === 0) continue;
    allowed.push(action);
    for (const r of refs) {
      const key = `${r.policy.name}#${r.index}`;
      if (!seen.has(key)) {
        seen.add(key);
        statements.push(r);
      }
    }
  }
  return { actions: allowed, statements };
}

/** A principal named in a resource policy that belongs to another account. */
export interface ExternalEntry {
  readonly entry: string;
  readonly account: string;
}

/** Account IDs / IAM ARNs of other accounts named in the view's Allow statements. */
export function externalEntries(view: FunctionPolicyView, ownAccount: string): ExternalEntry[] {
  const policy = compiledView(view);
  if (!policy) return [];
  const out = new Map<string, ExternalEntry>();
  for (const st of policy.parsed.statements) {
    if (st.effect !== 'Allow') continue;
    for (const entry of st.principal?.aws ?? []) {
      const account = /^\d{12}$/.test(entry) ? entry : accountOf(entry);
      if (account && account !== ownAccount) out.set(entry, { entry, account });
    }
  }
  return [...out.values()].sort((a, b) => a.entry.localeCompare(b.entry));
}

/** The request principal that stands for a policy's principal entry (someone in that account, that role…). */
export function principalForEntry(e: ExternalEntry): RequestPrincipal {
  const role = /^arn:([\w-]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(e.entry);
  if (role) {
    return {
      kind: 'assumed-role',
      arn: `arn:${role[1]}:sts::${role[2]}:assumed-role/${role[3]}/probe`,
      roleArn: e.entry,
      sessionName: 'probe',
      accountId: e.account,
      orgId: 'o-outsider00',
    };
  }
  if (/^arn:[\w-]+:iam::\d{12}:user\//.test(e.entry))
    return { kind: 'user', arn: e.entry, accountId: e.account, orgId: 'o-outsider00' };
  if (/^arn:[\w-]+:sts::\d{12}:assumed-role\/[^/]+\/[^/]+$/.test(e.entry)) {
    return { kind: 'assumed-role', arn: e.entry, accountId: e.account, orgId: 'o-outsider00' };
  }
  return { kind: 'user', arn: `arn:aws:iam::${e.account}:user/probe`, accountId: e.account, orgId: 'o-outsider00' };
}

/** True when a raw statement's `Principal` is `"*"` or `{"AWS": "*"}` (public statements). */
export function isPublicStatement(ref: StatementRef): boolean {
  const p = (ref.statement as { Principal?: unknown } | null)?.Principal;
  if (p === '*') return true;
  if (p && typeof p === 'object') {
    const aws = (p as Record<string, unknown>).AWS;
    return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  }
  return false;
}
