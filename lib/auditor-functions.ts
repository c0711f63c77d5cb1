/**
 * The auditor's two functions (on-denial, sweep): each with its own log group and role, the handler
 * environment, and the runtime permissions they share (collector reads, publish, dedup claims). Part of
 * {@link LambdaAccessAuditor} (lib/lambda-access-auditor.ts).
 */
import * as path from 'node:path';
import { RemovalPolicy, type Duration } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { configEnvironment, type DeploymentSettings } from '../lambda/handlers/config';
import { AUDITOR_BUNDLING } from './bundling';
import { collectorReadStatements } from './collector-grants';
import { crossAccountEnvironment, grantAssumeMemberRole, type CrossAccountProps } from './org-grants';

const HANDLERS_DIR = path.join(__dirname, '..', 'lambda', 'handlers');
const PROJECT_ROOT = path.join(__dirname, '..');
/** Lambda's runtime for both handlers (Node 22: the project's tested Node line is 20/22). */
export const AUDITOR_RUNTIME = lambda.Runtime.NODEJS_22_X;
/** Metric namespace of the EMF metrics the handlers emit. */
export const METRICS_NAMESPACE = 'LambdaAccessAuditor';

/** A handler's environment: the settings contract (`lambda/handlers/config.ts`), Powertools, member access. */
export function handlerEnvironment(
  settings: DeploymentSettings,
  crossAccount?: CrossAccountProps,
): Record<string, string> {
  return {
    ...configEnvironment(settings),
    POWERTOOLS_SERVICE_NAME: 'lambda-access-auditor',
    POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    POWERTOOLS_LOG_LEVEL: 'INFO',
    ...crossAccountEnvironment(crossAccount),
  };
}

/** One auditor function: construct `id`, handler file under lambda/handlers/, timeout, logs, environment. */
export interface AuditorFunctionSpec {
  readonly id: string;
  readonly file: string;
  readonly timeout: Duration;
  readonly retention: logs.RetentionDays;
  readonly environment: Record<string, string>;
}

/** An arm64 Node.js function with its own retained log group and its own role (no AWS managed policies). */
export function auditorFunction(scope: Construct, spec: AuditorFunctionSpec): nodejs.NodejsFunction {
  const { id } = spec;
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    retention: spec.retention,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  // Own role without AWS managed policies: logs write is granted on this log group only.
  const role = new iam.Role(scope, `${id}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `lambda-access-auditor ${id}: read-only collector + alert publishing`,
  });
  logGroup.grantWrite(role);
  return new nodejs.NodejsFunction(scope, id, {
    entry: path.join(HANDLERS_DIR, spec.file),
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
    runtime: AUDITOR_RUNTIME,
    architecture: lambda.Architecture.ARM_64,
    memorySize: 1024,
    timeout: spec.timeout,
    role,
    logGroup,
    environment: spec.environment,
    bundling: AUDITOR_BUNDLING,
  });
}

/** The dedup table both functions claim findings in (keyed by fingerprint, expiring by TTL). */
export function createDedupTable(scope: Construct): dynamodb.Table {
  return new dynamodb.Table(scope, 'DedupTable', {
    partitionKey: { name: 'fingerprint', type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: 'expiresAt',
    // AWS owned/managed key: callers need no KMS permissions, so the grants stay minimal.
    encryption: dynamodb.TableEncryption.AWS_MANAGED,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    // Dedup state only: losing it means at most one repeated alert per finding.
    removalPolicy: RemovalPolicy.DESTROY,
  });
}

/** What the runtime permissions are granted on. */
export interface RuntimeGrantTargets {
  readonly onDenialFunction: nodejs.NodejsFunction;
  readonly sweepFunction: nodejs.NodejsFunction;
  readonly alertTopic: sns.ITopic;
  readonly dedupTable: dynamodb.Table;
  readonly crossAccount?: CrossAccountProps;
}

/**
 * Grants both functions the collector's reads (one shared inline policy, returned for cdk-nag), publish on
 * the topic (and its key), the dedup claims and, for a central deployment, assuming the member role.
 */
export function grantRuntimePermissions(scope: Construct, t: RuntimeGrantTargets): iam.Policy {
  const readPolicy = new iam.Policy(scope, 'CollectorReadPolicy', { statements: collectorReadStatements() });
  const topicKey = t.alertTopic.masterKey;
  for (const fn of [t.onDenialFunction, t.sweepFunction]) {
    const role = fn.role as iam.Role;
    role.attachInlinePolicy(readPolicy);
    // Explicit actions instead of grantPublish(), which adds the kms:GenerateDataKey* wildcard.
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [t.alertTopic.topicArn] }),
    );
    if (topicKey) {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [topicKey.keyArn] }),
      );
    }
    // The claim protocol (lambda/aws/dedup/dynamo.ts) only puts and updates: nothing is ever deleted but by TTL.
    t.dedupTable.grant(role, 'dynamodb:PutItem', 'dynamodb:UpdateItem');
    if (t.crossAccount) grantAssumeMemberRole(role, t.crossAccount.memberRoleName);
  }
  // The sweep reads its one index item (lambda/aws/dedup/sweep-index.ts): GetItem, never Scan or Query.
  t.dedupTable.grant(t.sweepFunction.role as iam.Role, 'dynamodb:GetItem');
  return readPolicy;
}
