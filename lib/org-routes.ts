/**
 * Alert routes of the central stack: the findings of some accounts (at or above a severity) go to the
 * route's endpoints. SNS subscription filter policies on the `account` and `severity` message attributes
 * select them (https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html):
 *
 * - **email**: each address is subscribed to the alert topic with the route's filter policy;
 * - **Slack**: a Chatbot channel configuration (`AWS::Chatbot::SlackChannelConfiguration`) subscribes itself
 *   to the topics it is given and has no filter policy of its own (hashicorp/terraform-provider-aws#42752),
 *   and SNS cannot subscribe a topic to a topic. So each Slack route gets its own topic, fed by a small
 *   forwarder (lambda/handlers/route-forward.ts) subscribed to the alert topic with the route's filter
 *   policy, and its own channel configuration on that topic.
 */
import * as path from 'node:path';
import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as chatbot from 'aws-cdk-lib/aws-chatbot';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { SEVERITIES, type Severity } from '../lambda/core/findings/types';
import { ROUTE_TOPIC_ENV } from '../lambda/handlers/route-forward';
import { AUDITOR_BUNDLING } from './bundling';

/** One alert route: findings of these accounts (at or above `minSeverity`) go to these endpoints. */
export interface AlertRoute {
  /** Route name: letters, digits, `-` and `_` (it names the route's resources). */
  readonly name: string;
  /** Accounts of the route (an OU or a tag resolved to its account IDs at synth time). */
  readonly accounts: readonly string[];
  /** Email addresses subscribed with this route's filter policy. */
  readonly emails: readonly string[];
  /** @default every published severity */
  readonly minSeverity?: Severity;
  /** Slack channel ID (e.g. `C07EXAMPLE`) that receives this route's alerts. @default no Slack channel */
  readonly slackChannelId?: string;
  /** Slack workspace of {@link slackChannelId}. @default the auditor's `slackChannel` workspace */
  readonly slackWorkspaceId?: string;
}

const ROUTE_NAME = /^[A-Za-z0-9_-]{1,40}$/;

/** Problems with the routes (names, Slack settings), each naming the value and the fix. */
export function routeProblems(routes: readonly AlertRoute[], defaultWorkspace?: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of routes) {
    if (!ROUTE_NAME.test(r.name)) {
      problems.push(`routes name ${JSON.stringify(r.name)}: use 1–40 letters, digits, "-" or "_".`);
    }
    if (seen.has(r.name)) problems.push(`routes name ${JSON.stringify(r.name)} is used twice.`);
    seen.add(r.name);
    if (r.slackChannelId && !(r.slackWorkspaceId ?? defaultWorkspace)) {
      problems.push(
        `routes[${r.name}].slackChannelId needs a workspace: set slackWorkspaceId on the route or the auditor's slackWorkspaceId.`,
      );
    }
  }
  return problems;
}

/** The subscription filter policy of `route` (its accounts; its severities when `minSeverity` is set). */
export function routeFilterPolicy(route: AlertRoute): Record<string, sns.SubscriptionFilter> {
  const min = route.minSeverity;
  const severities = min ? SEVERITIES.slice(0, SEVERITIES.indexOf(min) + 1) : undefined;
  return {
    account: sns.SubscriptionFilter.stringFilter({ allowlist: [...route.accounts] }),
    ...(severities ? { severity: sns.SubscriptionFilter.stringFilter({ allowlist: [...severities] }) } : {}),
  };
}

/** Properties of {@link SlackRoute}. */
export interface SlackRouteProps {
  readonly route: AlertRoute;
  readonly workspaceId: string;
  /** The auditor's alert topic. */
  readonly alertTopic: sns.ITopic;
  /** Key of the route topic (the auditor's key). */
  readonly key: kms.IKey;
  readonly logRetention?: logs.RetentionDays;
}

/** A Slack route: its topic, the filtered forwarder from the alert topic, and its channel configuration. */
export class SlackRoute extends Construct {
  /** The route's own topic (the channel configuration's only topic). */
  public readonly topic: sns.Topic;
  /** The forwarder subscribed to the alert topic with the route's filter policy. */
  public readonly forwarder: nodejs.NodejsFunction;

  constructor(scope: Construct, id: string, props: SlackRouteProps) {
    super(scope, id);
    const { route } = props;
    this.topic = new sns.Topic(this, 'Topic', { masterKey: props.key, enforceSSL: true });
    this.forwarder = this.createForwarder(props);
    props.alertTopic.addSubscription(
      new subs.LambdaSubscription(this.forwarder, { filterPolicy: routeFilterPolicy(route) }),
    );
    new chatbot.SlackChannelConfiguration(this, 'SlackChannel', {
      slackChannelConfigurationName: `lambda-access-auditor-${Aws.REGION}-route-${route.name}`,
      slackWorkspaceId: props.workspaceId,
      slackChannelId: route.slackChannelId as string,
      notificationTopics: [this.topic],
      // Notifications only: nobody can run AWS commands from the channel through this configuration.
      guardrailPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AWSDenyAll')],
      loggingLevel: chatbot.LoggingLevel.ERROR,
    });
  }

  private createForwarder(props: SlackRouteProps): nodejs.NodejsFunction {
    const retention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;
    const logGroup = new logs.LogGroup(this, 'ForwarderLogs', { retention, removalPolicy: RemovalPolicy.RETAIN });
    const role = new iam.Role(this, 'ForwarderRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `lambda-access-auditor route ${props.route.name}: forwards matching alerts to the route topic`,
    });
    logGroup.grantWrite(role);
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [this.topic.topicArn] }));
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [props.key.keyArn] }),
    );
    const root = path.join(__dirname, '..');
    const fn = new nodejs.NodejsFunction(this, 'Forwarder', {
      entry: path.join(root, 'lambda', 'handlers', 'route-forward.ts'),
      projectRoot: root,
      depsLockFilePath: path.join(root, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(30),
      role,
      logGroup,
      environment: { [ROUTE_TOPIC_ENV]: this.topic.topicArn },
      bundling: AUDITOR_BUNDLING,
    });
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Pinned to nodejs22.x like the other handlers: built and tested on the Node 20/22 line.',
    });
    return fn;
  }
}
