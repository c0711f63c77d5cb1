/**
 * Where the auditor's alerts go: email subscriptions on the alert topic and, optionally, a Slack channel
 * through Amazon Q Developer in chat applications (AWS Chatbot). Part of {@link LambdaAccessAuditor}.
 */
import { Aws } from 'aws-cdk-lib';
import * as chatbot from 'aws-cdk-lib/aws-chatbot';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';

/** Where Slack alerts go (the workspace must be authorised once in the console first). */
export interface SlackChannelProps {
  /** Slack workspace (team) ID, e.g. `T07EXAMPLE`. */
  readonly slackWorkspaceId: string;
  /** Slack channel ID, e.g. `C07EXAMPLE` (not the channel name). */
  readonly slackChannelId: string;
}

/** Subscribes `emails` to `topic` and, when `slack` is given, a notifications-only Slack channel configuration. */
export function subscribeAlerts(
  scope: Construct,
  topic: sns.ITopic,
  emails: readonly string[] = [],
  slack?: SlackChannelProps,
): void {
  for (const email of emails) topic.addSubscription(new subs.EmailSubscription(email));
  if (!slack) return;
  new chatbot.SlackChannelConfiguration(scope, 'SlackChannel', {
    // Chatbot configuration names are account-wide: the region keeps one stack per region apart.
    slackChannelConfigurationName: `lambda-access-auditor-${Aws.REGION}-${slack.slackChannelId}`,
    slackWorkspaceId: slack.slackWorkspaceId,
    slackChannelId: slack.slackChannelId,
    notificationTopics: [topic],
    // Notifications only: nobody can run AWS commands from the channel through this configuration.
    guardrailPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AWSDenyAll')],
    loggingLevel: chatbot.LoggingLevel.ERROR,
  });
}
