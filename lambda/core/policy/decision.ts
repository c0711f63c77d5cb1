/**
 * The {@link Decision} object `evaluate` returns. The fast path decides with per-layer summaries and stores
 * only the decision, its type and what is needed to rebuild the detail (the request and its policy set):
 * `deciding`, `layers`, `nearMisses` and `reasons` are getters that run the detailed path (detailed.ts) on
 * first read and cache its answer. The issue allows it: "explain can re-run the slow path for the one denied
 * request". `toJSON` writes every field, so serialized decisions are complete; use {@link decisionData} for a
 * plain-object copy (a spread copies own properties only, not these getters).
 */
import { evaluateDetailed, type Detail } from './detailed';
import { layerResult } from './layers';
import type {
  AuthzRequest,
  AwsRule,
  Decision,
  DecisionKind,
  LayerResult,
  NearMiss,
  PolicySet,
  PolicyType,
  StatementRef,
} from './model';
import { findNearMisses } from './near-miss';
import { decisionReasons } from './reasons';

const NO_MISSES: readonly NearMiss[] = [];

/** The detail of a decision and the public fields built from it, each cached after its first read. */
interface Lazy {
  readonly detail: Detail;
  layers?: readonly LayerResult[];
  misses?: readonly NearMiss[];
  why?: readonly string[];
}

/** The {@link Decision} returned by `evaluate` (see the module comment). */
export class EngineDecision implements Decision {
  readonly decision: DecisionKind;
  readonly decidingType?: PolicyType;
  readonly crossAccount: boolean;
  declare readonly awsRule?: AwsRule;
  declare readonly requires?: readonly 'key-policy'[];
  // ES private fields: not own enumerable properties, so `Object.keys` sees only the public shape.
  readonly #request: AuthzRequest;
  readonly #policies: PolicySet;
  /** The detail, built on first read (one field, so a decision nobody explains stays small). */
  #lazy?: Lazy;

  constructor(
    decision: DecisionKind,
    decidingType: PolicyType | undefined,
    crossAccount: boolean,
    awsRule: AwsRule | undefined,
    requires: readonly 'key-policy'[] | undefined,
    request: AuthzRequest,
    policies: PolicySet,
  ) {
    this.decision = decision;
    this.decidingType = decidingType;
    this.crossAccount = crossAccount;
    if (awsRule) (this as { awsRule?: AwsRule }).awsRule = awsRule;
    if (requires) (this as { requires?: readonly 'key-policy'[] }).requires = requires;
    this.#request = request;
    this.#policies = policies;
  }

  /** The detailed evaluation (run once, on the first read of a detail field). */
  #full(): Lazy {
    return (this.#lazy ??= { detail: evaluateDetailed(this.#request, this.#policies) });
  }

  /** The statements that decided (computed on first read). */
  get deciding(): readonly StatementRef[] {
    return this.#full().detail.verdict.deciding;
  }

  /** Per-layer outcomes in AWS's evaluation order (computed on first read). */
  get layers(): readonly LayerResult[] {
    const c = this.#full();
    const l = c.detail.layers;
    return (c.layers ??= [l.rcp, l.scp, l.vpc, l.resource, l.identity, l.boundary, l.session].map(layerResult));
  }

  /** Near misses of an implicit deny (computed on first read). */
  get nearMisses(): readonly NearMiss[] {
    const c = this.#full();
    const { verdict, facts } = c.detail;
    return (c.misses ??= verdict.failedLayer ? findNearMisses(verdict.failedLayer, facts) : NO_MISSES);
  }

  /** Plain-language reasons (computed on first read). */
  get reasons(): readonly string[] {
    const c = this.#full();
    return (c.why ??= decisionReasons(this.#request, c.detail.verdict, c.detail.layers, this.crossAccount));
  }

  /** Plain-data form (what `JSON.stringify` writes), every field included. */
  toJSON(): Decision {
    return decisionData(this);
  }
}

/**
 * A plain-object copy of a decision with every field as an own property (what a spread of an
 * {@link EngineDecision} would miss: its detail fields are getters).
 * @param d a decision
 */
export function decisionData(d: Decision): Decision {
  const { decision, decidingType, deciding, layers, nearMisses, reasons, crossAccount, awsRule, requires } = d;
  const base = { decision, deciding, layers, nearMisses, reasons, crossAccount };
  const extra = { ...(awsRule ? { awsRule } : {}), ...(requires ? { requires } : {}) };
  return { ...base, ...(decidingType ? { decidingType } : {}), ...extra };
}
