/**
 * The {@link Decision} object `evaluate` returns: the verdict and layers eagerly, `nearMisses` and `reasons`
 * on first read (the explanation path re-uses the request's evaluation input).
 */
import { layerResult, type Layers, type Verdict } from './layers';
import type {
  AuthzRequest,
  AwsRule,
  Decision,
  DecisionKind,
  LayerResult,
  NearMiss,
  PolicyType,
  StatementRef,
} from './model';
import { findNearMisses } from './near-miss';
import { decisionReasons } from './reasons';
import type { EvalInput } from './scan';

const NO_MISSES: readonly NearMiss[] = [];

/**
 * The {@link Decision} returned by `evaluate`. `nearMisses` and `reasons` are getters computed on first
 * read; `toJSON` includes them, so serialized decisions are complete.
 */
export class EngineDecision implements Decision {
  readonly decision: DecisionKind;
  readonly decidingType?: PolicyType;
  readonly deciding: readonly StatementRef[];
  readonly layers: readonly LayerResult[];
  readonly crossAccount: boolean;
  declare readonly awsRule?: AwsRule;
  declare readonly requires?: readonly 'key-policy'[];
  // ES private fields: not own enumerable properties, so `toEqual`, spreads and `Object.keys` see only
  // the public shape.
  readonly #v: Verdict;
  readonly #evaluated: Layers;
  readonly #request: AuthzRequest;
  readonly #input: EvalInput;
  #misses?: readonly NearMiss[];
  #why?: readonly string[];

  constructor(v: Verdict, evaluated: Layers, crossAccount: boolean, request: AuthzRequest, input: EvalInput) {
    this.decision = v.decision;
    this.decidingType = v.decidingType;
    this.deciding = v.deciding;
    const l = evaluated;
    this.layers = [
      layerResult(l.rcp),
      layerResult(l.scp),
      layerResult(l.vpc),
      layerResult(l.resource),
      layerResult(l.identity),
      layerResult(l.boundary),
      layerResult(l.session),
    ];
    this.crossAccount = crossAccount;
    if (v.awsRule) (this as { awsRule?: AwsRule }).awsRule = v.awsRule;
    if (v.requires) (this as { requires?: readonly 'key-policy'[] }).requires = v.requires;
    this.#v = v;
    this.#evaluated = evaluated;
    this.#request = request;
    this.#input = input;
  }

  /** Near misses of an implicit deny (computed on first read). */
  get nearMisses(): readonly NearMiss[] {
    return (this.#misses ??= this.#v.failedLayer ? findNearMisses(this.#v.failedLayer, this.#input) : NO_MISSES);
  }

  /** Plain-language reasons (computed on first read). */
  get reasons(): readonly string[] {
    return (this.#why ??= decisionReasons(this.#request, this.#v, this.#evaluated, this.crossAccount));
  }

  /** Plain-data form (what `JSON.stringify` writes), including `nearMisses` and `reasons`. */
  toJSON(): Decision {
    const { decision, decidingType, deciding, layers, nearMisses, reasons, crossAccount, awsRule, requires } = this;
    const base = { decision, deciding, layers, nearMisses, reasons, crossAccount };
    const extra = { ...(awsRule ? { awsRule } : {}), ...(requires ? { requires } : {}) };
    return { ...base, ...(decidingType ? { decidingType } : {}), ...extra };
  }
}
