/**
 * Plain-language phrases for decisions and policy layers, in the vocabulary of AWS's enhanced
 * access-denied messages (names and articles from `policy/wording.ts`).
 */
import type { Decision } from '../../policy/model';
import { TYPE_NAME, typeWithArticle } from '../../policy/wording';
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
