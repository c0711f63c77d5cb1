import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { AUDITOR_COVERAGE } from '../../lambda/core/checks/auditor/coverage';
import { runSweep } from '../../lambda/handlers/sweep';
import { CONFIG, perFunctionCheck, testDeps, throwingCheck } from './helpers';
import { snapshotWithFunctions } from '../support/factory';

const sns = mockClient(SNSClient);
const ddb = mockClient(DynamoDBClient);

beforeEach(() => {
  sns.reset();
  ddb.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
  ddb.on(PutItemCommand).resolves({});
  ddb.on(GetItemCommand).resolves({});
});

const findingPuts = (): number =>
  ddb.commandCalls(PutItemCommand).filter((c) => c.args[0].input.Item?.fingerprint?.S !== 'sweep#index').length;

describe('runSweep', () => {
  it.each([
    ['nothing collected about the deployment: the stack Region alone, no gap in us-east-1', undefined, 0, undefined],
    [
      'the collector read a disabled denial rule: one high coverage finding',
      { stackRegion: 'ignored', denialRuleState: 'DISABLED' },
      1,
      'high',
    ],
  ])('the coverage check sees the deployment (%s)', async (_name, auditor, findings, severity) => {
    const collected = { ...snapshotWithFunctions(1), ...(auditor ? { auditor } : {}) };
    const deps = testDeps({ checks: [AUDITOR_COVERAGE], collectSweep: jest.fn(async () => collected) });
    const summary = await runSweep(deps);
    expect(summary.findings).toBe(findings);
    const logged = deps.logger.named('finding').map((l) => l.attributes.severity);
    expect(logged[0]).toBe(severity);
  });

  it.each([
    ['under the cap', 3, 50, 3, 0, 0],
    ['over the cap: the rest waits for the next sweep, counted in one digest', 5, 2, 2, 3, 1],
  ])('publishes every new finding %s', async (_name, functions, cap, alerted, deferred, digests) => {
    const deps = testDeps({
      config: { ...CONFIG, maxAlertsPerSweep: cap },
      checks: [perFunctionCheck('high')],
      collectSweep: jest.fn(async () => snapshotWithFunctions(functions)),
    });
    const summary = await runSweep(deps);
    expect(summary).toMatchObject({ functions, findings: functions, alerted, deferred, repeats: 0, checkErrors: 0 });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(alerted + digests);
    expect(summary.digested).toBe(deferred);
    // Deferred findings get no dedup claim, so the next sweep still sees them as new.
    expect(findingPuts()).toBe(alerted);
    expect(deps.logger.named('finding').filter((l) => l.attributes.outcome === 'deferred')).toHaveLength(deferred);
    expect(deps.metrics.get('FunctionsSwept')).toBe(functions);
    expect(deps.metrics.flushes).toBe(1);
  });

  it('never alerts suppressed findings: logs them with the rule, counts them, and says when a rule expired', async () => {
    const deps = testDeps({
      config: {
        ...CONFIG,
        suppressions: [
          { id: 'fn-1-ok', target: '*:function:fn-1', reason: 'accepted risk' },
          { id: 'old', checkId: 'TEST-PER-FUNCTION', reason: 'was noisy', expires: '2026-01-01' },
        ],
      },
      checks: [perFunctionCheck('high')],
      collectSweep: jest.fn(async () => snapshotWithFunctions(3)),
    });
    const summary = await runSweep(deps);
    expect(summary).toMatchObject({ findings: 3, alerted: 2, suppressed: 1 });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    const logged = deps.logger.named('finding').filter((l) => l.attributes.outcome === 'suppressed');
    expect(logged.map((l) => [l.attributes.functionName, l.attributes.suppressionId])).toEqual([['fn-1', 'fn-1-ok']]);
    expect(deps.metrics.get('FindingsSuppressed')).toBe(1);
    expect(deps.logger.named('suppression expired').map((l) => l.attributes.suppressionId)).toEqual(['old']);
  });

  it('reports check errors and failed collector reads in the summary and metrics', async () => {
    const snapshot = snapshotWithFunctions(1);
    const deps = testDeps({
      checks: [perFunctionCheck('low'), throwingCheck],
      collectSweep: jest.fn(async () => ({
        ...snapshot,
        provenance: {
          ...snapshot.provenance,
          partial: true,
          failedReads: [
            { api: 'lambda:GetPolicy', target: 'fn-0', errorCode: 'AccessDeniedException', message: 'denied' },
          ],
        },
      })),
    });
    const summary = await runSweep(deps);
    expect(summary).toMatchObject({ checkErrors: 1, failedReads: 1, partial: true, findings: 2 });
    expect(deps.metrics.get('CheckErrors')).toBe(1);
    expect(deps.metrics.get('CollectorFailedReads')).toBe(1);
    expect(deps.logger.named('sweep')[0].attributes).toMatchObject({ functions: 1, checkErrors: 1 });
  });

  it('propagates a collector fault (the schedule retries) and still flushes metrics', async () => {
    const deps = testDeps({ collectSweep: jest.fn(async () => Promise.reject(new Error('throttled for good'))) });
    await expect(runSweep(deps)).rejects.toThrow('throttled for good');
    expect(deps.metrics.flushes).toBe(1);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });
});
