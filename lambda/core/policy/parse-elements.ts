/**
 * Parsers for the elements of one policy statement (string lists, Principal, Condition). Each returns
 * its value plus problems as data; nothing here throws.
 */
import { compileCondition } from './conditions';
import { isArnPatternWellFormed } from './match';
import type { ConditionEntry, ParsedStatement, ParseProblem, PolicyType, PrincipalSpec } from './model';
import { typeWithArticle } from './wording';

/** A mutable problem sink shared by the parsers of one document. */
export type Problems = ParseProblem[];

/** Describes a JSON value's type for messages (`array`, `null`, `object`, `number`, …). */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Normalizes a `string | string[]` element (Action, Resource, …). Non-string entries are dropped with
 * an `error` problem. Returns undefined when the element itself has the wrong type.
 * @param value element value as written
 * @param path JSON path for problems
 * @param problems sink
 */
export function stringList(value: unknown, path: string, problems: Problems): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    problems.push({
      path,
      message: `must be a string or a list of strings, got ${typeName(value)}`,
      severity: 'error',
    });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((v: unknown, i: number) => {
    if (typeof v === 'string') out.push(v);
    else problems.push({ path: `${path}[${i}]`, message: `must be a string, got ${typeName(v)}`, severity: 'error' });
  });
  if (value.length === 0) problems.push({ path, message: 'is an empty list: it matches nothing', severity: 'warning' });
  return out;
}

/** Checks each action pattern has the `service:action` shape (or is `*`). */
export function checkActions(actions: readonly string[], path: string, problems: Problems): void {
  actions.forEach((a, i) => {
    if (a === '*') return;
    const colon = a.indexOf(':');
    if (colon <= 0 || colon === a.length - 1 || a.indexOf(':', colon + 1) >= 0 || /\s/.test(a)) {
      problems.push({ path: `${path}[${i}]`, message: `"${a}" is not of the form service:action`, severity: 'error' });
    }
  });
}

/** Checks each Resource / NotResource entry is `*` or ARN-shaped (six colon-separated parts). */
export function checkResources(
  resources: readonly string[],
  path: string,
  problems: Problems,
  variables: boolean,
): void {
  resources.forEach((r, i) => {
    if (!isArnPatternWellFormed(r, variables, true)) {
      problems.push({
        path: `${path}[${i}]`,
        message: `"${r}" is neither "*" nor an ARN (arn:partition:service:region:account:resource): it matches nothing`,
        severity: 'error',
      });
    }
  });
}

const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
const AWS_PRINCIPAL =
  /^(\d{12}|arn:[\w-]+:(iam::\d{12}:(root|user\/.+|role\/.+|federated-user\/.+)|sts::\d{12}:(assumed-role\/[^/]+\/.+|federated-user\/.+)))$/;
const UNIQUE_ID = /^A[A-Z]{3}[A-Z0-9]{12,}$/;

/**
 * Checks one `AWS` principal entry (IAM User Guide "AWS JSON policy elements: Principal"): an account
 * ID, or an account-root / user / role / session ARN. Wildcards are only allowed as `"*"` alone. A unique
 * ID (`AROA…`, `AIDA…`) means IAM replaced the ARN because the principal was deleted: it matches nothing.
 */
function checkAwsPrincipal(entry: string, path: string, problems: Problems): void {
  if (AWS_PRINCIPAL.test(entry) && !/[*?]/.test(entry)) return;
  if (UNIQUE_ID.test(entry)) {
    problems.push({
      path,
      message: `"${entry}" is a unique ID: the principal was deleted (or recreated) and this entry matches no one`,
      severity: 'warning',
    });
  } else if (/[*?]/.test(entry)) {
    problems.push({
      path,
      message: `wildcards are not allowed in principal ARNs ("${entry}"); use "*" with a condition on aws:PrincipalArn`,
      severity: 'error',
    });
  } else {
    problems.push({
      path,
      message: `"${entry}" is not an account ID or an IAM / STS principal ARN`,
      severity: 'error',
    });
  }
}

/**
 * Parses a `Principal` / `NotPrincipal` element: `"*"` or an object whose keys are `AWS`, `Service`,
 * `Federated`, `CanonicalUser`. `{"AWS": "*"}` is the same as `"*"`.
 * @param value element as written
 * @param path JSON path for problems
 * @param problems sink
 */
export function parsePrincipal(value: unknown, path: string, problems: Problems): PrincipalSpec | undefined {
  const spec = {
    wildcard: false,
    aws: [] as string[],
    service: [] as string[],
    federated: [] as string[],
    canonicalUser: [] as string[],
  };
  if (value === '*') return { ...spec, wildcard: true };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({
      path,
      message: `must be "*" or an object with AWS/Service/Federated/CanonicalUser, got ${typeName(value)}`,
      severity: 'error',
    });
    return undefined;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const known = PRINCIPAL_KEYS.find((k) => k === key);
    if (!known) {
      problems.push({ path: `${path}.${key}`, message: `unknown principal type "${key}"`, severity: 'error' });
      continue;
    }
    const list = stringList(v, `${path}.${key}`, problems) ?? [];
    if (known === 'AWS') {
      list.forEach((entry, i) => {
        if (entry === '*') spec.wildcard = true;
        else {
          checkAwsPrincipal(entry, `${path}.AWS[${i}]`, problems);
          spec.aws.push(entry);
        }
      });
    } else if (known === 'Service') spec.service.push(...list);
    else if (known === 'Federated') spec.federated.push(...list);
    else spec.canonicalUser.push(...list);
  }
  return spec;
}

function conditionValues(value: unknown, path: string, problems: Problems): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  list.forEach((v: unknown, i: number) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else {
      const at = Array.isArray(value) ? `${path}[${i}]` : path;
      problems.push({
        path: at,
        message: `condition value must be a string, number or boolean, got ${typeName(v)}`,
        severity: 'error',
      });
    }
  });
  return out;
}

/**
 * Parses a `Condition` block into entries (one per operator × key). Unknown operators are reported
 * as `error` problems; the entry is kept (the compiled condition then never matches).
 * @param value element as written
 * @param path JSON path for problems
 * @param problems sink
 * @param variables whether the policy supports policy variables (Version 2012-10-17)
 */
export function parseConditions(
  value: unknown,
  path: string,
  problems: Problems,
  variables: boolean,
): ConditionEntry[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({
      path,
      message: `must be an object of operator → { key: values }, got ${typeName(value)}`,
      severity: 'error',
    });
    return [];
  }
  const out: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(value as Record<string, unknown>)) {
    const opPath = `${path}.${operator}`;
    if (typeof block !== 'object' || block === null || Array.isArray(block)) {
      problems.push({
        path: opPath,
        message: `must be an object of key → values, got ${typeName(block)}`,
        severity: 'error',
      });
      continue;
    }
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const entry = { operator, key, values: conditionValues(raw, `${opPath}.${key}`, problems) };
      // Compiling here reports unknown operators and invalid values (bad numbers, CIDRs, dates) at parse time.
      problems.push(...compileCondition(entry, { variables }, `${opPath}.${key}`).problems);
      out.push(entry);
    }
  }
  return out;
}

/** Reports duplicate Sids (IAM: "Statement IDs (SID) in a single policy must be unique"). */
export function checkSids(statements: readonly ParsedStatement[], problems: Problems): void {
  const seen = new Map<string, number>();
  for (const st of statements) {
    if (st.sid === undefined || st.sid === '') continue;
    const first = seen.get(st.sid);
    if (first === undefined) seen.set(st.sid, st.index);
    else
      problems.push({
        path: `Statement[${st.index}].Sid`,
        message: `duplicate Sid "${st.sid}" (first used by Statement[${first}]); Sids must be unique within a policy`,
        severity: 'error',
      });
  }
}

/** Policy types where a statement names its principal. RCPs use `"Principal": "*"`. */
export const PRINCIPAL_TYPES: ReadonlySet<PolicyType> = new Set<PolicyType>([
  'resource',
  'trust',
  'rcp',
  'vpc-endpoint',
]);

const namesNoOne = (s: PrincipalSpec): boolean =>
  s.aws.length + s.service.length + s.federated.length + s.canonicalUser.length === 0;

/** Reports two mutually exclusive elements; false when both are present. */
export function exclusive(a: unknown, b: unknown, names: string, path: string, problems: Problems): boolean {
  if (a !== undefined && b !== undefined) {
    problems.push({ path, message: `${names} cannot appear together: the statement is ignored`, severity: 'error' });
    return false;
  }
  return true;
}

/** Principal parts of a statement. */
export interface StatementParts {
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  conditions: ConditionEntry[];
}

/**
 * Parses Principal / NotPrincipal of a statement. A principal element that cannot be parsed, or an empty
 * NotPrincipal (which would exclude no one), is an error: the statement is then never evaluated.
 * @param obj the statement
 * @param type policy type (which types take a principal)
 * @param path JSON path for problems
 * @param problems sink
 * @param element element lookup (spelling-tolerant)
 */
export function parsePrincipals(
  obj: Record<string, unknown>,
  type: PolicyType,
  path: string,
  problems: Problems,
  element: (obj: Record<string, unknown>, name: string, path: string, problems: Problems) => unknown,
): StatementParts & { ok: boolean } {
  const p = element(obj, 'Principal', path, problems);
  const np = element(obj, 'NotPrincipal', path, problems);
  let ok = exclusive(p, np, 'Principal and NotPrincipal', path, problems);
  const principal = p === undefined ? undefined : parsePrincipal(p, `${path}.Principal`, problems);
  const notPrincipal = np === undefined ? undefined : parsePrincipal(np, `${path}.NotPrincipal`, problems);
  if (notPrincipal && !notPrincipal.wildcard && namesNoOne(notPrincipal))
    problems.push({ path: `${path}.NotPrincipal`, message: 'names no principal', severity: 'error' });
  if (PRINCIPAL_TYPES.has(type)) {
    if (p === undefined && np === undefined) {
      problems.push({
        path,
        message: `a statement of ${typeWithArticle(type)} needs Principal or NotPrincipal: it applies to no one`,
        severity: 'error',
      });
      ok = false;
    }
  } else if (p !== undefined || np !== undefined) {
    problems.push({
      path: `${path}.${p !== undefined ? 'Principal' : 'NotPrincipal'}`,
      message: `Principal / NotPrincipal is not allowed in ${typeWithArticle(type)} (ignored)`,
      severity: 'error',
    });
  }
  return { ok, principal, notPrincipal, conditions: [] };
}
