/**
 * End-to-end wiring with the real parser, the real checks and the demo account: every demo CloudTrail event,
 * delivered as EventBridge → SQS would deliver it, is audited without a failed record and publishes the
 * findings the scenario expects (SNS and DynamoDB mocked with aws-sdk-client-mock).
 */
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { buildDemoSnapshot, DEMO_SCENARIOS, demoEvents } from '../../examples/demo-account';
import { CHECKS } from '../../lambda/core/checks/registry';
import { createOnDenialHandler } from '../../lambda/handlers/on-denial';
import { CONFIG, CONTEXT, rawRecord, testDeps } from './helpers';

const sns = mockClient(SNSClient);
const ddb = mockClient(DynamoDBClient);
const snapshot = buildDemoSnapshot();
const events = demoEvents(DEMO_SCENARIOS).filter((e) => e.expected.length > 0);

beforeEach(() => {
  sns.reset();
  ddb.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
  ddb.on(PutItemCommand).resolves({});
});

describe('on-denial with the demo account', () => {
  it('has demo events to replay', () => {
    expect(events.length).toBeGreaterThan(0);
  });

  it.each(events.map((e) => [`${e.scenario}#${e.index}`, e] as const))(
    '%s publishes its expected findings',
    async (_id, e) => {
      const deps = testDeps({
        config: { ...CONFIG, minAlertSeverity: 'info' },
        checks: CHECKS,
        now: () => new Date(snapshot.provenance.takenAt),
        collectForDenial: jest.fn(async () => snapshot),
      });
      const out = await createOnDenialHandler(deps)(
        { Records: [rawRecord('m-1', JSON.stringify(e.envelope))] },
        CONTEXT,
      );
      expect(out.batchItemFailures).toEqual([]);
      const logged = deps.logger.named('finding').map((l) => l.attributes.checkId as string);
      for (const checkId of e.expected) expect(logged).toContain(checkId);
      expect(logged).not.toContain('LAA-CHECK-ERROR');
      expect(sns.commandCalls(PublishCommand).length).toBe(logged.length);
      for (const call of sns.commandCalls(PublishCommand)) {
        expect(call.args[0].input.Subject!.length).toBeLessThanOrEqual(99);
        expect(Buffer.byteLength(call.args[0].input.Message!)).toBeLessThanOrEqual(262_144);
      }
    },
  );
});
