/**
 * The request view's interned key slots (policy/context.ts: positional scan cache `keyAt` / `slotAt`, slot
 * stamps per view generation, `ContextKeyRef` slots invalidated by an epoch when the table is reset past its
 * size bound) must answer every key exactly as a naive case-insensitive lookup over the record: "last
 * spelling in property order wins", a string is one value, a missing key is undefined. Checked on generated
 * record sequences (same keys in other orders, keys moving position, two spellings of one key, records over 64
 * keys), on views asked again after a newer view scanned, and across slot-table resets (more than 4096
 * distinct key spellings) with conditions and policy variables compiled before the reset, through `evaluate`.
 */
import fc from 'fast-check';
import { evaluate } from '../../../lambda/core/policy';
import type { AuthzRequest, PolicySet } from '../../../lambda/core/policy';
import { requestContext, reusedRequestContext } from '../../../lambda/core/policy/context';
import { contextKeyRef } from '../../../lambda/core/policy/match';
import type { ContextKeyRef, RequestContextView } from '../../../lambda/core/policy/match';
import type { ContextValue } from '../../../lambda/core/policy/model';
import { allow, policy, session } from '../../support/factory';

type Entries = readonly (readonly [string, ContextValue])[];
type Rec = Readonly<Record<string, ContextValue>>;

/** The naive answer: every property whose name equals `key` ignoring case; the last one wins. */
function naive(record: Rec, key: string): ContextValue | undefined {
  let hit: ContextValue | undefined;
  for (const k of Object.keys(record)) if (k.toLowerCase() === key.toLowerCase()) hit = record[k];
  return hit;
}

const toRecord = (entries: Entries): Rec => Object.fromEntries(entries);
const request = (record: Rec): AuthzRequest => ({
  principal: session(),
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
  context: record,
});

/** Names of the small pool (collisions likely), each in three spellings; none is a principal-derived key. */
const NAMES = ['t:a', 't:b', 't:c', 'svc:Key', 'svc:Other', 'x:Tag/team', 'x:Tag/Team2', 'k'];
const SPELLINGS = NAMES.flatMap((n) => [n, n.toUpperCase(), n[0].toUpperCase() + n.slice(1)]);
/** A large pool for records over 64 keys (two spellings each). */
const WIDE = Array.from({ length: 90 }, (_, i) => `w:key${i}`).flatMap((n) => [n, n.toUpperCase()]);
const VALUES: readonly ContextValue[] = ['v1', 'v2', '', ['v1'], ['v2', 'v1'], [], ['']];

/** One record: a random subset of spellings in random order (so keys move between positions), with values. */
const record = (pool: readonly string[], min: number, max: number): fc.Arbitrary<Entries> =>
  fc
    .shuffledSubarray([...pool], { minLength: min, maxLength: max })
    .chain((keys) =>
      fc
        .array(fc.constantFrom(...VALUES), { minLength: keys.length, maxLength: keys.length })
        .map((vs) => keys.map((k, i) => [k, vs[i]] as const)),
    );
/** A sequence of records; some are permutations of the previous one (same keys, other order). */
const sequence = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: record(SPELLINGS, 0, 12) },
    { weight: 1, arbitrary: record([...SPELLINGS, ...WIDE], 65, 120) },
    { weight: 2, arbitrary: fc.constant('permute-previous' as const) },
  ),
  { minLength: 2, maxLength: 8 },
);

/** Queries: every name of the pool in some spelling, a wide key, an absent key. */
const QUERIES = [...SPELLINGS, 'w:key3', 'W:KEY70', 'absent:key'];
/** Refs created once for the whole file: they live across views, records and slot-table resets. */
const REFS: readonly ContextKeyRef[] = QUERIES.map((q) => contextKeyRef(q.toLowerCase()));

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every query answered by `value` (with and without a ref) and `get` exactly as the naive lookup. */
function expectView(view: RequestContextView, rec: Rec, label: string): void {
  const wrong: unknown[] = [];
  QUERIES.forEach((q, i) => {
    const expected = naive(rec, q);
    const asList = typeof expected === 'string' ? [expected] : expected;
    const got = { value: view.value(q), ref: view.value(REFS[i].name, REFS[i]), get: view.get(q) };
    if (!same(got, { value: expected, ref: expected, get: asList })) wrong.push({ label, q, got, expected, rec });
  });
  expect(wrong).toEqual([]);
}

/** Materialises a sequence: a permutation reverses and rotates the previous record's entries. */
function records(seq: readonly (Entries | 'permute-previous')[]): Rec[] {
  const out: Entries[] = [];
  for (const s of seq) {
    const prev = out[out.length - 1] ?? [];
    out.push(s === 'permute-previous' ? [...prev.slice(1), ...prev.slice(0, 1)].reverse() : s);
  }
  return out.map(toRecord);
}

/** Distinct fresh spellings: `n` of them per call, never seen before (grows the slot table). */
let freshCounter = 0;
function freshRecord(n: number): Rec {
  const out: Record<string, ContextValue> = {};
  for (let i = 0; i < n; i++) out[`fresh:k${freshCounter++}`] = 'f';
  return out;
}

describe('request view answers like a naive case-insensitive lookup', () => {
  it('on generated record sequences (requestContext, then the reused view, then the first view again)', () => {
    fc.assert(
      fc.property(sequence, (seq) => {
        for (const rec of records(seq)) {
          const own = requestContext(request(rec));
          expectView(own, rec, 'own view');
          expectView(reusedRequestContext(request(rec), -1), rec, 'reused view');
          // Asked again after another view scanned the same positions (a lazy explanation does this).
          expectView(own, rec, 'own view, again');
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, Rec]>([
    ['two spellings, last wins', { 'T:A': 'v1', 't:a': 'v2' }],
    ['two spellings, reversed', { 't:a': 'v2', 'T:A': 'v1' }],
    ['three spellings with a list', { 't:a': 'v1', 'T:a': ['v2', 'v1'], 'T:A': [] }],
    ['over 64 keys, the queried ones last', { ...toRecord(WIDE.slice(0, 100).map((k) => [k, 'w'])), 'svc:key': 'v1' }],
  ])('%s', (_name, rec) => {
    expectView(requestContext(request(rec)), rec, 'own view');
    expectView(reusedRequestContext(request(rec), -1), rec, 'reused view');
  });
});

describe('across slot-table resets (more than 4096 distinct key spellings)', () => {
  // Compiled once, before any reset: each reads its keys through ContextKeyRefs held by the compiled policy.
  const equalsV1 = (key: string): PolicySet => ({
    identity: [policy('identity', [allow('s3:GetObject', '*', { Condition: { StringEquals: { [key]: 'v1' } } })])],
  });
  const variable: PolicySet = {
    identity: [
      policy('identity', [allow('s3:GetObject', '*', { Condition: { StringEquals: { 't:a': '${svc:key}' } } })]),
    ],
  };
  const KEYS = ['t:a', 'T:B', 'svc:Key', 'x:tag/TEAM', 'w:KEY3', 'w:key70'];
  const SETS = KEYS.map((k) => [k, equalsV1(k)] as const);

  const has = (v: ContextValue | undefined, x: string): boolean => (typeof v === 'string' ? v === x : !!v?.includes(x));
  /** The reference decision of `variable`: a value of t:a equals the single value of svc:key. */
  function variableAllows(rec: Rec): boolean {
    const single = naive(rec, 'svc:key');
    const s = typeof single === 'string' ? single : single?.length === 1 ? single[0] : undefined;
    const a = naive(rec, 't:a');
    return s !== undefined && a !== undefined && has(a, s);
  }

  function expectDecisions(rec: Rec): void {
    const wrong: unknown[] = [];
    for (const [key, set] of SETS) {
      const allowed = evaluate(request(rec), set).decision === 'Allowed';
      if (allowed !== has(naive(rec, key), 'v1')) wrong.push({ key, rec, allowed });
    }
    const allowed = evaluate(request(rec), variable).decision === 'Allowed';
    if (allowed !== variableAllows(rec)) wrong.push({ variable: true, rec, allowed });
    expect(wrong).toEqual([]);
  }

  it('conditions and variables compiled before the resets still read the right keys', () => {
    let spellings = 0;
    fc.assert(
      fc.property(sequence, fc.nat(3), fc.nat(4), (seq, grow, shift) => {
        const recs = records(seq);
        for (const rec of recs) {
          expectDecisions(rec);
          expectView(requestContext(request(rec)), rec, 'own view');
        }
        // Grow the table in one view: the last record's keys first (they fill the positional cache), then fresh
        // ones. Once 4096 spellings are interned the next view resets the table: that is the probe, which
        // interns `shift` new keys first (so the record's keys get other slots than before), then the last
        // record is asked again.
        const last = recs[recs.length - 1];
        requestContext(request({ ...last, ...freshRecord(grow * 40) })).value('fresh:none');
        spellings += grow * 40;
        const probe = requestContext(request(last));
        for (let i = 0; i < shift; i++) probe.value(`probe:k${freshCounter++}`);
        expectDecisions(last);
        expectView(requestContext(request(last)), last, 'after growth');
      }),
      { numRuns: 250 },
    );
    // Enough fresh spellings for at least two resets during the run.
    expect(spellings).toBeGreaterThan(2 * 4096);
  });

  it.each<[string, Rec, Rec]>([
    [
      'the queried keys in a new order',
      { 't:a': 'v1', 'T:B': 'v2', 'svc:key': 'v1', 'x:tag/team': 'v2' },
      { 'x:tag/team': 'v1', 'svc:key': 'v2', 'T:B': 'v1', 't:a': 'v2' },
    ],
    [
      'the same keys at the same positions (a stale positional cache would write old slots)',
      { 'svc:key': 'v2', 'x:tag/team': 'v1', 't:a': 'v2', 'T:B': 'v1' },
      { 'svc:key': 'v1', 'x:tag/team': 'v2', 't:a': 'v1', 'T:B': 'v2' },
    ],
  ])('a record after a reset: %s', (_name, before, after) => {
    expectDecisions(before);
    // One view interns more than 4096 spellings after the record's own keys; the next view resets the table.
    requestContext(request({ ...before, ...freshRecord(5000) })).value('fresh:none');
    expectDecisions(after);
    expectView(requestContext(request(after)), after, 'after reset');
  });
});
