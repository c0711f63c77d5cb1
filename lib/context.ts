/**
 * Turns CDK context values (`cdk synth -c alertEmails=a@x.com,b@y.com …` or cdk.json) into construct
 * props. Pure: `bin/app.ts` is the only place that reads context and passes a getter in.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import type { Severity } from '../lambda/core/findings/types';
import type { Suppression } from '../lambda/core/findings/suppress';
import type { Lang } from '../lambda/core/i18n';
import type { LambdaAccessAuditorProps } from './lambda-access-auditor';

/** Context keys understood by the app (documented in docs/deploying.md; test/lib/context-keys-docs.test.ts keeps them in step). */
export const CONTEXT_KEYS = [
  'alertEmails',
  'slackWorkspaceId',
  'slackChannelId',
  'sweepSchedule',
  'dedupTtlHours',
  'minAlertSeverity',
  'maxAlertsPerSweep',
  'individualAlertMinSeverity',
  'resolvedNoticeMinSeverity',
  'consoleReadSeverity',
  'suppressions',
  'organization',
  'alertLanguage',
] as const;

type Getter = (key: string) => unknown;

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function text(value: unknown): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

function number(key: string, value: unknown): number | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`Context ${key} is ${JSON.stringify(raw)}: expected a number.`);
  return n;
}

/** A JSON value: given as-is in cdk.json, or as a JSON string with `-c key='[...]'`. */
function json(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new Error(`Context ${key} is not JSON: expected an array such as [{"checkId":"…","reason":"…"}].`);
  }
}

function schedule(value: unknown): events.Schedule | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  if (!/^(rate|cron)\(.+\)$/.test(raw)) {
    throw new Error(`Context sweepSchedule is ${JSON.stringify(raw)}: expected "rate(1 day)" or "cron(0 6 * * ? *)".`);
  }
  return events.Schedule.expression(raw);
}

function organization(value: unknown): 'off' | 'auto' | undefined {
  const raw = text(value);
  if (raw === undefined || raw === 'off' || raw === 'auto') return raw;
  throw new Error(`Context organization is ${JSON.stringify(raw)}: expected "off" or "auto" (docs/organization.md).`);
}

/** Builds construct props from context; throws with the key, the value and the expected form. */
export function auditorPropsFromContext(get: Getter): LambdaAccessAuditorProps {
  const workspace = text(get('slackWorkspaceId'));
  const channel = text(get('slackChannelId'));
  if ((workspace === undefined) !== (channel === undefined)) {
    throw new Error('Context slackWorkspaceId and slackChannelId go together: set both or neither.');
  }
  const ttlHours = number('dedupTtlHours', get('dedupTtlHours'));
  return {
    alertEmails: list(get('alertEmails')),
    slackChannel: workspace && channel ? { slackWorkspaceId: workspace, slackChannelId: channel } : undefined,
    sweepSchedule: schedule(get('sweepSchedule')),
    dedupTtl: ttlHours === undefined ? undefined : Duration.minutes(Math.round(ttlHours * 60)),
    minAlertSeverity: text(get('minAlertSeverity')) as Severity | undefined,
    maxAlertsPerSweep: number('maxAlertsPerSweep', get('maxAlertsPerSweep')),
    individualAlertMinSeverity: text(get('individualAlertMinSeverity')) as Severity | undefined,
    resolvedNoticeMinSeverity: text(get('resolvedNoticeMinSeverity')) as Severity | 'off' | undefined,
    consoleReadSeverity: text(get('consoleReadSeverity')) as Severity | undefined,
    suppressions: json('suppressions', get('suppressions')) as Suppression[] | undefined,
    organization: organization(get('organization')),
    alertLanguage: text(get('alertLanguage')) as Lang | undefined,
  };
}
