/**
 * Compiles a {@link ParsedPolicy} once into pre-built matchers so evaluation never parses patterns or
 * builds regular expressions. Statements are indexed by service prefix (`s3`, `lambda`, …): a request
 * only visits statements whose Action could name its service.
 */
import type { ActionKey } from './action-key';
import { compileCondition, type CompiledCondition } from './conditions';
import { ARN_PARTS, compileArn, splitArn, type CompiledArnPattern } from './match/arn';
import * as W from './match/wildcard';
import type { Glob } from './match/wildcard';
import type { CompiledPolicy, ParsedPolicy, ParsedStatement, StatementRef } from './model';
import { compilePrincipal, type PrincipalMatcher } from './principal';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { compileGlob, matchGlob } = W;

/** One action pattern, lower-cased, compiled to a glob (applied to the lower-cased action). */
export interface ActionPattern {
  readonly pattern: string;
  readonly glob: Glob;
}

/**
 * One Resource / NotResource pattern. `head` is the literal text before its first wildcard or policy variable;
 * one character of it (`probe`) and one of the resource part's literal start (`resProbe`) reject most
 * non-matching resources before anything else runs. A string builtin (`startsWith`, `includes`) costs about as
 * much as the ARN matcher's own checks, so no further literal pre-filter is applied (measured, docs/engine.md).
 */
export interface ResourcePattern {
  readonly pattern: string;
  /** The pattern is `*`. */
  readonly any: boolean;
  readonly head: string;
  /**
   * Fast reject before `startsWith(head)`: an index into the head (-1 for an empty head) and its char code.
   * Heads of one policy often share a long prefix (`arn:aws:s3:::data-1/`, `…data-2/`) and end with the same
   * separator, so the probe is the head's last letter or digit (its last character when it has none): one
   * `charCodeAt` rejects most resources.
   */
  readonly probe: number;
  readonly probeCode: number;
  /**
   * Literal start of the pattern's sixth ARN part (the resource, before any wildcard or variable), for six-part
   * patterns only (empty otherwise). The ARN parts are matched separately, so a matching resource's sixth part
   * (after its fifth colon, found once per request) starts with it: with a wildcard region or account
   * (`arn:aws:dynamodb:*:111122223333:table/orders-3*`) `head` says little, `resHead` (`table/orders-3`) a lot.
   */
  readonly resHead: string;
  /** Index into `resHead` and its char code, chosen like `probe` (checked first); -1 when `resHead` is empty. */
  readonly resProbe: number;
  readonly resProbeCode: number;
  /**
   * How the literal head alone decides, for six-part patterns without `${…}`: {@link SURE_PREFIX} (the only
   * wildcard is a trailing `*`: `startsWith(head)` is a match), {@link SURE_EXACT} (no wildcard: a match when
   * the lengths are equal too), or 0 (run `arn`).
   */
  readonly sure: number;
  /** Three-way matcher: match, no match, or a policy variable that cannot be resolved. */
  readonly arn: CompiledArnPattern;
}

/** A statement with its matchers. */
export interface CompiledStatement {
  readonly ref: StatementRef;
  readonly parsed: ParsedStatement;
  readonly allow: boolean;
  /** True for `NotAction`. */
  readonly notAction: boolean;
  readonly actions: readonly ActionPattern[];
  /** True for `NotResource`. */
  readonly notResource: boolean;
  /** Resource matchers; undefined when the statement has no Resource element (trust policies). */
  readonly resources?: readonly ResourcePattern[];
  readonly principal?: PrincipalMatcher;
  readonly notPrincipal?: PrincipalMatcher;
  readonly conditions: readonly CompiledCondition[];
  /** Lower-case service prefixes the statement can apply to; undefined = any service. */
  readonly services?: ReadonlySet<string>;
}

const NO_STATEMENTS: readonly CompiledStatement[] = Object.freeze([]);

/**
 * The statements of one policy whose Action / NotAction matches one action, in document order, and the same
 * split by effect (evaluation tests Deny candidates and Allow candidates separately; most actions have no
 * Deny candidate at all).
 */
export interface ActionStatements {
  readonly all: readonly CompiledStatement[];
  readonly allows: readonly CompiledStatement[];
  readonly denies: readonly CompiledStatement[];
}

/** The lists of an action no statement names (shared). */
export const NO_ACTION_STATEMENTS: ActionStatements = Object.freeze({
  all: NO_STATEMENTS,
  allows: NO_STATEMENTS,
  denies: NO_STATEMENTS,
});

function splitByEffect(all: readonly CompiledStatement[]): ActionStatements {
  if (all.length === 0) return NO_ACTION_STATEMENTS;
  const allows = all.filter((s) => s.allow);
  const denies = all.filter((s) => !s.allow);
  return {
    all,
    allows: allows.length > 0 ? allows : NO_STATEMENTS,
    denies: denies.length > 0 ? denies : NO_STATEMENTS,
  };
}

/** The engine's compiled policy: the public {@link CompiledPolicy} plus private matchers. */
export class EnginePolicy implements CompiledPolicy {
  /** Valid statements in document order. */
  readonly statements: readonly CompiledStatement[];
  private readonly byService = new Map<string, readonly CompiledStatement[]>();
  private readonly byAction = new Map<string, ActionStatements>();

  constructor(readonly parsed: ParsedPolicy) {
    const variables = parsed.version === '2012-10-17';
    this.statements = parsed.statements.filter((s) => !s.invalid).map((s) => compileStatement(parsed, s, variables));
  }

  /**
   * Statements whose Action / NotAction matches the action, in document order and split by effect. Cached per action (the
   * set of actions is finite: a sweep or a workload repeats them), so evaluation skips action matching.
   * @param action lower-case `service:action`
   * @param service its lower-case service prefix
   */
  forAction(action: string, service: string): ActionStatements {
    let list = this.byAction.get(action);
    if (list === undefined) {
      list = splitByEffect(this.forService(service).filter((s) => actionMatches(s, action)));
      // Bounded (memory stays small when sweeps compile hundreds of roles); hostile input cannot grow it.
      if (this.byAction.size >= 2048) this.byAction.clear();
      this.byAction.set(action, list);
    }
    return list;
  }

  /**
   * {@link EnginePolicy.forAction} for the fast path: the same lists, found on the action key when this policy is
   * one of the last four asked about that action.
   * @param key the requested action's key (request-facts.ts)
   */
  statementsFor(key: ActionKey<ActionStatements>): ActionStatements {
    const hit = key.cached(this);
    if (hit !== undefined) return hit;
    const lists = this.forAction(key.lower, key.service);
    key.remember(this, lists);
    return lists;
  }

  /**
   * Statements that may apply to an action of the given service, in document order (cached).
   * @param service lower-case service prefix
   */
  forService(service: string): readonly CompiledStatement[] {
    let list = this.byService.get(service);
    if (list === undefined) {
      list = this.statements.filter((s) => s.services === undefined || s.services.has(service));
      // Bound the cache: unknown prefixes from hostile input must not grow it without limit.
      if (this.byService.size < 1024) this.byService.set(service, list);
    }
    return list;
  }
}

function servicesOf(actions: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const a of actions) {
    const colon = a.indexOf(':');
    const svc = colon < 0 ? a : a.slice(0, colon);
    if (colon < 0 || svc.includes('*') || svc.includes('?')) return undefined;
    out.add(svc);
  }
  return out;
}

/** Index of the last letter or digit of a literal (the last character when it has none; -1 when empty). */
function probeIndex(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (/[A-Za-z0-9]/.test(text[i])) return i;
  return text.length - 1;
}

/** Text before the first `*`, `?` or `$` (a possible policy variable): literal in every match. */
function literalPrefix(text: string): string {
  const m = /[*?$]/.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

/** {@link ResourcePattern.sure}: the pattern is its `head` followed by one `*`. */
export const SURE_PREFIX = 1;
/** {@link ResourcePattern.sure}: the pattern is its `head` (no wildcard). */
export const SURE_EXACT = 2;

/** {@link ResourcePattern.sure} of a pattern split at its wildcards into `chunks`. */
function sureOf(text: string, chunks: readonly string[], sixParts: boolean, arn: CompiledArnPattern): number {
  // `text` has every `${…}` replaced by `*`: an escape such as `${*}` (a literal `*`) is not a wildcard, so any
  // `${` leaves the decision to the matcher.
  if (!sixParts || arn.dynamic || text !== arn.source) return 0;
  if (chunks.length === 1) return SURE_EXACT;
  return chunks.length === 2 && chunks[1] === '' && text.endsWith('*') ? SURE_PREFIX : 0;
}

function compileResource(pattern: string, variables: boolean): ResourcePattern {
  const text = variables ? pattern.replace(/\$\{[^}]*\}/g, '*') : pattern;
  const chunks = text.split(/[*?]/);
  const head = chunks[0];
  const parts = splitArn(pattern, variables);
  const resHead = parts.length === ARN_PARTS ? literalPrefix(parts[ARN_PARTS - 1]) : '';
  const arn = compileArn(pattern, { variables, resourceElement: true });
  return {
    pattern,
    any: pattern === '*',
    head,
    probe: probeIndex(head),
    probeCode: head.length > 0 ? head.charCodeAt(probeIndex(head)) : -1,
    resHead,
    resProbe: probeIndex(resHead),
    resProbeCode: resHead.length > 0 ? resHead.charCodeAt(probeIndex(resHead)) : -1,
    sure: sureOf(text, chunks, parts.length === ARN_PARTS, arn),
    arn,
  };
}

function compileStatement(policy: ParsedPolicy, st: ParsedStatement, variables: boolean): CompiledStatement {
  const ref: StatementRef = {
    policy: policy.source,
    index: st.index,
    ...(st.sid !== undefined ? { sid: st.sid } : {}),
    effect: st.effect,
    statement: st.raw,
  };
  const notAction = st.notAction !== undefined;
  const lowered = (st.action ?? st.notAction ?? []).map((a) => a.toLowerCase());
  const actions = lowered.map((pattern) => ({ pattern, glob: compileGlob(pattern) }));
  const resList = st.resource ?? st.notResource;
  const conditions = st.conditions.map(
    (entry, i) => compileCondition(entry, { variables }, `Statement[${st.index}].Condition[${i}]`).condition,
  );
  return {
    ref,
    parsed: st,
    allow: st.effect === 'Allow',
    notAction,
    actions,
    notResource: st.notResource !== undefined,
    ...(resList ? { resources: resList.map((r) => compileResource(r, variables)) } : {}),
    ...(st.principal ? { principal: compilePrincipal(st.principal) } : {}),
    ...(st.notPrincipal ? { notPrincipal: compilePrincipal(st.notPrincipal) } : {}),
    conditions,
    ...(notAction ? {} : { services: servicesOf(lowered) }),
  };
}

const compiledCache = new WeakMap<CompiledPolicy, EnginePolicy>();

/**
 * Compiles a parsed policy (pre-built matchers, service index). Compile once, evaluate many times.
 * @param policy output of `parsePolicy`
 */
export function compilePolicy(policy: ParsedPolicy): CompiledPolicy {
  return new EnginePolicy(policy);
}

/**
 * The engine form of a compiled policy. Accepts any {@link CompiledPolicy} (e.g. one built by hand as
 * `{ parsed }`) and compiles it on first use.
 */
export function enginePolicy(p: CompiledPolicy): EnginePolicy {
  if (p instanceof EnginePolicy) return p;
  let hit = compiledCache.get(p);
  if (!hit) {
    hit = new EnginePolicy(p.parsed);
    compiledCache.set(p, hit);
  }
  return hit;
}

/** Action match of one statement (`Action` or `NotAction`) against a lower-cased action. */
export function actionMatches(s: CompiledStatement, actionLower: string): boolean {
  let hit = false;
  for (const a of s.actions) {
    if (matchGlob(a.glob, actionLower)) {
      hit = true;
      break;
    }
  }
  return hit !== s.notAction;
}
