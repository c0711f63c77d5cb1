import type { Severity } from '../../../lambda/core/findings/types';
import {
  renderSarif,
  SARIF_FINGERPRINT_KEY,
  sarifLevel,
  toSarif,
  type SarifRuleInfo,
} from '../../../lambda/core/render/sarif';
import { ALL_FINDINGS, ERROR_FINDING, FN_ARN, PRINCIPAL_FINDING, ROLE_FINDING, RUNS } from '../../support/factory';

/* eslint-disable @typescript-eslint/no-explicit-any */

const RULES: readonly SarifRuleInfo[] = [
  {
    id: 'LAA-ROLE-DENIED-ACTION',
    title: 'Denied action of the execution role',
    category: 'execution-role',
    defaultSeverity: 'high',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  {
    id: 'LAA-UNUSED',
    title: 'A check that found nothing',
    category: 'exposure',
    defaultSeverity: 'medium',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
  },
];

const LEVELS = ['none', 'note', 'warning', 'error'];

describe('toSarif', () => {
  const log = toSarif(ALL_FINDINGS, {
    toolVersion: '0.1.0',
    rules: RULES,
    runs: RUNS,
    artifactUri: 'snap.json',
  }) as any;
  const run = log.runs[0];

  it('has the SARIF 2.1.0 top level (version, $schema, runs with tool.driver.name)', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'lambda-access-auditor', version: '0.1.0' });
  });

  it('lists one rule per check id, sorted, including checks without results and unknown ids from findings', () => {
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual([...new Set([...RULES.map((r) => r.id), ...ALL_FINDINGS.map((f) => f.checkId)])].sort());
  });

  it('gives each rule a help URI, descriptions and a default level', () => {
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(typeof rule.fullDescription.text).toBe('string');
      expect(LEVELS).toContain(rule.defaultConfiguration.level);
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
    const own = run.tool.driver.rules.find((r: any) => r.id === 'LAA-ROLE-DENIED-ACTION');
    expect(own.helpUri).toBe(RULES[0].docsUrl);
  });

  it('points every result at its rule by id and index', () => {
    expect(run.results).toHaveLength(ALL_FINDINGS.length);
    run.results.forEach((r: any, i: number) => {
      expect(r.ruleId).toBe(ALL_FINDINGS[i].checkId);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(typeof r.message.text).toBe('string');
      expect(LEVELS).toContain(r.level);
    });
  });

  it.each([
    ['function finding', ROLE_FINDING, { name: 'orders-api', fullyQualifiedName: FN_ARN, kind: 'resource' }],
    ['principal finding', PRINCIPAL_FINDING, { name: 'ci-deployer', fullyQualifiedName: PRINCIPAL_FINDING.principal }],
  ])('uses a logical location for a %s', (_label, finding, expected) => {
    const r = run.results[ALL_FINDINGS.indexOf(finding)];
    expect(r.locations[0].logicalLocations[0]).toMatchObject(expected);
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'snap.json' },
      region: { startLine: 1 },
    });
  });

  it('carries the finding fingerprint in partialFingerprints', () => {
    run.results.forEach((r: any, i: number) => {
      expect(r.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: ALL_FINDINGS[i].fingerprint });
    });
  });

  it('puts the fix into the message and properties', () => {
    const r = run.results[0];
    expect(r.message.text).toContain('Fix: Allow dynamodb:PutItem');
    expect(r.properties).toMatchObject({ action: 'dynamodb:PutItem', fixCdk: 'table.grantWriteData(fn);' });
    expect(r.occurrenceCount).toBe(3);
  });

  it('reports check errors as tool execution notifications', () => {
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: `Check LAA-X failed on ${FN_ARN}: boom` } },
    ]);
  });

  it('synthesizes a rule for LAA-CHECK-ERROR findings', () => {
    const rule = run.tool.driver.rules.find((r: any) => r.id === ERROR_FINDING.checkId);
    expect(rule.shortDescription.text).toBe('A check failed to run');
  });

  it('omits physical locations without an artifact', () => {
    const bare = toSarif([ROLE_FINDING], { toolVersion: '1', rules: [] }) as any;
    expect(bare.runs[0].results[0].locations[0].physicalLocation).toBeUndefined();
  });
});

describe('sarifLevel', () => {
  it.each<[Severity, string]>([
    ['critical', 'error'],
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note'],
    ['info', 'note'],
  ])('maps %s to %s', (severity, level) => {
    expect(sarifLevel(severity)).toBe(level);
  });
});

describe('renderSarif', () => {
  it('is valid JSON equal to toSarif', () => {
    const opts = { toolVersion: '1', rules: RULES };
    expect(JSON.parse(renderSarif(ALL_FINDINGS, opts))).toEqual(toSarif(ALL_FINDINGS, opts));
  });
});
