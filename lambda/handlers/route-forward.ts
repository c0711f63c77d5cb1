/**
 * Forwards one alert route's alerts to that route's own topic, which the route's Slack channel (Amazon Q
 * Developer in chat applications, formerly AWS Chatbot) is subscribed to. Why a forwarder: a Chatbot channel
 * configuration creates its own subscription to a topic and offers no filter policy on it (see
 * hashicorp/terraform-provider-aws#42752), and SNS cannot subscribe a topic to a topic; so this function is
 * subscribed to the alert topic WITH the route's filter policy (account, severity) and re-publishes what
 * matched. SNS gives a Lambda subscriber the `lambda` key of a `MessageStructure: json` message, else
 * `default` (AWS-FACTS §10.2: protocol keys), i.e. the Chatbot custom-notification JSON, which is re-published
 * as the plain message body Chatbot reads.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { SNSEvent } from 'aws-lambda';

/** The environment variable naming the route's topic. */
export const ROUTE_TOPIC_ENV = 'ROUTE_TOPIC_ARN';

/** Dependencies (tests inject a mocked client). */
export interface RouteForwardDeps {
  readonly sns: SNSClient;
  readonly topicArn: string;
}

/**
 * Re-publishes every record's message (and subject) to the route topic, keeping the routing attributes.
 * A failure throws: Lambda retries the asynchronous SNS delivery.
 */
export async function forwardAlerts(deps: RouteForwardDeps, event: SNSEvent): Promise<number> {
  for (const record of event.Records) {
    const attributes = Object.fromEntries(
      Object.entries(record.Sns.MessageAttributes ?? {})
        .filter(([, a]) => a.Type === 'String')
        .map(([name, a]) => [name, { DataType: 'String', StringValue: a.Value }]),
    );
    await deps.sns.send(
      new PublishCommand({
        TopicArn: deps.topicArn,
        Message: record.Sns.Message,
        ...(record.Sns.Subject ? { Subject: record.Sns.Subject } : {}),
        ...(Object.keys(attributes).length ? { MessageAttributes: attributes } : {}),
      }),
    );
  }
  return event.Records.length;
}

let production: RouteForwardDeps | undefined;

/** Lambda entry point (SNS subscription with the route's filter policy). */
export const handler = (event: SNSEvent): Promise<number> => {
  production ??= {
    sns: new SNSClient({ region: process.env.AWS_REGION }),
    topicArn: process.env[ROUTE_TOPIC_ENV] ?? '',
  };
  return forwardAlerts(production, event);
};
