/**
 * Names of policy types and statements as AWS's enhanced access-denied messages spell them
 * (IAM User Guide "Troubleshooting access denied error messages"; see AWS-FACTS §4). The one source
 * of truth for these words: checks and renderers import them from here.
 */
import { DEFAULT_LANG, t, type Lang } from '../i18n';
import type { DecisionKind, PolicySourceRef, PolicyType, StatementRef } from './model';

/** Policy type as AWS names it in error messages, e.g. `identity-based policy`. */
export const TYPE_NAME: Readonly<Record<PolicyType, string>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
  'vpc-endpoint': 'VPC endpoint policy',
};

/**
 * `a` / `an` / `the` before a policy-type name written as text, e.g. AWS's own wording from an error
 * message: `the` for the (one) role trust policy, else by the first letter.
 */
export function articleForText(text: string): 'a' | 'an' | 'the' {
  if (/\btrust polic/i.test(text)) return 'the';
  return /^[aeiou]/i.test(text.trim()) ? 'an' : 'a';
}

/** `a` / `an` / `the` before a type name, as in AWS's messages. */
export function article(type: PolicyType): 'a' | 'an' | 'the' {
  return articleForText(TYPE_NAME[type]);
}

/** A type name with its article: `an identity-based policy`, `a permissions boundary`, `the role trust policy`. */
export function typeWithArticle(type: PolicyType): string {
  return `${article(type)} ${TYPE_NAME[type]}`;
}

/** Free policy-type text (e.g. AWS's `policyTypeText`) with its article: `an identity-based policy`. */
export function textWithArticle(text: string): string {
  return `${articleForText(text)} ${text.trim()}`;
}

/** True for AWS managed policies (`arn:aws:iam::aws:policy/…`): read-only, so no fix may edit them. */
export function isAwsManaged(policy: PolicySourceRef): boolean {
  return policy.origin === 'aws-managed' || /^arn:aws[\w-]*:iam::aws:policy\//.test(policy.arn ?? '');
}

/**
 * A policy's display name prefixed by its type (`identity-based policy AWSLambdaBasicExecutionRole`),
 * unless the name already says it (`trust policy of role r`, `role r inline policy p`).
 */
export function withTypeName(name: string, type: PolicyType | string): string {
  const t = policyTypeName(type);
  const saysType =
    /^(?:trust|resource) polic|\binline policy\b/i.test(name) || name.toLowerCase().includes(t.toLowerCase());
  return saysType ? name : `${t} ${name}`;
}

function policyLabel(policy: PolicySourceRef): string {
  return withTypeName(policy.arn ? `${policy.name} (${policy.arn})` : policy.name, policy.type);
}

/** `identity-based policy name (arn), statement "Sid" (Allow)` / `statement #2` — a human pointer to one statement. */
export function describeStatement(ref: StatementRef): string {
  const stmt = ref.sid ? `statement "${ref.sid}"` : `statement #${ref.index}`;
  return `${policyLabel(ref.policy)}, ${stmt} (${ref.effect})`;
}

/** AWS's name of a policy type given as data (`identity` → `identity-based policy`); other text unchanged. */
export function policyTypeName(type: PolicyType | string): string {
  return Object.hasOwn(TYPE_NAME, type) ? TYPE_NAME[type as PolicyType] : type;
}

/**
 * A decision in plain words: `implicitly denied (no identity-based policy allows it)`,
 * `explicitly denied (by a service control policy)`, `allowed (by an identity-based policy)`.
 * Accepts the type as a {@link PolicyType} or free text; unknown text is shown as given. `lang` (default
 * English) picks the catalog (lambda/core/i18n); English adds the article (`by a …`), other languages do not.
 */
export function decisionText(
  decision: DecisionKind | string,
  decidingType?: PolicyType | string,
  lang: Lang = DEFAULT_LANG,
): string {
  const name = decidingType === undefined ? undefined : policyTypeNameIn(lang, decidingType);
  const type = name && lang === 'en' ? textWithArticle(name) : name;
  switch (decision) {
    case 'ImplicitlyDenied':
      return name ? t(lang, 'decision.implicitNo', { type: name }) : t(lang, 'decision.implicit');
    case 'ExplicitlyDenied':
      return type ? t(lang, 'decision.explicitBy', { type }) : t(lang, 'decision.explicit');
    case 'Allowed':
      return type ? t(lang, 'decision.allowedBy', { type }) : t(lang, 'decision.allowed');
    default:
      return decision;
  }
}

/**
 * A policy type's name in `lang`: a {@link PolicyType} or AWS's English name of one (`service control policy`)
 * is translated; other text (e.g. AWS's own words for a layer we do not model) is shown as given.
 */
export function policyTypeNameIn(lang: Lang, type: PolicyType | string): string {
  if (lang === 'en') return policyTypeName(type);
  const key = Object.hasOwn(TYPE_NAME, type)
    ? (type as PolicyType)
    : (Object.keys(TYPE_NAME) as PolicyType[]).find((k) => TYPE_NAME[k] === type.trim().toLowerCase());
  return key ? t(lang, `policy.${key}`) : type;
}

/** A function policy's display name (`checks/shared/function-policy.ts`): `resource policy of <fn[:qualifier]>`. */
const FUNCTION_POLICY_NAME = /^resource policy of (\S+)$/;

/**
 * {@link withTypeName} in `lang`: the policy's name prefixed by its translated type unless the name says it (a
 * function policy's English name `resource policy of fn` becomes the translated type and `fn`).
 */
export function withTypeNameIn(lang: Lang, name: string, type: PolicyType | string): string {
  const fnPolicy = lang === 'en' ? null : FUNCTION_POLICY_NAME.exec(name);
  if (fnPolicy) return `${policyTypeNameIn(lang, 'resource')} ${fnPolicy[1]}`;
  if (lang === 'en' || withTypeName(name, type) === name) return withTypeName(name, type);
  return `${policyTypeNameIn(lang, type)} ${name}`;
}

/** `Sid "x"` or `statement #2` in `lang`: how a statement is pointed at in evidence lines. */
export function statementPointer(lang: Lang, sid: string | undefined, index: number): string {
  return sid ? t(lang, 'statement.sid', { sid }) : t(lang, 'statement.index', { index: String(index) });
}
