/**
 * Handler configuration, parsed from the environment the stack sets. Handler modules call
 * {@link readConfig} with `process.env`; everything below them receives plain data.
 */
import type { IgnoreRule } from '../core/cloudtrail';
import { AuditorError } from '../core/errors';
import { SEVERITIES, type Severity } from '../core/findings/types';
import { parseSuppressions, type Suppression } from '../core/findings/suppress';

/** Everything the handlers need to know about their deployment. */
export interface AuditorConfig {
  readonly topicArn: string;
  readonly tableName: string;
  /** Dedup window in seconds. */
  readonly ttlSeconds: number;
  /**
   * How long a `pending` dedup claim is held before another delivery may take it over (seconds): longer than
   * the on-denial timeout, shorter than the intake queue's visibility timeout.
   */
  readonly leaseSeconds: number;
  /** Findings below this severity are logged but never published. */
  readonly minAlertSeverity: Severity;
  /** Maximum alerts one sweep publishes (the rest alert on later sweeps, highest severity first). */
  readonly maxAlertsPerSweep: number;
  /**
   * Sweep findings below this severity (but at or above `minAlertSeverity`) are not alerted one by one: they
   * are counted in the sweep's digest, as are findings over the cap. Default `info`: every finding alone.
   */
  readonly individualMinSeverity: Severity;
  /** Findings at or above this severity get a "resolved" notice when a complete sweep no longer sees them. */
  readonly resolvedMinSeverity: Severity | 'off';
  /** Ignore rules for findings (lambda/core/findings/suppress.ts), from `SUPPRESSIONS` (JSON array). */
  readonly suppressions: readonly Suppression[];
  /** Extra ignore rules (built-ins are applied by the parser). */
  readonly ignoreRules: readonly IgnoreRule[];
  /** Region the auditor runs in (`AWS_REGION`, set by Lambda). */
  readonly region: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) {
    throw new AuditorError(
      'CONFIG_MISSING',
      `Environment variable ${name} is not set: deploy with the LambdaAccessAuditor construct, which sets it.`,
    );
  }
  return value;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new AuditorError('CONFIG_INVALID', `${name} must be a positive integer, got ${JSON.stringify(raw)}.`);
  }
  return value;
}

function severity(env: Env, name: string, fallback: Severity): Severity {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(SEVERITIES as readonly string[]).includes(raw)) {
    throw new AuditorError(
      'CONFIG_INVALID',
      `${name} must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(raw)}.`,
    );
  }
  return raw as Severity;
}

function ignoreRules(env: Env): IgnoreRule[] {
  const raw = env.IGNORE_RULES;
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) throw new Error('not a JSON array');
    return parsed as IgnoreRule[];
  } catch (error) {
    throw new AuditorError(
      'CONFIG_INVALID',
      `IGNORE_RULES must be a JSON array of ignore rules: ${(error as Error).message}.`,
      {
        cause: error,
      },
    );
  }
}

function severityOrOff(env: Env, name: string, fallback: Severity): Severity | 'off' {
  return env[name] === 'off' ? 'off' : severity(env, name, fallback);
}

function suppressions(env: Env): Suppression[] {
  const raw = env.SUPPRESSIONS;
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new AuditorError('CONFIG_INVALID', `SUPPRESSIONS is not JSON: ${(error as Error).message}.`);
  }
  const parsed = parseSuppressions(json);
  if (!parsed.ok) throw new AuditorError('CONFIG_INVALID', `SUPPRESSIONS: ${parsed.error.message}`);
  return parsed.value;
}

/** Parses the handler configuration; throws {@link AuditorError} naming the variable and the fix. */
export function readConfig(env: Env): AuditorConfig {
  return {
    topicArn: required(env, 'TOPIC_ARN'),
    tableName: required(env, 'TABLE_NAME'),
    ttlSeconds: positiveInt(env, 'DEDUP_TTL_SECONDS', 86_400),
    leaseSeconds: positiveInt(env, 'DEDUP_LEASE_SECONDS', 300),
    minAlertSeverity: severity(env, 'ALERT_MIN_SEVERITY', 'medium'),
    maxAlertsPerSweep: positiveInt(env, 'MAX_ALERTS_PER_SWEEP', 50),
    individualMinSeverity: severity(env, 'ALERT_INDIVIDUAL_MIN_SEVERITY', 'info'),
    resolvedMinSeverity: severityOrOff(env, 'RESOLVED_MIN_SEVERITY', 'high'),
    ignoreRules: ignoreRules(env),
    suppressions: suppressions(env),
    region: required(env, 'AWS_REGION'),
  };
}
