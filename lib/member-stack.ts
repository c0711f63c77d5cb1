/**
 * `LambdaAccessAuditorMemberStack`: what every member account and Region of an organization runs, deployed
 * with a service-managed CloudFormation StackSet (auto-deployment to new accounts). It holds no Lambda code
 * and no other asset, and is synthesized without the bootstrap version check, so member accounts need no
 * CDK bootstrap:
 *
 * - an EventBridge rule on the default bus forwarding authorization failures (the same pattern and the
 *   state that includes read-only management events) to the central organization bus, through a role that
 *   may only `events:PutEvents` there (organization-based bus permissions require a target role:
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-eventbuspolicy.html);
 * - in one Region only (IAM is global: default us-east-1, where CloudTrail records IAM and global STS
 *   events), a read-only auditor role with exactly the collector's actions, trusted only by the central
 *   auditor roles (exact role ARNs) and only within the organization (`aws:PrincipalOrgID`).
 */
import {
  BootstraplessSynthesizer,
  CfnCondition,
  CfnOutput,
  Fn,
  Stack,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../lambda/core/cloudtrail';
import { collectorReadStatements, readScopes } from './collector-grants';
import { memberReadAcknowledgments } from './org-nag';
import { validateMemberProps } from './org-validation';

/** Default name of the member role the central handlers assume. */
export const MEMBER_ROLE_NAME = 'LambdaAccessAuditorMember';

/** Properties of {@link LambdaAccessAuditorMemberStack}. */
export interface MemberStackProps extends StackProps {
  /** ARN of the central organization bus (output `OrganizationBusArn` of the central stack). */
  readonly centralBusArn: string;
  /** Exact ARNs of the central auditor roles (output `AuditorRoleArns` of the central stack). */
  readonly centralAuditorRoleArns: readonly string[];
  /** The organization ID, `o-…`. */
  readonly organizationId: string;
  /**
   * Name of the read-only auditor role (must match the central stack's `memberRoleName`).
   * @default MEMBER_ROLE_NAME
   */
  readonly memberRoleName?: string;
  /**
   * The one Region whose stack instance creates the (global) auditor role.
   * @default 'us-east-1'
   */
  readonly roleRegion?: string;
}

/** The StackSet-ready member stack: forwarding rule + read-only auditor role. */
export class LambdaAccessAuditorMemberStack extends Stack {
  /** The forwarding rule on the default bus. */
  public readonly forwardRule: events.Rule;
  /** The read-only auditor role (created only where the Region is `roleRegion`). */
  public readonly auditorRole: iam.Role;

  constructor(scope: Construct, id: string, props: MemberStackProps) {
    super(scope, id, {
      description: 'lambda-access-auditor member: forwards authorization failures, read-only auditor role',
      // No assets, no bootstrap version parameter: deployable by StackSets into unbootstrapped accounts.
      synthesizer: new BootstraplessSynthesizer(),
      analyticsReporting: false,
      ...props,
    });
    const problems = validateMemberProps(props);
    if (problems.length > 0) throw new Error(`Invalid member stack props (${id}):\n- ${problems.join('\n- ')}`);
    this.forwardRule = this.createForwardRule(props.centralBusArn);
    this.auditorRole = this.createAuditorRole(props);
    new CfnOutput(this, 'AuditorRoleName', { value: props.memberRoleName ?? MEMBER_ROLE_NAME });
  }

  private createForwardRule(busArn: string): events.Rule {
    const bus = events.EventBus.fromEventBusArn(this, 'CentralBus', busArn);
    const role = new iam.Role(this, 'ForwardRole', {
      assumedBy: new iam.ServicePrincipal('events.amazonaws.com'),
      description: 'lambda-access-auditor: EventBridge forwards authorization failures to the central bus',
    });
    const rule = new events.Rule(this, 'ForwardRule', {
      description: 'CloudTrail authorization failures (incl. read-only events) → lambda-access-auditor central bus',
      eventPattern: DENIAL_EVENT_PATTERN as events.EventPattern,
      targets: [new targets.EventBus(bus, { role })],
    });
    (rule.node.defaultChild as events.CfnRule).state = DENIAL_RULE_STATE;
    return rule;
  }

  private createAuditorRole(props: MemberStackProps): iam.Role {
    const trusted = props.centralAuditorRoleArns.map((arn) => new iam.ArnPrincipal(arn));
    const role = new iam.Role(this, 'AuditorRole', {
      roleName: props.memberRoleName ?? MEMBER_ROLE_NAME,
      description: 'lambda-access-auditor: read-only collector role assumed by the central auditor',
      assumedBy: new iam.CompositePrincipal(...trusted).withConditions({
        StringEquals: { 'aws:PrincipalOrgID': props.organizationId },
      }),
      maxSessionDuration: undefined,
    });
    // The role is global but reads every Region of the account: Region wildcard in the scopes.
    const policy = new iam.Policy(this, 'AuditorReadPolicy', {
      statements: collectorReadStatements(undefined, readScopes('*')),
      roles: [role],
    });
    const onlyHere = new CfnCondition(this, 'AuditorRoleRegion', {
      expression: Fn.conditionEquals(Stack.of(this).region, props.roleRegion ?? 'us-east-1'),
    });
    (role.node.defaultChild as iam.CfnRole).cfnOptions.condition = onlyHere;
    (policy.node.defaultChild as iam.CfnPolicy).cfnOptions.condition = onlyHere;
    for (const ack of memberReadAcknowledgments()) Validations.of(policy).acknowledge(ack);
    return role;
  }
}
