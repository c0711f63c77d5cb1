import { CONFIG_DEFAULTS, CONFIG_ENV, configEnvironment, readConfig } from '../../lambda/handlers/config';

const ENV = { TOPIC_ARN: 'arn:aws:sns:us-east-1:111122223333:t', TABLE_NAME: 'laa-dedup', AWS_REGION: 'us-east-1' };

describe('readConfig', () => {
  it('applies defaults for optional variables', () => {
    expect(readConfig(ENV)).toEqual({
      topicArn: ENV.TOPIC_ARN,
      tableName: 'laa-dedup',
      ttlSeconds: 86_400,
      leaseSeconds: 300,
      minAlertSeverity: 'medium',
      maxAlertsPerSweep: 50,
      individualMinSeverity: 'info',
      resolvedMinSeverity: 'high',
      consoleReadSeverity: 'medium',
      suppressions: [],
      ignoreRules: [],
      alertLanguage: 'en',
      region: 'us-east-1',
      organization: 'off',
    });
  });

  it.each(['de', 'fr', 'ja', 'ko'])('reads ALERT_LANGUAGE=%s', (lang) => {
    expect(readConfig({ ...ENV, ALERT_LANGUAGE: lang }).alertLanguage).toBe(lang);
  });

  it.each(['JA', 'jp', 'ja_JP.UTF-8'])('rejects ALERT_LANGUAGE=%s naming the supported values', (lang) => {
    expect(() => readConfig({ ...ENV, ALERT_LANGUAGE: lang })).toThrow(
      `ALERT_LANGUAGE must be one of en, de, fr, ja, ko, got ${JSON.stringify(lang)}.`,
    );
  });

  it('reads every variable the construct sets', () => {
    const rules = [{ id: 'r', description: 'd', action: 's3:*', effect: 'ignore' }];
    expect(
      readConfig({
        ...ENV,
        DEDUP_TTL_SECONDS: '3600',
        ALERT_MIN_SEVERITY: 'high',
        MAX_ALERTS_PER_SWEEP: '5',
        IGNORE_RULES: JSON.stringify(rules),
        ALERT_INDIVIDUAL_MIN_SEVERITY: 'high',
        RESOLVED_MIN_SEVERITY: 'critical',
        CONSOLE_READ_SEVERITY: 'low',
      }),
    ).toMatchObject({
      ttlSeconds: 3600,
      minAlertSeverity: 'high',
      maxAlertsPerSweep: 5,
      ignoreRules: rules,
      individualMinSeverity: 'high',
      resolvedMinSeverity: 'critical',
      consoleReadSeverity: 'low',
    });
  });

  it('turns resolved notices off with RESOLVED_MIN_SEVERITY=off', () => {
    expect(readConfig({ ...ENV, RESOLVED_MIN_SEVERITY: 'off' }).resolvedMinSeverity).toBe('off');
  });

  it.each([
    ['TOPIC_ARN missing', { ...ENV, TOPIC_ARN: undefined }, 'Environment variable TOPIC_ARN is not set'],
    ['TABLE_NAME empty', { ...ENV, TABLE_NAME: '' }, 'Environment variable TABLE_NAME is not set'],
    [
      'a fractional TTL',
      { ...ENV, DEDUP_TTL_SECONDS: '1.5' },
      'DEDUP_TTL_SECONDS must be a positive integer, got "1.5"',
    ],
    [
      'an unknown severity',
      { ...ENV, ALERT_MIN_SEVERITY: 'loud' },
      'ALERT_MIN_SEVERITY must be one of critical, high, medium, low, info',
    ],
    [
      'an unknown resolved threshold',
      { ...ENV, RESOLVED_MIN_SEVERITY: 'never' },
      'RESOLVED_MIN_SEVERITY must be one of critical, high, medium, low, info',
    ],
    [
      'an unknown console read severity',
      { ...ENV, CONSOLE_READ_SEVERITY: 'quiet' },
      'CONSOLE_READ_SEVERITY must be one of critical, high, medium, low, info',
    ],
    ['suppressions that are not JSON', { ...ENV, SUPPRESSIONS: '[' }, 'SUPPRESSIONS is not JSON'],
    [
      'a suppression without a reason',
      { ...ENV, SUPPRESSIONS: '[{"checkId":"X"}]' },
      'SUPPRESSIONS: rule suppression-0: a reason is required.',
    ],
    ['ignore rules that are not JSON', { ...ENV, IGNORE_RULES: '[{' }, 'IGNORE_RULES must be a JSON array'],
    ['ignore rules that are an object', { ...ENV, IGNORE_RULES: '{}' }, 'not a JSON array'],
  ])('rejects %s with a clear message', (_name, env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('configEnvironment', () => {
  it('writes what readConfig reads back, defaults included', () => {
    const rules = [{ id: 'r', description: 'd', action: 's3:*', effect: 'ignore' as const }];
    const written = configEnvironment({ topicArn: 'arn:t', tableName: 't', ignoreRules: rules });
    expect(readConfig({ ...written, AWS_REGION: 'eu-west-1' })).toEqual({
      topicArn: 'arn:t',
      tableName: 't',
      ttlSeconds: CONFIG_DEFAULTS.ttlSeconds,
      leaseSeconds: CONFIG_DEFAULTS.leaseSeconds,
      minAlertSeverity: CONFIG_DEFAULTS.minAlertSeverity,
      maxAlertsPerSweep: CONFIG_DEFAULTS.maxAlertsPerSweep,
      ignoreRules: rules,
      individualMinSeverity: CONFIG_DEFAULTS.individualMinSeverity,
      resolvedMinSeverity: CONFIG_DEFAULTS.resolvedMinSeverity,
      consoleReadSeverity: CONFIG_DEFAULTS.consoleReadSeverity,
      suppressions: [],
      alertLanguage: CONFIG_DEFAULTS.alertLanguage,
      region: 'eu-west-1',
      organization: CONFIG_DEFAULTS.organization,
    });
  });

  it.each([
    [undefined, undefined],
    ['en', undefined],
    ['ja', 'ja'],
  ] as const)(
    'alertLanguage %s writes ALERT_LANGUAGE=%s (English deployments keep their environment)',
    (lang, written) => {
      const env = configEnvironment({ topicArn: 'a', tableName: 't', alertLanguage: lang });
      expect(env[CONFIG_ENV.alertLanguage]).toBe(written);
      expect(readConfig({ ...env, AWS_REGION: 'eu-west-1' }).alertLanguage).toBe(lang ?? 'en');
    },
  );

  it('leaves IGNORE_RULES out when there are none', () => {
    expect(Object.keys(configEnvironment({ topicArn: 'a', tableName: 't', ignoreRules: [] }))).not.toContain(
      CONFIG_ENV.ignoreRules,
    );
  });

  it('writes explicit settings', () => {
    const env = configEnvironment({
      topicArn: 'a',
      tableName: 't',
      ttlSeconds: 60,
      minAlertSeverity: 'high',
      maxAlertsPerSweep: 3,
    });
    expect(env).toMatchObject({ DEDUP_TTL_SECONDS: '60', ALERT_MIN_SEVERITY: 'high', MAX_ALERTS_PER_SWEEP: '3' });
  });
});

describe("the auditor's denial rule (DENIAL_RULE_ARN)", () => {
  it.each([
    [{}, undefined, {}],
    [
      { denialRuleArn: 'arn:aws:events:eu-west-1:111122223333:rule/Auditor-DenialRule1A2B' },
      'arn:aws:events:eu-west-1:111122223333:rule/Auditor-DenialRule1A2B',
      { DENIAL_RULE_ARN: 'arn:aws:events:eu-west-1:111122223333:rule/Auditor-DenialRule1A2B' },
    ],
    [
      { denialRuleArn: 'arn:aws-cn:events:cn-north-1:111122223333:rule/audit-bus/DenialRule' },
      'arn:aws-cn:events:cn-north-1:111122223333:rule/audit-bus/DenialRule',
      { DENIAL_RULE_ARN: 'arn:aws-cn:events:cn-north-1:111122223333:rule/audit-bus/DenialRule' },
    ],
  ])('configEnvironment(%j) reads back as %s, writing %j', (settings, arn, variables) => {
    const written = configEnvironment({ topicArn: 'a', tableName: 't', ...settings });
    expect(Object.fromEntries(Object.entries(written).filter(([k]) => k === CONFIG_ENV.denialRuleArn))).toEqual(
      variables,
    );
    expect(readConfig({ ...written, AWS_REGION: 'eu-west-1' }).denialRuleArn).toBe(arn);
  });

  it.each([
    'DenialRule',
    'arn:aws:events:eu-west-1:111122223333:event-bus/default',
    'arn:aws:sqs:eu-west-1:111122223333:rule/x',
    'arn:aws:events:eu-west-1:1111:rule/x',
  ])('rejects DENIAL_RULE_ARN=%s', (value) => {
    expect(() => readConfig({ ...ENV, DENIAL_RULE_ARN: value })).toThrow(
      'DENIAL_RULE_ARN must be an EventBridge rule ARN',
    );
  });
});

describe('organization policy reads (ORGANIZATION_POLICIES)', () => {
  it.each([
    [{}, 'off', {}],
    [{ organization: 'off' as const }, 'off', {}],
    [{ organization: 'auto' as const }, 'auto', { ORGANIZATION_POLICIES: 'auto' }],
  ])('configEnvironment(%j) reads back as %s, writing %j', (settings, mode, variables) => {
    const written = configEnvironment({ topicArn: 'a', tableName: 't', ...settings });
    expect(Object.fromEntries(Object.entries(written).filter(([k]) => k === CONFIG_ENV.organization))).toEqual(
      variables,
    );
    expect(readConfig({ ...written, AWS_REGION: 'eu-west-1' }).organization).toBe(mode);
  });

  it.each(['on', 'AUTO', 'required'])('rejects ORGANIZATION_POLICIES=%s naming the allowed values', (value) => {
    expect(() => readConfig({ ...ENV, ORGANIZATION_POLICIES: value })).toThrow(
      `ORGANIZATION_POLICIES must be off or auto, got ${JSON.stringify(value)}.`,
    );
  });
});
