/**
 * Parses an IAM policy document (object or JSON string) into a {@link ParsedPolicy}. Never throws:
 * every defect is a {@link ParseProblem}. Element rules follow the IAM User Guide "IAM JSON policy
 * elements reference" (Version, Id, Statement, Sid, Effect, Principal, NotPrincipal, Action,
 * NotAction, Resource, NotResource, Condition).
 */
import type { Effect, ParsedPolicy, ParsedStatement, PolicySourceRef, PolicyType } from './model';
import {
  checkActions,
  checkResources,
  checkSids,
  exclusive,
  parseConditions,
  parsePrincipals,
  PRINCIPAL_TYPES,
  stringList,
  typeName,
  type Problems,
} from './parse-elements';
import { policySize, sizeProblem } from './size';

const TOP_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
/** Policy types whose statements may omit `Resource` (trust policies apply to the role itself). */
const RESOURCE_OPTIONAL: ReadonlySet<PolicyType> = new Set<PolicyType>(['trust']);
/** Policy types IAM rejects when a statement has neither Resource nor NotResource. */
const REQUIRES_RESOURCE: ReadonlySet<PolicyType> = new Set<PolicyType>(['identity', 'permissions-boundary', 'session']);

/** Result of looking up an element with IAM's exact spelling (other casings are accepted with a warning). */
export function element(obj: Record<string, unknown>, name: string, path: string, problems: Problems): unknown {
  if (name in obj) return obj[name];
  const other = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  if (other === undefined) return undefined;
  problems.push({ path: `${path}.${other}`, message: `element should be spelled "${name}"`, severity: 'warning' });
  return obj[other];
}

function unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string, problems: Problems): void {
  const lower = new Set(allowed.map((k) => k.toLowerCase()));
  for (const key of Object.keys(obj)) {
    if (!lower.has(key.toLowerCase())) {
      problems.push({
        path: path ? `${path}.${key}` : key,
        message: `unknown element "${key}" (ignored)`,
        severity: 'error',
      });
    }
  }
}

/** An empty NotAction / NotResource would match everything: AWS rejects it, and so do we (fail closed). */
function emptyNegation(list: readonly string[] | undefined, path: string, problems: Problems): void {
  if (list !== undefined && list.length === 0)
    problems.push({ path, message: 'is empty: a negation of nothing would match everything', severity: 'error' });
}

function parseEffect(value: unknown, path: string, problems: Problems): Effect | undefined {
  if (value === 'Allow' || value === 'Deny') return value;
  problems.push({
    path: `${path}.Effect`,
    message:
      value === undefined
        ? 'missing Effect: the statement is ignored'
        : `Effect must be "Allow" or "Deny", got ${JSON.stringify(value) ?? typeName(value)}`,
    severity: 'error',
  });
  return undefined;
}

/** Parses an optional list element, reporting wrong types. */
function optList(obj: Record<string, unknown>, name: string, path: string, problems: Problems): string[] | undefined {
  const v = element(obj, name, path, problems);
  return v === undefined ? undefined : (stringList(v, `${path}.${name}`, problems) ?? []);
}

function parseStatement(
  raw: unknown,
  index: number,
  type: PolicyType,
  variables: boolean,
  problems: Problems,
): ParsedStatement {
  const path = `Statement[${index}]`;
  const before = problems.length;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ path, message: `a statement must be an object, got ${typeName(raw)}`, severity: 'error' });
    return { index, effect: 'Deny', conditions: [], raw, invalid: true };
  }
  const obj = raw as Record<string, unknown>;
  unknownKeys(obj, STATEMENT_KEYS, path, problems);
  const sidRaw = element(obj, 'Sid', path, problems);
  if (sidRaw !== undefined && typeof sidRaw !== 'string')
    problems.push({ path: `${path}.Sid`, message: `Sid must be a string, got ${typeName(sidRaw)}`, severity: 'error' });
  const effect = parseEffect(element(obj, 'Effect', path, problems), path, problems);
  const action = optList(obj, 'Action', path, problems);
  const notAction = optList(obj, 'NotAction', path, problems);
  let ok = effect !== undefined && exclusive(action, notAction, 'Action and NotAction', path, problems);
  if (action === undefined && notAction === undefined) {
    problems.push({ path, message: 'missing Action or NotAction: the statement is ignored', severity: 'error' });
    ok = false;
  }
  emptyNegation(notAction, `${path}.NotAction`, problems);
  if (action) checkActions(action, `${path}.Action`, problems);
  if (notAction) checkActions(notAction, `${path}.NotAction`, problems);
  let resource = optList(obj, 'Resource', path, problems);
  const notResource = optList(obj, 'NotResource', path, problems);
  ok = exclusive(resource, notResource, 'Resource and NotResource', path, problems) && ok;
  if (resource === undefined && notResource === undefined && !RESOURCE_OPTIONAL.has(type)) {
    const required = REQUIRES_RESOURCE.has(type);
    problems.push({
      path,
      message: required
        ? 'missing Resource or NotResource: the statement is ignored'
        : 'missing Resource or NotResource (treated as "*")',
      severity: required ? 'error' : 'warning',
    });
    if (required) ok = false;
    else resource = ['*'];
  }
  emptyNegation(notResource, `${path}.NotResource`, problems);
  if (resource) checkResources(resource, `${path}.Resource`, problems, variables);
  if (notResource) checkResources(notResource, `${path}.NotResource`, problems, variables);
  const parts = parsePrincipals(obj, type, path, problems, element);
  if (parts.notPrincipal && effect === 'Allow')
    problems.push({
      path: `${path}.NotPrincipal`,
      message:
        'NotPrincipal with "Allow" is not supported (IAM User Guide, NotPrincipal): it never grants the principals it names, and grants everyone else',
      severity: 'warning',
    });
  const cond = element(obj, 'Condition', path, problems);
  const conditions = cond === undefined ? [] : parseConditions(cond, `${path}.Condition`, problems, variables);
  const st: ParsedStatement = {
    index,
    ...(typeof sidRaw === 'string' ? { sid: sidRaw } : {}),
    effect: effect ?? 'Deny',
    ...(action ? { action } : {}),
    ...(notAction ? { notAction } : {}),
    ...(resource ? { resource } : {}),
    ...(notResource ? { notResource } : {}),
    ...(parts.principal && PRINCIPAL_TYPES.has(type) ? { principal: parts.principal } : {}),
    ...(parts.notPrincipal && PRINCIPAL_TYPES.has(type) ? { notPrincipal: parts.notPrincipal } : {}),
    conditions,
    raw,
  };
  // Fail closed: an element AWS would reject (wrong type, dropped entry, unknown element, malformed principal,
  // condition or NotResource) makes the whole statement unusable, so a dropped element never means "matches all".
  const malformed = problems.slice(before).some((x) => x.severity === 'error');
  return ok && parts.ok && !malformed ? st : { ...st, invalid: true };
}

function checkVersion(version: unknown, problems: Problems): string | undefined {
  if (version === undefined) {
    problems.push({
      path: 'Version',
      message:
        'Version is missing: policy variables such as ${aws:username} are treated as literal text; use "2012-10-17"',
      severity: 'warning',
    });
    return undefined;
  }
  if (version === '2012-10-17') return version;
  if (version === '2008-10-17') {
    problems.push({
      path: 'Version',
      message: 'Version 2008-10-17 does not support policy variables (treated as literal text); use "2012-10-17"',
      severity: 'warning',
    });
    return version;
  }
  problems.push({
    path: 'Version',
    message: `unknown Version ${JSON.stringify(version) ?? typeName(version)}; valid values are "2012-10-17" and "2008-10-17"`,
    severity: 'error',
  });
  return undefined;
}

function decode(document: unknown, problems: Problems): { value: unknown; text: string } {
  if (typeof document === 'string') {
    try {
      return { value: JSON.parse(document) as unknown, text: document };
    } catch (e) {
      problems.push({ path: '', message: `not valid JSON: ${(e as Error).message}`, severity: 'error' });
      return { value: undefined, text: document };
    }
  }
  let text = '';
  try {
    text = JSON.stringify(document) ?? '';
  } catch {
    problems.push({ path: '', message: 'document cannot be serialized as JSON', severity: 'error' });
  }
  return { value: document, text };
}

function parseDocument(document: unknown, source: PolicySourceRef, problems: Problems): ParsedPolicy {
  const { value, text } = decode(document, problems);
  const size = policySize(text);
  const tooBig = sizeProblem(size, source);
  if (tooBig) problems.push(tooBig);
  const empty: ParsedPolicy = { source, statements: [], problems, size, raw: document };
  if (value === undefined) return empty;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({
      path: '',
      message: `a policy document must be a JSON object, got ${typeName(value)}`,
      severity: 'error',
    });
    return empty;
  }
  const obj = value as Record<string, unknown>;
  unknownKeys(obj, TOP_KEYS, '', problems);
  const version = checkVersion(element(obj, 'Version', '', problems), problems);
  const idRaw = element(obj, 'Id', '', problems);
  if (idRaw !== undefined && typeof idRaw !== 'string')
    problems.push({ path: 'Id', message: `Id must be a string, got ${typeName(idRaw)}`, severity: 'error' });
  const stRaw = element(obj, 'Statement', '', problems);
  if (stRaw === undefined)
    problems.push({
      path: 'Statement',
      message: 'missing Statement: the policy grants and denies nothing',
      severity: 'error',
    });
  const list: unknown[] = stRaw === undefined ? [] : Array.isArray(stRaw) ? stRaw : [stRaw];
  const statements = list.map((raw, i) => parseStatement(raw, i, source.type, version === '2012-10-17', problems));
  checkSids(statements, problems);
  return { ...empty, ...(version ? { version } : {}), ...(typeof idRaw === 'string' ? { id: idRaw } : {}), statements };
}

/**
 * Parses a policy document. Accepts an object or a JSON string (already URL-decoded). Never throws:
 * problems are returned in `problems` and statements that cannot be used are marked `invalid`.
 * @param document the policy document
 * @param source where the document comes from (type, name, ARN)
 */
export function parsePolicy(document: unknown, source: PolicySourceRef): ParsedPolicy {
  const problems: Problems = [];
  try {
    return parseDocument(document, source, problems);
  } catch (e) {
    // Defensive: a fault in the parser must not stop an audit (e.g. a pathological object).
    problems.push({
      path: '',
      message: `document could not be parsed: ${(e as Error)?.message ?? String(e)}`,
      severity: 'error',
    });
    return { source, statements: [], problems, size: 0, raw: document };
  }
}
