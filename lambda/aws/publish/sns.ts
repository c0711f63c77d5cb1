/**
 * Publishes one finding to SNS with `MessageStructure: 'json'`: Chatbot JSON under `default`, plain text
 * under `email`, an ASCII subject, and a message kept under the 256 KB limit. Client injected.
 */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Finding } from '../../core/findings/types';
import type { Lang } from '../../core/i18n';
import { renderSnsAlert, type SnsAlert } from '../../core/render/alerts/sns-message';

/** What was sent. */
export interface PublishResult {
  readonly messageId?: string;
  /** UTF-8 bytes of subject + message. */
  readonly bytes: number;
  /** True when the explanation was shortened to fit the SNS limit. */
  readonly truncated: boolean;
}

/** Publishes `finding` to `topicArn` in `lang`. SDK errors propagate (the caller decides whether to retry). */
export async function publishFinding(
  sns: SNSClient,
  topicArn: string,
  finding: Finding,
  lang: Lang = 'en',
): Promise<PublishResult> {
  const alert = renderSnsAlert(finding, undefined, lang);
  const messageId = await publishAlert(sns, topicArn, alert, routingAttributes(finding));
  return { messageId, bytes: alert.bytes, truncated: alert.truncated };
}

/**
 * Message attributes that subscription filter policies route on (per account, Region, severity, check):
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html. Absent values are left out.
 */
export function routingAttributes(finding: Finding): Record<string, { DataType: 'String'; StringValue: string }> {
  const values: Record<string, string | undefined> = {
    account: finding.function?.account ?? finding.event?.account,
    region: finding.function?.region ?? finding.event?.region,
    severity: finding.severity,
    checkId: finding.checkId,
  };
  const attributes: Record<string, { DataType: 'String'; StringValue: string }> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value) attributes[name] = { DataType: 'String', StringValue: value };
  }
  return attributes;
}

/**
 * Publishes an already rendered payload (a finding's alert, a sweep digest, a resolved notice), with the
 * routing attributes when there are any. SDK errors propagate.
 */
export async function publishAlert(
  sns: SNSClient,
  topicArn: string,
  alert: SnsAlert,
  attributes?: ReturnType<typeof routingAttributes>,
): Promise<string | undefined> {
  const out = await sns.send(
    new PublishCommand({
      TopicArn: topicArn,
      Subject: alert.subject,
      Message: alert.message,
      MessageStructure: 'json',
      ...(attributes ? { MessageAttributes: attributes } : {}),
    }),
  );
  return out.MessageId;
}
