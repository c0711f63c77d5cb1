/**
 * `LambdaAccessAuditorCentralStack`: the auditor of a whole organization, deployed once in the security /
 * delegated-administrator account. Member accounts (lib/member-stack.ts) forward authorization failures to
 * an organization event bus whose policy accepts `events:PutEvents` only from principals of the
 * organization (`aws:PrincipalOrgID`); the same auditor construct as the single-account stack listens on
 * that bus and assumes the member role of each event's account. Alerts are routed per account (an OU or a
 * tag is resolved to its accounts at synth time) with SNS subscription filter policies on the `account` and
 * `severity` message attributes. An optional Step Functions sweep fans out over accounts × Regions.
 */
import { CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { SEVERITIES, type Severity } from '../lambda/core/findings/types';
import { LambdaAccessAuditor, METRICS_NAMESPACE, type LambdaAccessAuditorProps } from './lambda-access-auditor';
import { MEMBER_ROLE_NAME } from './member-stack';
import { crossAccountEnvironment, grantAssumeMemberRole } from './org-grants';
import { accountIdProblems, organizationIdProblems, roleNameProblems } from './org-validation';
import { SweepFanout, type SweepFanoutProps } from './sweep-fanout';

/** One alert route: findings of these accounts (at or above `minSeverity`) go to these endpoints. */
export interface AlertRoute {
  /** Route name (for readers of the template). */
  readonly name: string;
  /** Accounts of the route (an OU or a tag resolved to its account IDs). */
  readonly accounts: readonly string[];
  /** Email addresses subscribed with this route's filter policy. */
  readonly emails: readonly string[];
  /** @default every published severity */
  readonly minSeverity?: Severity;
}

/** Organization sweep settings (see {@link SweepFanoutProps}). */
export type OrganizationSweepProps = Pick<
  SweepFanoutProps,
  'accounts' | 'regions' | 'shards' | 'schedule' | 'maxConcurrency' | 'itemsPerBatch' | 'toleratedFailurePercentage'
>;

/** Properties of {@link LambdaAccessAuditorCentralStack}. */
export interface CentralStackProps extends StackProps {
  /** The organization ID, `o-…`. */
  readonly organizationId: string;
  /** @default 'lambda-access-auditor-org' */
  readonly busName?: string;
  /** Must match the member stack's. @default MEMBER_ROLE_NAME */
  readonly memberRoleName?: string;
  /** Auditor settings (topic, emails, Slack, thresholds…). @default construct defaults */
  readonly auditor?: Omit<LambdaAccessAuditorProps, 'eventBus' | 'crossAccount'>;
  /** @default no routes: every subscriber of the topic receives every alert */
  readonly routes?: readonly AlertRoute[];
  /** @default no organization sweep (the construct's sweep covers the central account only) */
  readonly sweep?: OrganizationSweepProps;
}

/** The central (delegated-administrator) stack. */
export class LambdaAccessAuditorCentralStack extends Stack {
  /** The organization bus member accounts forward to. */
  public readonly bus: events.EventBus;
  /** The auditor listening on {@link bus}. */
  public readonly auditor: LambdaAccessAuditor;
  /** The organization sweep, when configured. */
  public readonly sweep?: SweepFanout;

  constructor(scope: Construct, id: string, props: CentralStackProps) {
    super(scope, id, { description: 'lambda-access-auditor central: organization-wide denial audits', ...props });
    const memberRoleName = props.memberRoleName ?? MEMBER_ROLE_NAME;
    const problems = [
      ...organizationIdProblems(props.organizationId),
      ...roleNameProblems(props.memberRoleName),
      ...(props.routes ?? []).flatMap((r) => accountIdProblems(`routes[${r.name}].accounts`, r.accounts)),
      ...accountIdProblems('sweep.accounts', props.sweep?.accounts ?? []),
    ];
    if (problems.length > 0) throw new Error(`Invalid central stack props (${id}):\n- ${problems.join('\n- ')}`);
    this.bus = new events.EventBus(this, 'OrganizationBus', {
      eventBusName: props.busName ?? 'lambda-access-auditor-org',
    });
    new events.CfnEventBusPolicy(this, 'OrganizationPutEvents', {
      eventBusName: this.bus.eventBusName,
      statementId: 'OrganizationMembersPutEvents',
      statement: {
        Sid: 'OrganizationMembersPutEvents',
        Effect: 'Allow',
        Principal: '*',
        Action: 'events:PutEvents',
        Resource: this.bus.eventBusArn,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': props.organizationId } },
      },
    });
    this.auditor = new LambdaAccessAuditor(this, 'Auditor', {
      ...props.auditor,
      eventBus: this.bus,
      crossAccount: { memberRoleName },
    });
    for (const route of props.routes ?? []) this.addRoute(route);
    const roles = [this.auditor.onDenialFunction.role, this.auditor.sweepFunction.role];
    if (props.sweep) {
      this.sweep = this.createSweep(props.sweep, memberRoleName, props.auditor ?? {});
      roles.push(this.sweep.itemFunction.role);
    }
    this.outputs(roles.map((r) => (r as iam.IRole).roleArn));
  }

  private addRoute(route: AlertRoute): void {
    const min = route.minSeverity;
    const severities = min ? SEVERITIES.slice(0, SEVERITIES.indexOf(min) + 1) : undefined;
    const filterPolicy: Record<string, sns.SubscriptionFilter> = {
      account: sns.SubscriptionFilter.stringFilter({ allowlist: [...route.accounts] }),
      ...(severities ? { severity: sns.SubscriptionFilter.stringFilter({ allowlist: [...severities] }) } : {}),
    };
    for (const email of route.emails) {
      this.auditor.alertTopic.addSubscription(new subs.EmailSubscription(email, { filterPolicy }));
    }
  }

  private createSweep(sweep: OrganizationSweepProps, memberRoleName: string, a: LambdaAccessAuditorProps) {
    const topic = this.auditor.alertTopic;
    return new SweepFanout(this, 'OrganizationSweep', {
      ...sweep,
      logRetention: a.logRetention,
      environment: {
        TOPIC_ARN: topic.topicArn,
        TABLE_NAME: this.auditor.dedupTable.tableName,
        DEDUP_TTL_SECONDS: String((a.dedupTtl?.toSeconds() ?? 86_400) | 0),
        POWERTOOLS_SERVICE_NAME: 'lambda-access-auditor',
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ALERT_MIN_SEVERITY: a.minAlertSeverity ?? 'medium',
        MAX_ALERTS_PER_SWEEP: String(a.maxAlertsPerSweep ?? 50),
        ...(a.alertLanguage && a.alertLanguage !== 'en' ? { ALERT_LANGUAGE: a.alertLanguage } : {}),
        ...crossAccountEnvironment({ memberRoleName }),
      },
      grant: (role) => {
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }));
        if (topic.masterKey) {
          role.addToPrincipalPolicy(
            new iam.PolicyStatement({
              actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
              resources: [topic.masterKey.keyArn],
            }),
          );
        }
        this.auditor.dedupTable.grant(role, 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
        grantAssumeMemberRole(role, memberRoleName);
      },
    });
  }

  private outputs(roleArns: string[]): void {
    new CfnOutput(this, 'OrganizationBusArn', {
      value: this.bus.eventBusArn,
      description: 'Member stack context centralBusArn',
    });
    new CfnOutput(this, 'AuditorRoleArns', {
      value: Fn.join(',', roleArns),
      description: 'Member stack context centralAuditorRoleArns (the only principals the member role trusts)',
    });
    new CfnOutput(this, 'AlertTopicArn', { value: this.auditor.alertTopic.topicArn });
    if (this.sweep) new CfnOutput(this, 'SweepStateMachineArn', { value: this.sweep.stateMachine.stateMachineArn });
  }
}
