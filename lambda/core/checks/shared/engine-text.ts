/**
 * The policy engine's fix proposals (lambda/core/policy/fix.ts) as catalog messages (issue 15): the engine writes
 * English sentences from a small set of forms; this table maps each form back to its message and params, and a
 * mapping counts only when the message's English is the engine's sentence, byte for byte (so a changed engine
 * sentence stays English instead of being mistranslated; test/core/checks/shared/engine-text.test.ts runs every
 * form through the engine). Engine details embedded in a sentence (a condition's detail) stay English.
 */
import { en, msg, type MessageParams, type MessageRef } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { PolicyType } from '../../policy/model';
import { TYPE_NAME } from '../../policy/wording';
import { typeCode } from './describe';

/** The engine's sentences that have no variable part. */
const FIXED: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>(
  Object.entries({
    'The request is allowed: nothing to change.': 'fix.engine.allowed',
    'AWS refuses this request whatever the policies say; change a resource you own instead.': 'fix.engine.awsRuleNote',
    'Adding an Allow anywhere does not help: an explicit Deny overrides every Allow.': 'fix.engine.denyOverrides',
    'If the rest of the policy is needed, attach a customer managed copy without this Deny.': 'fix.engine.managedCopy',
    'Narrow the Deny (its Action, Resource or Condition) so that it no longer matches this request, if the request is legitimate.':
      'fix.engine.narrowCondition',
    'Narrow the Deny (its Action or Resource) or add a Condition exception, if the request is legitimate.':
      'fix.engine.narrow',
    'Change the explicit deny.': 'fix.engine.changeDeny',
    'Cross-account: the caller’s identity-based policy must allow the action too.': 'fix.engine.crossIdentityToo',
    'Cross-account: the resource-based policy already allows the caller; only the identity side is missing.':
      'fix.engine.crossIdentityOnly',
    'Cross-account: the resource-based policy of the resource must allow the caller too.':
      'fix.engine.crossResourceToo',
    'No IAM action catalog was given: the action name was not validated.': 'fix.engine.noCatalog',
    'Log stream names change with each execution environment: the statement covers every stream of the log group.':
      'fix.engine.logStreams',
  }) as [string, MessageKey][],
);

/** The code of a policy type by its English name (`permissions boundary` → `boundary`). */
function codeOf(name: string): string | undefined {
  const type = (Object.keys(TYPE_NAME) as PolicyType[]).find((t) => TYPE_NAME[t] === name);
  return type && typeCode(type);
}

/** Params of a statement pointer (`describeStatement`: `policy, statement "Sid" (Deny)` / `statement #2`). */
function statementParams(text: string): MessageParams | undefined {
  const m = /^(.+), statement (?:"(.*)"|#(\d+)) \((Allow|Deny)\)$/s.exec(text);
  if (!m) return undefined;
  const where: MessageParams = m[2] !== undefined ? { sidless: 'no', sid: m[2] } : { sidless: 'yes', index: m[3] };
  return { policy: m[1], ...where, effect: m[4] };
}

/** Params of where an Allow goes (the engine's `whereToAdd`). */
function whereParams(text: string): MessageParams | undefined {
  if (text === 'the caller’s identity-based policy') return { where: 'caller' };
  if (text === 'its resource-based policy') return { where: 'resource' };
  const inline = /^(role|user) (.+) \(inline policy\)$/s.exec(text);
  if (inline) return { where: 'inline', whoKind: inline[1], whoName: inline[2] };
  const of = /^the (permissions boundary|session policy) of (role|user) (.+)$/s.exec(text);
  if (of) return { where: 'of', type: codeOf(of[1]) ?? '', whoKind: of[2], whoName: of[3] };
  const layer = /^the (.+)$/s.exec(text);
  const code = layer ? codeOf(layer[1]) : undefined;
  return code ? { where: 'layer', type: code } : undefined;
}

type Rule = readonly [RegExp, (m: RegExpExecArray) => MessageRef | undefined];

/** A message whose params are `extra` plus those `part` parses out of a piece of the sentence. */
function withParts(key: MessageKey, part: MessageParams | undefined, extra: MessageParams): MessageRef | undefined {
  return part ? msg(key, { ...extra, ...part }) : undefined;
}

/** The engine's sentences with variable parts, by pattern. */
const RULES: readonly Rule[] = [
  [/^No policy change can allow this: (.*)\.$/s, (m) => msg('fix.engine.awsRule', { detail: m[1] })],
  [/^(\d+) Deny statements match; each must change\.$/, (m) => msg('fix.engine.denyCount', { count: m[1] })],
  [
    /^Detach the AWS managed policy (.+?) \(AWS managed policies cannot be edited\): its (.+) denies the request\.$/s,
    (m) => withParts('fix.engine.detachManaged', statementParams(m[2]), { name: m[1] }),
  ],
  [/^Change the explicit deny in (.+)\.$/s, (m) => withParts('fix.engine.changeDenyIn', statementParams(m[1]), {})],
  [
    /^(.+) would allow the request but its condition is not met: (.*)$/s,
    (m) => withParts('fix.engine.conditionNotMet', statementParams(m[1]), { detail: m[2] }),
  ],
  [
    /^Alternatively, extend the Resource of (.+) to cover (.+)\.$/s,
    (m) => withParts('fix.engine.extendResource', statementParams(m[1]), { resource: m[2] }),
  ],
  [
    /^Alternatively, add the action to the Action of (.+)\.$/s,
    (m) => withParts('fix.engine.extendAction', statementParams(m[1]), {}),
  ],
  [
    /^Every level of the organization \(root, each OU, the account\) must allow the action; (service|resource) control policies are changed from the management account\.$/,
    (m) => msg('fix.engine.orgLevels', { type: m[1] === 'service' ? 'scp' : 'rcp' }),
  ],
  [
    /^The (permissions boundary|session policy) limits identity grants: an Allow in an identity-based policy alone does not help\.$/,
    (m) => msg('fix.engine.limits', { type: m[1] === 'session policy' ? 'session' : 'boundary' }),
  ],
  [
    /^(.+) is not in the IAM action catalog: check the action name before granting it\.$/s,
    (m) => msg('fix.engine.notInCatalog', { action: m[1] }),
  ],
  [
    /^Add an Allow for (\S+) on (\S+) to (.+)\.$/s,
    (m) => withParts('fix.engine.addAllowOn', whereParams(m[3]), { action: m[1], resource: m[2] }),
  ],
  [/^Add an Allow for (\S+) to (.+)\.$/s, (m) => withParts('fix.engine.addAllow', whereParams(m[2]), { action: m[1] })],
  [
    /^Allow (.+) to (\S+) in the role trust policy\.$/s,
    (m) =>
      msg(
        'fix.engine.trustAllow',
        m[1] === 'the caller'
          ? { principalless: 'yes', action: m[2] }
          : { principalless: 'no', principal: m[1], action: m[2] },
      ),
  ],
  [/^Add to the role trust policy: (.*)$/s, (m) => msg('fix.engine.trustAdd', { json: m[1] })],
  [/^One grant for the prefix (\S+), not one per object key\.$/, (m) => msg('fix.engine.prefix', { prefix: m[1] })],
];

/** The catalog message of one of the engine's fix sentences, when its English is exactly `text`. */
export function engineRef(text: string): MessageRef | undefined {
  const fixed = FIXED.get(text);
  if (fixed) return msg(fixed);
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(text);
    const ref = m ? make(m) : undefined;
    if (ref) return en(ref) === text ? ref : undefined;
  }
  return undefined;
}

/** {@link engineRef} of each sentence that has one. */
export function engineRefs(texts: readonly string[]): MessageRef[] {
  return texts.map(engineRef).filter((r): r is MessageRef => r !== undefined);
}
