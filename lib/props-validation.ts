/**
 * Early validation of {@link LambdaAccessAuditorProps}: every message shows the offending value and the fix,
 * so a typo fails at `cdk synth` instead of at deploy time (or never).
 */
import { isLang, LANGS } from '../lambda/core/i18n';
import { Duration, Token } from 'aws-cdk-lib';
import type { IgnoreRule } from '../lambda/core/cloudtrail';
import { parseSuppressions } from '../lambda/core/findings/suppress';
import { SEVERITIES } from '../lambda/core/findings/types';

/** Slack workspace IDs look like `T07EXAMPLE` (upper-case letters and digits). */
const SLACK_WORKSPACE_RE = /^[0-9A-Z]{1,255}$/;
/** Slack channel IDs look like `C07EXAMPLE` (letters and digits). */
const SLACK_CHANNEL_RE = /^[A-Za-z0-9]{1,255}$/;
/** Deliberately simple: one `@`, no spaces, a dot in the domain. SNS confirms the address anyway. */
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Lambda environment variables share 4 KB; leave room for the others. */
export const MAX_IGNORE_RULES_JSON = 3000;
const IGNORE_EFFECTS = ['ignore', 'low-severity'];

/** The props the validator looks at (a structural subset of the construct props). */
export interface ValidatableProps {
  readonly alertEmails?: readonly string[];
  readonly slackChannel?: { readonly slackWorkspaceId: string; readonly slackChannelId: string };
  readonly dedupTtl?: Duration;
  readonly ignoreRules?: readonly IgnoreRule[];
  readonly onDenialMaxConcurrency?: number;
  readonly minAlertSeverity?: string;
  readonly maxAlertsPerSweep?: number;
  readonly individualAlertMinSeverity?: string;
  readonly suppressions?: readonly unknown[];
  readonly resolvedNoticeMinSeverity?: string;
  readonly consoleReadSeverity?: string;
  readonly alertLanguage?: string;
}

/** Returns every problem found in `props` (empty when valid). Tokens (deploy-time values) are not checked. */
export function validateAuditorProps(props: ValidatableProps): string[] {
  return [
    ...validateEmails(props.alertEmails),
    ...validateSlack(props.slackChannel),
    ...validateTtl(props.dedupTtl),
    ...validateIgnoreRules(props.ignoreRules),
    ...validateConcurrency(props.onDenialMaxConcurrency),
    ...validateAlerting(props.minAlertSeverity, props.maxAlertsPerSweep),
    ...validateSuppressions(props.suppressions),
    ...validateSeverity('individualAlertMinSeverity', props.individualAlertMinSeverity, false),
    ...validateSeverity('resolvedNoticeMinSeverity', props.resolvedNoticeMinSeverity, true),
    ...validateSeverity('consoleReadSeverity', props.consoleReadSeverity, false),
    ...validateLanguage(props.alertLanguage),
  ];
}

function validateLanguage(lang: string | undefined): string[] {
  if (lang === undefined || isLang(lang)) return [];
  return [`alertLanguage is ${JSON.stringify(lang)}: expected one of ${LANGS.join(', ')} (docs/i18n.md).`];
}

function validateEmails(emails: readonly string[] | undefined): string[] {
  if (!emails) return [];
  const problems: string[] = [];
  emails.forEach((email, i) => {
    if (Token.isUnresolved(email)) return;
    if (!EMAIL_RE.test(email)) {
      problems.push(
        `alertEmails[${i}] is ${JSON.stringify(email)}: expected an email address like "oncall@example.com".`,
      );
    }
  });
  const duplicates = emails.filter((e, i) => emails.indexOf(e) !== i);
  if (duplicates.length > 0) {
    problems.push(`alertEmails lists ${JSON.stringify(duplicates)} more than once: remove the duplicates.`);
  }
  return problems;
}

function validateSlack(slack: ValidatableProps['slackChannel']): string[] {
  if (!slack) return [];
  const problems: string[] = [];
  const { slackWorkspaceId: ws, slackChannelId: ch } = slack;
  if (!Token.isUnresolved(ws) && !SLACK_WORKSPACE_RE.test(ws ?? '')) {
    problems.push(
      `slackChannel.slackWorkspaceId is ${JSON.stringify(ws)}: expected the workspace ID shown in the Amazon Q Developer ` +
        'in chat applications console after authorising Slack, e.g. "T07EXAMPLE".',
    );
  }
  if (!Token.isUnresolved(ch) && !SLACK_CHANNEL_RE.test(ch ?? '')) {
    problems.push(
      `slackChannel.slackChannelId is ${JSON.stringify(ch)}: expected the channel ID (Slack: channel details → ` +
        'bottom of the "About" tab), e.g. "C07EXAMPLE", not the channel name.',
    );
  }
  return problems;
}

function validateTtl(ttl: Duration | undefined): string[] {
  if (!ttl || ttl.isUnresolved()) return [];
  const seconds = ttl.toSeconds();
  if (seconds < 60 || seconds > 365 * 24 * 3600) {
    return [`dedupTtl is ${ttl.toHumanString()}: expected between 1 minute and 365 days, e.g. Duration.hours(24).`];
  }
  return [];
}

function validateIgnoreRules(rules: readonly IgnoreRule[] | undefined): string[] {
  if (!rules) return [];
  const problems: string[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (typeof rule.id !== 'string' || rule.id.length === 0) {
      problems.push(`ignoreRules[${i}].id is ${JSON.stringify(rule.id)}: give every rule a short unique id.`);
    } else if (seen.has(rule.id)) {
      problems.push(`ignoreRules[${i}].id ${JSON.stringify(rule.id)} is used twice: ids must be unique.`);
    }
    seen.add(rule.id);
    if (!IGNORE_EFFECTS.includes(rule.effect)) {
      problems.push(`ignoreRules[${i}].effect is ${JSON.stringify(rule.effect)}: expected "ignore" or "low-severity".`);
    }
    const matchers = [rule.principal, rule.action, rule.errorCode, rule.eventSource, rule.readOnly, rule.viaConsole];
    if (matchers.every((m) => m === undefined)) {
      problems.push(
        `ignoreRules[${i}] (${JSON.stringify(rule.id)}) has no matcher and would match every denial: ` +
          'set at least one of principal, action, errorCode, eventSource, readOnly, viaConsole.',
      );
    }
  });
  const size = JSON.stringify(rules).length;
  if (size > MAX_IGNORE_RULES_JSON) {
    problems.push(
      `ignoreRules serialize to ${size} characters: the limit is ${MAX_IGNORE_RULES_JSON} (Lambda environment ` +
        'variables share 4 KB). Merge rules with wildcard patterns.',
    );
  }
  return problems;
}

function validateConcurrency(value: number | undefined): string[] {
  if (value === undefined || Token.isUnresolved(value)) return [];
  if (!Number.isInteger(value) || value < 2 || value > 1000) {
    return [`onDenialMaxConcurrency is ${value}: expected an integer between 2 and 1000 (SQS event source limit).`];
  }
  return [];
}

function validateAlerting(minSeverity: string | undefined, maxAlerts: number | undefined): string[] {
  const problems: string[] = [];
  if (minSeverity !== undefined && !(SEVERITIES as readonly string[]).includes(minSeverity)) {
    problems.push(`minAlertSeverity is ${JSON.stringify(minSeverity)}: expected one of ${SEVERITIES.join(', ')}.`);
  }
  if (maxAlerts !== undefined && !Token.isUnresolved(maxAlerts) && (!Number.isInteger(maxAlerts) || maxAlerts < 1)) {
    problems.push(`maxAlertsPerSweep is ${maxAlerts}: expected a positive integer, e.g. 50.`);
  }
  return problems;
}

function validateSeverity(name: string, value: string | undefined, offAllowed: boolean): string[] {
  if (value === undefined || (offAllowed && value === 'off')) return [];
  if ((SEVERITIES as readonly string[]).includes(value)) return [];
  const expected = [...SEVERITIES, ...(offAllowed ? ['off'] : [])].join(', ');
  return [`${name} is ${JSON.stringify(value)}: expected one of ${expected}.`];
}

function validateSuppressions(rules: readonly unknown[] | undefined): string[] {
  if (!rules) return [];
  const parsed = parseSuppressions(rules);
  if (!parsed.ok) return [`suppressions: ${parsed.error.message}`];
  const size = JSON.stringify(rules).length;
  if (size > MAX_IGNORE_RULES_JSON) {
    return [`suppressions serialize to ${size} characters: the limit is ${MAX_IGNORE_RULES_JSON} (4 KB environment).`];
  }
  return [];
}
