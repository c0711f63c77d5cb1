/**
 * Plain-language phrases for decisions and policy layers, in the vocabulary of AWS's enhanced
 * access-denied messages (names and articles from `policy/wording.ts`).
 */
import type { MessageParams } from '../../i18n';
import type { Decision, PolicyType } from '../../policy/model';
import { TYPE_NAME, textWithArticle, typeWithArticle } from '../../policy/wording';
import type { TriggerKind } from '../../snapshot/types';

const TRIGGER_NAME: Readonly<Record<TriggerKind, string>> = {
  'eventbridge-rule': 'EventBridge rule',
  sns: 'SNS topic',
  s3: 'S3 bucket',
  apigateway: 'API Gateway API',
  'logs-subscription': 'CloudWatch Logs subscription',
  iot: 'IoT rule',
  cognito: 'Cognito user pool',
  alexa: 'Alexa skill',
  other: 'trigger',
};

/** What a trigger's source is called: `EventBridge rule`, `SNS topic`, … */
export function triggerKindName(kind: TriggerKind): string {
  return TRIGGER_NAME[kind] ?? kind;
}

/** Why a decision denied, as a clause: "no identity-based policy allows it" / "an explicit deny in …". */
export function denialClause(decision: Decision): string {
  const type = decision.decidingType ?? 'identity';
  if (decision.decision === 'ExplicitlyDenied') {
    const first = decision.deciding[0];
    const where = first
      ? ` (${first.policy.name}${first.sid ? `, Sid ${first.sid}` : `, statement #${first.index}`})`
      : '';
    return `an explicit deny in ${typeWithArticle(type)}${where} blocks it`;
  }
  if (decision.decision === 'ImplicitlyDenied') return `no ${TYPE_NAME[type]} allows it`;
  return `it is allowed by ${typeWithArticle(type)}`;
}

/** Upper-cases the first letter (titles and summaries that start with a policy or principal name). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Select code of each policy type in catalog messages (ICU select keys cannot hold hyphens). */
const TYPE_CODE: Readonly<Record<PolicyType, string>> = {
  identity: 'identity',
  resource: 'resource',
  trust: 'trust',
  'permissions-boundary': 'boundary',
  session: 'session',
  scp: 'scp',
  rcp: 'rcp',
  'vpc-endpoint': 'endpoint',
};

/** The select code of a policy type (`permissions-boundary` → `boundary`) for catalog messages. */
export function typeCode(type: PolicyType): string {
  return TYPE_CODE[type];
}

/**
 * Params `type` / `typeText` of a policy-type phrase in catalog messages (lambda/core/i18n/catalog/checks-role.ts):
 * the type's code when `text` is AWS's exact name of a type, else `free` and the English text as given
 * (with its article when `withArticle`), so the English rendering equals the text the checks wrote before.
 */
export function typeParams(text: string, withArticle: boolean): MessageParams {
  const known = (Object.keys(TYPE_NAME) as PolicyType[]).find((t) => TYPE_NAME[t] === text);
  return { type: known ? TYPE_CODE[known] : 'free', typeText: withArticle ? textWithArticle(text) : text };
}

/** Params of who was denied: `{fn} (role {role})`, or `role {role}` when no function is known. */
export function whoParams(fn: string | undefined, role: string): MessageParams {
  return fn ? { noFn: 'no', fn, role } : { noFn: 'yes', role };
}

/** {@link denialClause} as catalog params (`kind`, policy type, and for explicit denies `where`). */
export function denialClauseParams(decision: Decision): MessageParams {
  const name = TYPE_NAME[decision.decidingType ?? 'identity'];
  if (decision.decision === 'ExplicitlyDenied') {
    const first = decision.deciding[0];
    const where: MessageParams = !first
      ? { where: 'none' }
      : first.sid
        ? { where: 'sid', policy: first.policy.name, sid: first.sid }
        : { where: 'index', policy: first.policy.name, index: String(first.index) };
    return { kind: 'explicit', ...typeParams(name, true), ...where };
  }
  if (decision.decision === 'ImplicitlyDenied') return { kind: 'implicit', ...typeParams(name, false) };
  return { kind: 'allowed', ...typeParams(name, true) };
}
