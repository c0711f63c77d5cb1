import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { publishFinding, routingAttributes } from '../../../lambda/aws/publish/sns';
import { renderSnsAlert } from '../../../lambda/core/render/alerts/sns-message';
import { sampleFinding } from '../../support/factory';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:lambda-access-auditor-alerts';

describe('publishFinding', () => {
  const sns = mockClient(SNSClient);
  beforeEach(() => sns.reset());

  it.each([
    ['a normal finding', sampleFinding(), false],
    [
      'a finding too large for SNS',
      sampleFinding({ explanation: { ...sampleFinding().explanation, details: ['x'.repeat(400_000)] } }),
      true,
    ],
  ])('sends exactly one JSON-structured Publish for %s', async (_name, finding, truncated) => {
    sns.on(PublishCommand).resolves({ MessageId: 'msg-1' });
    const result = await publishFinding(new SNSClient({}), TOPIC, finding);
    const expected = renderSnsAlert(finding);
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0].input).toEqual({
      TopicArn: TOPIC,
      Subject: expected.subject,
      Message: expected.message,
      MessageStructure: 'json',
      MessageAttributes: routingAttributes(finding),
    });
    expect(result).toEqual({ messageId: 'msg-1', bytes: expected.bytes, truncated });
    expect(Buffer.byteLength(calls[0].args[0].input.Message ?? '')).toBeLessThanOrEqual(262_144);
  });

  it('propagates SNS errors so the caller can retry', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' }));
    await expect(publishFinding(new SNSClient({}), TOPIC, sampleFinding())).rejects.toThrow('Rate exceeded');
  });
});
