/**
 * The fast path's key for a requested action: lower-cased, its service, and a small cache of per-policy statement
 * lists (see {@link ActionKey}).
 */

/**
 * A requested action as the fast path keys it: lower-cased, with its service prefix, and the statement lists of
 * the last few policies that were asked about it (`EnginePolicy.statementsFor`, compile.ts). One instance per
 * distinct action spelling (request-facts.ts keeps them), so a decision finds a policy's candidates with a field
 * comparison instead of a `Map` lookup per layer. Policies are held by identity only (`object`): this module
 * imports nothing from compile.ts. The cache holds at most {@link ACTION_KEY_WAYS} policies per
 * action, the most recently added ones, so it keeps few policies alive after a sweep has moved on.
 */
export class ActionKey<Lists = unknown> {
  // Four ways, unrolled into fields (an array would cost a bounds check and a load per way).
  private p0: object | undefined = undefined;
  private s0: Lists;
  private p1: object | undefined = undefined;
  private s1: Lists;
  private p2: object | undefined = undefined;
  private s2: Lists;
  private p3: object | undefined = undefined;
  private s3: Lists;
  private turn = 0;

  /**
   * @param spelling the action as requests spell it (one key per spelling)
   * @param lower the action, lower-cased (`service:action`)
   * @param service its lower-cased service prefix
   * @param ruled an AWS rule may apply (aws-rules.ts has rules for `sts:`, `iam:` and `kms:` actions only)
   * @param none the lists' empty value (fills the ways before first use, so each field holds one kind of object)
   */
  constructor(
    readonly spelling: string,
    readonly lower: string,
    readonly service: string,
    readonly ruled: boolean,
    none: Lists,
  ) {
    this.s0 = none;
    this.s1 = none;
    this.s2 = none;
    this.s3 = none;
  }

  /** The cached statement lists of a policy, or undefined when it is not among the last four asked. */
  cached(policy: object): Lists | undefined {
    if (this.p0 === policy) return this.s0;
    if (this.p1 === policy) return this.s1;
    if (this.p2 === policy) return this.s2;
    if (this.p3 === policy) return this.s3;
    return undefined;
  }

  /** Remembers a policy's lists in the next way (round robin: the oldest entry goes). */
  remember(policy: object, lists: Lists): void {
    switch (this.turn) {
      case 0:
        this.p0 = policy;
        this.s0 = lists;
        break;
      case 1:
        this.p1 = policy;
        this.s1 = lists;
        break;
      case 2:
        this.p2 = policy;
        this.s2 = lists;
        break;
      default:
        this.p3 = policy;
        this.s3 = lists;
    }
    this.turn = (this.turn + 1) & 3;
  }
}

/** Number of policies an {@link ActionKey} remembers statement lists for. */
export const ACTION_KEY_WAYS = 4;
