/**
 * `LambdaAccessAuditorCentralStack`: the auditor of a whole organization, deployed once in the security /
 * delegated-administrator account. Member accounts (lib/member-stack.ts) forward authorization failures to
 * an organization event bus whose policy accepts `events:PutEvents` only from principals of the
 * organization (`aws:PrincipalOrgID`); the same auditor construct as the single-account stack listens on
 * that bus and assumes the member role of each event's account. Alerts are routed per account (an OU or a
 * tag is resolved to its accounts at synth time) with SNS subscription filter policies on the `account` and
 * `severity` message attributes. An optional Step Functions sweep fans out over accounts × Regions.
 */
import { Aws, CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { LambdaAccessAuditor, METRICS_NAMESPACE, type LambdaAccessAuditorProps } from './lambda-access-auditor';
import { MEMBER_ROLE_NAME } from './member-stack';
import { configEnvironment } from '../lambda/handlers/config';
import { crossAccountEnvironment, grantAssumeMemberRole, grantOrganizationPolicyReads } from './org-grants';
import { accountIdProblems, accountSourceProblems, organizationIdProblems, roleNameProblems } from './org-validation';
import { routeFilterPolicy, routeProblems, SlackRoute, type AlertRoute } from './org-routes';
import { SweepFanout, type SweepFanoutProps } from './sweep-fanout';

export type { AlertRoute } from './org-routes';

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
      ...routeProblems(props.routes ?? [], props.auditor?.slackChannel?.slackWorkspaceId),
      ...accountSourceProblems('sweep.accounts', props.sweep?.accounts ?? []),
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
    const workspace = props.auditor?.slackChannel?.slackWorkspaceId;
    for (const route of props.routes ?? []) this.addRoute(route, workspace, props.auditor?.logRetention);
    const roles = [this.auditor.onDenialFunction.role, this.auditor.sweepFunction.role];
    if (props.sweep) {
      this.sweep = this.createSweep(props.sweep, memberRoleName, props.auditor ?? {});
      roles.push(this.sweep.itemFunction.role);
    }
    this.outputs(roles.map((r) => (r as iam.IRole).roleArn));
  }

  private addRoute(route: AlertRoute, workspace: string | undefined, retention?: logs.RetentionDays): void {
    const filterPolicy = routeFilterPolicy(route);
    for (const email of route.emails) {
      this.auditor.alertTopic.addSubscription(new subs.EmailSubscription(email, { filterPolicy }));
    }
    if (route.slackChannelId) {
      new SlackRoute(this, `Route-${route.name}`, {
        route,
        workspaceId: (route.slackWorkspaceId ?? workspace) as string,
        alertTopic: this.auditor.alertTopic,
        key: this.auditor.key,
        logRetention: retention,
      });
    }
  }

  private createSweep(sweep: OrganizationSweepProps, memberRoleName: string, a: LambdaAccessAuditorProps) {
    const topic = this.auditor.alertTopic;
    const publish = (role: iam.Role): void => {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }));
      if (topic.masterKey) {
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
            resources: [topic.masterKey.keyArn],
          }),
        );
      }
    };
    return new SweepFanout(this, 'OrganizationSweep', {
      ...sweep,
      // The central account's own functions are swept by the construct's single-account sweep.
      excludeAccounts: [Aws.ACCOUNT_ID],
      logRetention: a.logRetention,
      environment: {
        ...configEnvironment({
          topicArn: topic.topicArn,
          tableName: this.auditor.dedupTable.tableName,
          ttlSeconds: a.dedupTtl?.toSeconds(),
          minAlertSeverity: a.minAlertSeverity,
          maxAlertsPerSweep: a.maxAlertsPerSweep,
          individualMinSeverity: a.individualAlertMinSeverity,
          resolvedMinSeverity: a.resolvedNoticeMinSeverity,
          suppressions: a.suppressions,
          organization: a.organization,
          consoleReadSeverity: a.consoleReadSeverity,
          alertLanguage: a.alertLanguage,
        }),
        POWERTOOLS_SERVICE_NAME: 'lambda-access-auditor',
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...crossAccountEnvironment({ memberRoleName }),
      },
      grant: (role) => {
        publish(role);
        // Items read and write their own sweep index item (GetItem/PutItem) besides the dedup claims.
        this.auditor.dedupTable.grant(
          role,
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
        );
        grantAssumeMemberRole(role, memberRoleName);
        if (a.organization === 'auto') grantOrganizationPolicyReads(role);
      },
      grantPublish: publish,
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
