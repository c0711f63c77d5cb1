/**
 * The Slack route forwarder (lambda/handlers/route-forward.ts): what the filtered subscription delivered is
 * re-published to the route topic as the plain body Chatbot reads, with subject and string attributes.
 * SNS event record shape: @types/aws-lambda `SNSEvent` (Records[].Sns.Message/Subject/MessageAttributes).
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { SNSEvent, SNSEventRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { forwardAlerts } from '../../lambda/handlers/route-forward';

const sns = mockClient(SNSClient);
const ROUTE_TOPIC = 'arn:aws:sns:eu-west-1:111122223333:route-platform';

function record(message: string, subject?: string): SNSEventRecord {
  return {
    EventSource: 'aws:sns',
    EventVersion: '1.0',
    EventSubscriptionArn: 'arn:aws:sns:eu-west-1:111122223333:alerts:sub',
    Sns: {
      Type: 'Notification',
      MessageId: 'm1',
      TopicArn: 'arn:aws:sns:eu-west-1:111122223333:alerts',
      Subject: subject as string,
      Message: message,
      Timestamp: '2026-11-23T02:00:00.000Z',
      SignatureVersion: '1',
      Signature: 's',
      SigningCertUrl: 'https://example.com/cert',
      UnsubscribeUrl: 'https://example.com/unsub',
      MessageAttributes: {
        account: { Type: 'String', Value: '333333333333' },
        severity: { Type: 'String', Value: 'high' },
        blob: { Type: 'Binary', Value: 'AAA=' },
      },
    },
  };
}

beforeEach(() => {
  sns.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'r1' });
});

describe('forwardAlerts', () => {
  it('re-publishes each matched alert to the route topic with its subject and string attributes', async () => {
    const chat = JSON.stringify({ version: '1.0', source: 'custom', content: { description: 'd' } });
    const event: SNSEvent = { Records: [record(chat, '[Lambda Access Auditor] HIGH x'), record(chat)] };
    await expect(forwardAlerts({ sns: new SNSClient({}), topicArn: ROUTE_TOPIC }, event)).resolves.toBe(2);
    const inputs = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
    expect(inputs[0]).toEqual({
      TopicArn: ROUTE_TOPIC,
      Message: chat,
      Subject: '[Lambda Access Auditor] HIGH x',
      MessageAttributes: {
        account: { DataType: 'String', StringValue: '333333333333' },
        severity: { DataType: 'String', StringValue: 'high' },
      },
    });
    expect(inputs[1]?.Subject).toBeUndefined();
    expect(inputs[1]?.MessageStructure).toBeUndefined();
  });

  it('throws on a publish failure, so Lambda retries the delivery', async () => {
    sns.on(PublishCommand).rejects(new Error('throttled'));
    await expect(
      forwardAlerts({ sns: new SNSClient({}), topicArn: ROUTE_TOPIC }, { Records: [record('{}')] }),
    ).rejects.toThrow('throttled');
  });
});
