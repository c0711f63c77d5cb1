/**
 * The handlers' environment contract, in one place: the variable names, their defaults, how the construct
 * writes them ({@link configEnvironment}, imported by `lib/`) and how the handlers read them back
 * ({@link readConfig}, called with `process.env`; everything below the handlers receives plain data).
 */
import type { IgnoreRule } from '../core/cloudtrail';
import { AuditorError } from '../core/errors';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../core/i18n';
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
  /** Severity of a person's denied read in the Lambda console (LAA-IDENTITY-INVOKE). */
  readonly consoleReadSeverity: Severity;
  /** Ignore rules for findings (lambda/core/findings/suppress.ts), from `SUPPRESSIONS` (JSON array). */
  readonly suppressions: readonly Suppression[];
  /** Extra ignore rules (built-ins are applied by the parser). */
  readonly ignoreRules: readonly IgnoreRule[];
  /** Language of alert texts (email, Slack), from `ALERT_LANGUAGE` (issue 15; docs/i18n.md). */
  readonly alertLanguage: Lang;
  /** Region the auditor runs in (`AWS_REGION`, set by Lambda). */
  readonly region: string;
  /** Central deployment: member role to assume (`MEMBER_ROLE_NAME`) and own account (`AUDITOR_ACCOUNT_ID`). */
  readonly memberAccess?: { readonly roleName: string; readonly homeAccount: string };
  /**
   * `auto`: the collector also reads the SCPs and RCPs that apply to the audited account (Organizations
   * ListParents / ListPoliciesForTarget / DescribePolicy, callable only from the management account or a
   * delegated administrator); `off` (default): it does not.
   */
  readonly organization: OrganizationMode;
  /** ARN of the auditor's own denial rule (`DENIAL_RULE_ARN`): the sweep reads its state (coverage check). */
  readonly denialRuleArn?: string;
}

/** Whether the collector reads organization policies (see {@link AuditorConfig.organization}). */
export type OrganizationMode = 'off' | 'auto';

/** The environment variable behind each setting. */
export const CONFIG_ENV = {
  topicArn: 'TOPIC_ARN',
  tableName: 'TABLE_NAME',
  ttlSeconds: 'DEDUP_TTL_SECONDS',
  leaseSeconds: 'DEDUP_LEASE_SECONDS',
  minAlertSeverity: 'ALERT_MIN_SEVERITY',
  maxAlertsPerSweep: 'MAX_ALERTS_PER_SWEEP',
  ignoreRules: 'IGNORE_RULES',
  individualMinSeverity: 'ALERT_INDIVIDUAL_MIN_SEVERITY',
  resolvedMinSeverity: 'RESOLVED_MIN_SEVERITY',
  consoleReadSeverity: 'CONSOLE_READ_SEVERITY',
  suppressions: 'SUPPRESSIONS',
  memberRoleName: 'MEMBER_ROLE_NAME',
  homeAccount: 'AUDITOR_ACCOUNT_ID',
  organization: 'ORGANIZATION_POLICIES',
  alertLanguage: 'ALERT_LANGUAGE',
  denialRuleArn: 'DENIAL_RULE_ARN',
} as const;

/** Defaults of the optional settings (the construct's `@default`s and the CLI's alert preview use them too). */
export const CONFIG_DEFAULTS = {
  /** 24 hours. */
  ttlSeconds: 86_400,
  /** A pending alert claim older than this is taken over by a retry (5 minutes; the on-denial timeout is 2). */
  leaseSeconds: 300,
  minAlertSeverity: 'medium',
  maxAlertsPerSweep: 50,
  /** Sweep findings below this go into the digest instead of their own alert (`info`: every finding alone). */
  individualMinSeverity: 'info',
  /** Lowest severity that gets a "resolved" notice (`off`: none). */
  resolvedMinSeverity: 'high',
  /** Organization policies are not read unless asked for (the reads need the management or a delegated admin account). */
  organization: 'off',
  /** A person's denied read in the Lambda console (issue 9 §3: medium, was low). */
  consoleReadSeverity: 'medium',
  /** English alerts; the variable is written only for another language. */
  alertLanguage: DEFAULT_LANG,
} as const satisfies Partial<AuditorConfig>;

/** What the construct knows at synth time; unset optional settings take {@link CONFIG_DEFAULTS}. */
export interface DeploymentSettings {
  readonly topicArn: string;
  readonly tableName: string;
  readonly ttlSeconds?: number;
  readonly minAlertSeverity?: Severity;
  readonly maxAlertsPerSweep?: number;
  /** Written only when non-empty (the variable shares Lambda's 4 KB environment). */
  readonly ignoreRules?: readonly IgnoreRule[];
  readonly individualMinSeverity?: Severity;
  readonly resolvedMinSeverity?: Severity | 'off';
  readonly consoleReadSeverity?: Severity;
  /** Written only when non-empty. */
  readonly suppressions?: readonly Suppression[];
  /** Written only when `auto` (the default `off` needs no variable). */
  readonly organization?: OrganizationMode;
  /** Written only when not English (the default). */
  readonly alertLanguage?: Lang;
  /** The construct's denial rule (written only when set; a token at synth time). */
  readonly denialRuleArn?: string;
}

/** The variables of a central deployment's member access (none for a single account). */
export function memberAccessEnvironment(memberAccess?: AuditorConfig['memberAccess']): Record<string, string> {
  if (!memberAccess) return {};
  return { [CONFIG_ENV.memberRoleName]: memberAccess.roleName, [CONFIG_ENV.homeAccount]: memberAccess.homeAccount };
}

/** The environment variables for `settings`, as {@link readConfig} reads them back. */
export function configEnvironment(settings: DeploymentSettings): Record<string, string> {
  return {
    [CONFIG_ENV.topicArn]: settings.topicArn,
    [CONFIG_ENV.tableName]: settings.tableName,
    [CONFIG_ENV.ttlSeconds]: String(settings.ttlSeconds ?? CONFIG_DEFAULTS.ttlSeconds),
    [CONFIG_ENV.minAlertSeverity]: settings.minAlertSeverity ?? CONFIG_DEFAULTS.minAlertSeverity,
    [CONFIG_ENV.maxAlertsPerSweep]: String(settings.maxAlertsPerSweep ?? CONFIG_DEFAULTS.maxAlertsPerSweep),
    ...(settings.ignoreRules?.length ? { [CONFIG_ENV.ignoreRules]: JSON.stringify(settings.ignoreRules) } : {}),
    [CONFIG_ENV.individualMinSeverity]: settings.individualMinSeverity ?? CONFIG_DEFAULTS.individualMinSeverity,
    [CONFIG_ENV.resolvedMinSeverity]: settings.resolvedMinSeverity ?? CONFIG_DEFAULTS.resolvedMinSeverity,
    [CONFIG_ENV.consoleReadSeverity]: settings.consoleReadSeverity ?? CONFIG_DEFAULTS.consoleReadSeverity,
    ...(settings.suppressions?.length ? { [CONFIG_ENV.suppressions]: JSON.stringify(settings.suppressions) } : {}),
    ...organizationEnvironment(settings.organization),
    ...(settings.alertLanguage && settings.alertLanguage !== DEFAULT_LANG
      ? { [CONFIG_ENV.alertLanguage]: settings.alertLanguage }
      : {}),
    ...(settings.denialRuleArn ? { [CONFIG_ENV.denialRuleArn]: settings.denialRuleArn } : {}),
  };
}

/** The variable of the organization-policy setting (none for the default `off`). */
export function organizationEnvironment(mode: OrganizationMode = CONFIG_DEFAULTS.organization): Record<string, string> {
  return mode === 'off' ? {} : { [CONFIG_ENV.organization]: mode };
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
  const raw = env[CONFIG_ENV.ignoreRules];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) throw new Error('not a JSON array');
    return parsed as IgnoreRule[];
  } catch (error) {
    throw new AuditorError(
      'CONFIG_INVALID',
      `${CONFIG_ENV.ignoreRules} must be a JSON array of ignore rules: ${(error as Error).message}.`,
      {
        cause: error,
      },
    );
  }
}

function severityOrOff(env: Env, name: string, fallback: Severity): Severity | 'off' {
  return env[name] === 'off' ? 'off' : severity(env, name, fallback);
}

function organization(env: Env): OrganizationMode {
  const raw = env[CONFIG_ENV.organization];
  if (raw === undefined || raw === '') return CONFIG_DEFAULTS.organization;
  if (raw !== 'off' && raw !== 'auto') {
    throw new AuditorError(
      'CONFIG_INVALID',
      `${CONFIG_ENV.organization} must be off or auto, got ${JSON.stringify(raw)}.`,
    );
  }
  return raw;
}

function suppressions(env: Env): Suppression[] {
  const raw = env[CONFIG_ENV.suppressions];
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

function language(env: Env): Lang {
  const raw = env[CONFIG_ENV.alertLanguage];
  if (raw === undefined || raw === '') return CONFIG_DEFAULTS.alertLanguage;
  if (!isLang(raw)) {
    throw new AuditorError(
      'CONFIG_INVALID',
      `${CONFIG_ENV.alertLanguage} must be one of ${LANGS.join(', ')}, got ${JSON.stringify(raw)}.`,
    );
  }
  return raw;
}

/** EventBridge rule ARNs: `arn:<partition>:events:<region>:<account>:rule/[<bus>/]<name>`. */
const RULE_ARN = /^arn:[a-z-]+:events:[a-z0-9-]+:\d{12}:rule\/([.\-_A-Za-z0-9]+\/)?[.\-_A-Za-z0-9]{1,64}$/;

function ruleArn(env: Env): { denialRuleArn?: string } {
  const raw = env[CONFIG_ENV.denialRuleArn];
  if (raw === undefined || raw === '') return {};
  if (!RULE_ARN.test(raw)) {
    throw new AuditorError(
      'CONFIG_INVALID',
      `${CONFIG_ENV.denialRuleArn} must be an EventBridge rule ARN (arn:aws:events:<region>:<account>:rule/<name>), got ${JSON.stringify(raw)}.`,
    );
  }
  return { denialRuleArn: raw };
}

/** Parses the handler configuration; throws {@link AuditorError} naming the variable and the fix. */
export function readConfig(env: Env): AuditorConfig {
  return {
    topicArn: required(env, CONFIG_ENV.topicArn),
    tableName: required(env, CONFIG_ENV.tableName),
    ttlSeconds: positiveInt(env, CONFIG_ENV.ttlSeconds, CONFIG_DEFAULTS.ttlSeconds),
    leaseSeconds: positiveInt(env, CONFIG_ENV.leaseSeconds, CONFIG_DEFAULTS.leaseSeconds),
    minAlertSeverity: severity(env, CONFIG_ENV.minAlertSeverity, CONFIG_DEFAULTS.minAlertSeverity),
    maxAlertsPerSweep: positiveInt(env, CONFIG_ENV.maxAlertsPerSweep, CONFIG_DEFAULTS.maxAlertsPerSweep),
    individualMinSeverity: severity(env, CONFIG_ENV.individualMinSeverity, CONFIG_DEFAULTS.individualMinSeverity),
    resolvedMinSeverity: severityOrOff(env, CONFIG_ENV.resolvedMinSeverity, CONFIG_DEFAULTS.resolvedMinSeverity),
    consoleReadSeverity: severity(env, CONFIG_ENV.consoleReadSeverity, CONFIG_DEFAULTS.consoleReadSeverity),
    ignoreRules: ignoreRules(env),
    suppressions: suppressions(env),
    alertLanguage: language(env),
    region: required(env, 'AWS_REGION'),
    organization: organization(env),
    ...ruleArn(env),
    ...(env[CONFIG_ENV.memberRoleName]
      ? {
          memberAccess: {
            roleName: env[CONFIG_ENV.memberRoleName] as string,
            homeAccount: required(env, CONFIG_ENV.homeAccount),
          },
        }
      : {}),
  };
}
