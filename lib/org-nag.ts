/**
 * cdk-nag (AwsSolutions) acknowledgments of the organization stacks, each with its reason. The collector
 * grants are the single-account ones with the Region replaced by `*` (the member role is global).
 */
import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { collectorReadAcknowledgments } from './nag-suppressions';

/** `AwsSolutions-IAM5[...]` IDs and reasons for the member role's read policy (Region wildcard). */
export function memberReadAcknowledgments(): { id: string; reason: string }[] {
  return collectorReadAcknowledgments().map((ack) => ({
    id: ack.id.replaceAll('<AWS::Region>', '*'),
    reason: `${ack.reason.replace(/ Scoped to this account\/region where the ARN allows\.$/, '')} Scoped to this account; every Region, because the one global role reads all Regions of the account.`,
  }));
}

/** Why the central roles may assume the member role in any account of the organization. */
export const ASSUME_MEMBER_ROLE_REASON =
  'sts:AssumeRole on arn:<partition>:iam::*:role/<member role>: the member role exists in every account of the ' +
  'organization (StackSet auto-deployment), so its account is not known in advance; the member trust policy ' +
  'only accepts these exact central role ARNs from inside the organization (aws:PrincipalOrgID).';

/** Why the Plan state may list the organization's accounts on `*`. */
export const ORGANIZATIONS_LIST_REASON =
  'organizations:ListAccounts has no resource-level permission; ListAccountsForParent and ListChildren take the ' +
  'OU or root chosen at deployment, whose IDs are resolved at run time. Read-only, used only by the Plan state.';

/** The sweep construct's parts that carry acknowledged findings. */
export interface SweepNagTargets {
  readonly itemFunction: IConstruct;
  readonly planFunction: IConstruct;
  readonly digestFunction: IConstruct;
  readonly resultBucket: IConstruct;
  readonly stateMachine: IConstruct;
}

function logicalId(c: IConstruct): string {
  return Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);
}

/** Acknowledges the organization sweep's findings, each with its reason. */
export function addSweepNagAcknowledgments(t: SweepNagTargets): void {
  for (const fn of [t.itemFunction, t.planFunction, t.digestFunction]) {
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Pinned to nodejs22.x like the other handlers: built and tested on the Node 20/22 line.',
    });
  }
  Validations.of(t.resultBucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason:
      'Holds only Distributed Map run results, written by the state machine role and expired after 30 days; ' +
      'an access-log bucket would add cost without a reader (CloudTrail data events can audit it if needed).',
  });
  const execution = `arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalId(t.stateMachine)}"}]}]}`;
  const acks: [string, string][] = [
    ['Resource::*', 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.'],
    ...[t.itemFunction, t.planFunction, t.digestFunction].map((fn): [string, string] => [
      `Resource::<${logicalId(fn)}.Arn>:*`,
      'lambda:InvokeFunction on the sweep handlers and their versions/aliases only (CDK LambdaInvoke grant).',
    ]),
    [
      `Resource::arn:<AWS::Partition>:s3:::<${logicalId(t.resultBucket)}>/*`,
      'The ResultWriter puts run result files (names chosen by Step Functions) into the results bucket only.',
    ],
    [`Resource::${execution}:*`, 'Distributed Map child executions of this state machine only (run-time names).'],
    [`Resource::${execution}/*:*`, 'Distributed Map child executions of this state machine only (run-time names).'],
  ];
  const bucket = logicalId(t.resultBucket);
  // The roles are siblings of their functions: acknowledged on the sweep construct, by exact resource.
  const sweep = t.planFunction.node.scope as IConstruct;
  Validations.of(sweep).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/plans/*]`,
    reason: 'The Plan state writes the item list of each run (named after the execution) under plans/ only.',
  });
  Validations.of(sweep).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/sweeps/*]`,
    reason: 'The digest reads the result files (names chosen by Step Functions) under sweeps/ only.',
  });
  for (const [finding, reason] of acks) {
    Validations.of(t.stateMachine).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}
