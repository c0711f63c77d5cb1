/**
 * cdk-nag (AwsSolutions, v3 `Validations` API) acknowledgments of the auditor, each with the specific
 * reason it is acceptable. Anything not listed here must be fixed, not acknowledged.
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ACTION_SCOPES, unscopedReadActions } from './collector-grants';

/** How each collector read scope appears in an IAM5 finding ID (CDK pseudo parameters rendered by cdk-nag). */
const SCOPE_FINDINGS: Readonly<Record<string, { readonly resource: string; readonly why: string }>> = {
  lambdaFunction: {
    resource: 'arn:<AWS::Partition>:lambda:<AWS::Region>:<AWS::AccountId>:function:*',
    why: 'the auditor reads the configuration and resource policy of every function of this account and region',
  },
  iamRole: {
    resource: 'arn:<AWS::Partition>:iam::<AWS::AccountId>:role/*',
    why: 'any role of this account can be a function execution role',
  },
  iamPolicy: {
    resource: 'arn:<AWS::Partition>:iam::*:policy/*',
    why: 'attached policies include AWS managed ones, whose ARNs carry account "aws" instead of this account',
  },
  logGroup: {
    resource: 'arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:*',
    why: 'function log groups can be custom (LoggingConfig.LogGroup), so their names are not known in advance',
  },
  eventsRule: {
    resource: 'arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:rule/*',
    why: 'any EventBridge rule of this account and region can target a function',
  },
  s3Bucket: {
    resource: 'arn:<AWS::Partition>:s3:::*',
    why: 'S3 ARNs carry no account; the buckets read are those named in function resource policies',
  },
  efsResource: {
    resource: 'arn:<AWS::Partition>:elasticfilesystem:<AWS::Region>:<AWS::AccountId>:*',
    why: 'the access points functions mount are only known at run time; the file system of each is looked up by access point ID, then its file system policy',
  },
  kmsKey: {
    resource: 'arn:<AWS::Partition>:kms:<AWS::Region>:<AWS::AccountId>:key/*',
    why: 'the keys read are those a denial or a function configuration names (environment, event sources, destinations); key policy and grants decide KMS access',
  },
  secret: {
    resource: 'arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:*',
    why: 'the secrets read are those a denial or an event source mapping names',
  },
  sqsQueue: {
    resource: 'arn:<AWS::Partition>:sqs:<AWS::Region>:<AWS::AccountId>:*',
    why: 'the queues read (Policy attribute) are those a denial, a DLQ, a destination or an event source names',
  },
  snsTopic: {
    resource: 'arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:*',
    why: 'the topics read (Policy attribute) are those a denial, a DLQ or a destination names',
  },
  dynamodbTable: {
    resource: 'arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/*',
    why: 'the tables and streams read are those a denial or an event source names',
  },
  ecrRepository: {
    resource: 'arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/*',
    why: 'the repositories read are those a denial or a function image names',
  },
  eventBus: {
    resource: 'arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:event-bus/*',
    why: 'the event buses read are those a denial or a destination names',
  },
  lambdaLayer: {
    resource: 'arn:<AWS::Partition>:lambda:<AWS::Region>:<AWS::AccountId>:layer:*',
    why: 'the layer versions read are those a denial or a function configuration names',
  },
  restApi: {
    resource: 'arn:<AWS::Partition>:apigateway:<AWS::Region>::/restapis/*',
    why: 'API Gateway ARNs carry no account; the REST APIs read (GetRestApi) are those a denial names',
  },
  codeArtifactRepository: {
    resource: 'arn:<AWS::Partition>:codeartifact:<AWS::Region>:<AWS::AccountId>:repository/*',
    why: 'the repositories read are those a denial names',
  },
  codeArtifactDomain: {
    resource: 'arn:<AWS::Partition>:codeartifact:<AWS::Region>:<AWS::AccountId>:domain/*',
    why: 'the domains read are those a denial names',
  },
  openSearchDomain: {
    resource: 'arn:<AWS::Partition>:es:<AWS::Region>:<AWS::AccountId>:domain/*',
    why: 'the domains read (access policy) are those a denial names',
  },
  signingProfile: {
    resource: 'arn:<AWS::Partition>:signer:<AWS::Region>:<AWS::AccountId>:/signing-profiles/*',
    why: 'the signing profiles read are those a denial names',
  },
  sarApplication: {
    resource: 'arn:<AWS::Partition>:serverlessrepo:<AWS::Region>:<AWS::AccountId>:applications/*',
    why: 'the applications read are those a denial names',
  },
  organization: {
    resource: 'arn:<AWS::Partition>:organizations::*:*',
    why: 'Organizations ARNs carry the management account (or "aws" for AWS managed policies), not this one; only the parents and SCPs/RCPs of this account are read',
  },
  cloudtrailTrail: {
    resource: 'arn:<AWS::Partition>:cloudtrail:*:<AWS::AccountId>:trail/*',
    why: "the trails read (status and event selectors, for the auditor-coverage check) are those DescribeTrails lists from this Region, which include multi-Region trails whose home Region is another one, so the ARN's Region cannot be fixed; trail names are the account owner's choice",
  },
};

/** The construct parts that carry acknowledged findings. */
export interface NagTargets {
  readonly collectorReadPolicy: IConstruct;
  readonly functions: readonly IConstruct[];
}

/** The `AwsSolutions-IAM5[...]` IDs and reasons for the collector's read policy (exported for tests and docs). */
export function collectorReadAcknowledgments(): { id: string; reason: string }[] {
  const acks = Object.entries(SCOPE_FINDINGS)
    .filter(([scope]) => Object.values(ACTION_SCOPES).includes(scope as never))
    .map(([scope, f]) => {
      const actions = Object.keys(ACTION_SCOPES).filter((a) => ACTION_SCOPES[a] === scope);
      return {
        id: `AwsSolutions-IAM5[Resource::${f.resource}]`,
        reason: `Read-only ${actions.join(', ')}: ${f.why}. Scoped to this account/region where the ARN allows.`,
      };
    });
  const unscoped = unscopedReadActions();
  if (unscoped.length > 0) {
    acks.push({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `Read-only ${unscoped.join(', ')}: these actions support no resource-level permissions, so IAM only accepts Resource "*".`,
    });
  }
  return acks;
}

/** Adds the auditor's justified acknowledgments. */
export function addAuditorNagSuppressions(targets: NagTargets): void {
  for (const ack of collectorReadAcknowledgments()) {
    Validations.of(targets.collectorReadPolicy).acknowledge(ack);
  }
  for (const fn of targets.functions) {
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the handlers are built and tested on the Node 20/22 line (package.json ' +
        'engines, CI). Move to the next LTS runtime together with the CI Node version.',
    });
  }
}
