/**
 * The policy engine's reason lines (lambda/core/policy/reasons.ts, e.g. `Denied: service callers need an allow in
 * the resource-based policy`) and layer-outcome lines (explain.ts, `identity-based policy: no statement allows it`)
 * as catalog messages (issue 15), the way lambda/core/checks/shared/engine-text.ts maps the engine's fix sentences:
 * each form is matched by pattern, and a mapping counts only when the message's English is the line byte for byte,
 * so a changed engine sentence stays English instead of being mistranslated
 * (test/core/render/engine-lines.test.ts runs real engine cases). Statement pointers, ARNs and AWS's rule details
 * inside a line stay as the engine wrote them. Near-miss lines (`policy "Sid": detail; detail`, near-miss.ts) are
 * mapped part by part.
 */
import { en, msg, type MessageKey, type MessageParams, type MessageRef } from '../i18n';
import type { PolicyType } from '../policy/model';
import { TYPE_NAME } from '../policy/wording';

/** The engine's lines without a variable part. */
const FIXED: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>(
  Object.entries({
    'Denied: an explicit deny in a policy overrides every allow': 'refs.engine.explicitDenyAny',
    'Denied: a federated user session (GetFederationToken) without a session policy has no permissions':
      'refs.engine.federated',
    'Denied: no policy allows the action (implicit deny)': 'refs.engine.implicitAny',
    'Allowed by the other layers, but only if the key policy, which could not be read, allows too':
      'refs.engine.keyPolicy',
    'Allowed: the account root user has full access within its account unless a policy denies it': 'refs.engine.root',
    'Allowed: both the identity-based policy and the resource-based policy allow': 'refs.engine.bothAllow',
    'Allowed: an identity-based policy allows and no limit applies': 'refs.engine.identityAllows',
    'Cross-account request: both the identity-based and the resource-based policy must allow.': 'refs.engine.crossLine',
  }) as [string, MessageKey][],
);

/** The explicit-deny reason by the article of its policy type (the article is English-only wording). */
const EXPLICIT_DENY: Readonly<Record<string, MessageKey>> = {
  an: 'refs.engine.explicitDenyAn',
  a: 'refs.engine.explicitDenyA',
  the: 'refs.engine.explicitDenyThe',
};

/** The policy type whose English name is `name` (`permissions boundary` → `permissions-boundary`). */
function typeOf(name: string): PolicyType | undefined {
  return (Object.keys(TYPE_NAME) as PolicyType[]).find((t) => TYPE_NAME[t] === name);
}

/** `{ type }` as the nested display name (`policy.*` message) of the policy type named `name`. */
function typeParams(name: string): MessageParams | undefined {
  const type = typeOf(name);
  return type ? { type: msg(`policy.${type}` as MessageKey) } : undefined;
}

/** A message whose params are `extra` plus the policy type named `name` (none when the name is unknown). */
function typed(key: MessageKey, name: string, extra: MessageParams = {}): MessageRef | undefined {
  const params = typeParams(name);
  return params ? msg(key, { ...extra, ...params }) : undefined;
}

/** Outcome codes of the layer-outcome lines (explain.ts `OUTCOME`). */
const OUTCOMES: Readonly<Record<string, string>> = {
  'allows it': 'allow',
  'denies it explicitly': 'deny',
  'no statement allows it': 'none',
  'not supplied (unknown)': 'unknown',
  'not present': 'absent',
};

type Rule = readonly [RegExp, (m: RegExpExecArray) => MessageRef | undefined];

/** The engine's lines with variable parts, by pattern (first match wins). */
const RULES: readonly Rule[] = [
  [
    /^(\S+) requests (\S+) on (\S+) \((cross-account|same account)\)$/,
    (m) =>
      msg('refs.engine.request', {
        principal: m[1],
        action: m[2],
        resource: m[3],
        cross: m[4] === 'cross-account' ? 'yes' : 'no',
      }),
  ],
  [
    /^(Allowed|Denied) whatever the policies say: (.*)$/s,
    (m) => msg('refs.engine.awsRule', { allowed: m[1] === 'Allowed' ? 'yes' : 'no', detail: m[2] }),
  ],
  [/^Denied: an explicit deny in (an|a|the) (.+) overrides every allow$/, (m) => typed(EXPLICIT_DENY[m[1]], m[2])],
  [
    /^Denied: (service|anonymous) callers need an allow in the (.+)$/,
    (m) => typed('refs.engine.callers', m[2], { kind: m[1] }),
  ],
  [
    /^Denied: cross-account access needs an allow in both the identity-based policy and the (.+)$/,
    (m) => typed('refs.engine.crossBoth', m[1]),
  ],
  [
    /^Denied: the (.+) must allow the caller explicitly, even within the same account$/,
    (m) => typed('refs.engine.explicitCaller', m[1]),
  ],
  [/^Denied: no (.+) allows the action \(implicit deny\)$/, (m) => typed('refs.engine.implicit', m[1])],
  [/^Allowed: the (.+) grants the caller directly within the same account$/, (m) => typed('refs.engine.direct', m[1])],
  [
    /^([a-zA-Z -]+): the KMS key policy was not supplied \(every KMS key has one, and it must allow too\)$/,
    (m) => typed('refs.engine.kmsUnknown', m[1]),
  ],
  [/^([a-zA-Z -]+): a KMS grant authorizes the caller$/, (m) => typed('refs.engine.kmsGrant', m[1])],
  [/^([a-zA-Z -]+): explicit deny by (.+)$/s, (m) => typed('refs.engine.layerDeny', m[1], { statements: m[2] })],
  [/^([a-zA-Z -]+): allowed by (.+)$/s, (m) => typed('refs.engine.layerAllow', m[1], { statements: m[2] })],
  [
    /^([a-zA-Z -]+): no statement allows the action at organization level (\d+)$/,
    (m) => typed('refs.engine.noAllowLevel', m[1], { level: m[2] }),
  ],
  [/^([a-zA-Z -]+): no statement allows the action$/, (m) => typed('refs.engine.noAllow', m[1])],
  [
    /^([a-zA-Z -]+): (allows it|denies it explicitly|no statement allows it|not supplied \(unknown\)|not present)$/,
    (m) => typed('refs.engine.outcome', m[1], { outcome: OUTCOMES[m[2]] }),
  ],
];

/** The parts of a near miss's detail (near-miss.ts `missOf`), by pattern. */
const MISS_PARTS: readonly Rule[] = [
  [
    /^action (\S+) is excluded by NotAction \[(.*)\]$/s,
    (m) => msg('refs.engine.missNotAction', { action: m[1], list: m[2] }),
  ],
  [
    /^action (\S+) is not matched by Action \[(.*)\]$/s,
    (m) => msg('refs.engine.missAction', { action: m[1], list: m[2] }),
  ],
  [
    /^resource (\S+) is excluded by NotResource \[(.*)\]$/s,
    (m) => msg('refs.engine.missNotResource', { resource: m[1], list: m[2] }),
  ],
  [
    /^resource (\S+) does not match Resource \[(.*)\]$/s,
    (m) => msg('refs.engine.missResource', { resource: m[1], list: m[2] }),
  ],
  [
    /^principal (\S+) is not named by (Principal|NotPrincipal)$/,
    (m) => msg('refs.engine.missPrincipal', { principal: m[1], element: m[2] }),
  ],
  [
    /^condition (\S+) (\S+) \[(.*)\] is not met: the request has no (\S+)$/s,
    (m) =>
      m[2] === m[4] ? msg('refs.engine.missConditionNone', { operator: m[1], key: m[2], values: m[3] }) : undefined,
  ],
  [
    /^condition (\S+) (\S+) \[(.*)\] is not met: the request has (\S+) = \[(.*)\]$/s,
    (m) =>
      m[2] === m[4]
        ? msg('refs.engine.missCondition', { operator: m[1], key: m[2], values: m[3], actual: m[5] })
        : undefined,
  ],
];

/** The first rule's message for `text`, if a rule matches. */
function byRules(rules: readonly Rule[], text: string): MessageRef | undefined {
  for (const [pattern, make] of rules) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  return undefined;
}

/** A near-miss line: `where: part; part…`, its parts chained by `refs.engine.join` (none if one part is unknown). */
function nearMissRef(text: string): MessageRef | undefined {
  const m = /^(.+? (?:"[^"]*"|#\d+)): ((?:action|resource|principal|condition) .*)$/s.exec(text);
  if (!m) return undefined;
  const parts = m[2].split('; ').map((p) => byRules(MISS_PARTS, p));
  if (parts.some((p) => p === undefined)) return undefined;
  const detail = (parts as MessageRef[]).reduceRight((rest, first) => msg('refs.engine.join', { first, rest }));
  return msg('refs.engine.nearMiss', { where: m[1], detail });
}

/** The catalog message of one of the engine's reason, layer or near-miss lines, when its English is exactly `text`. */
export function engineLineRef(text: string): MessageRef | undefined {
  const fixed = FIXED.get(text);
  if (fixed) return msg(fixed);
  const near = nearMissRef(text);
  if (near) return en(near) === text ? near : undefined;
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(text);
    const ref = m ? make(m) : undefined;
    if (ref) return en(ref) === text ? ref : undefined;
  }
  return undefined;
}
