/**
 * `LAA-S3-NOTIFICATION-DESTINATION`: S3 refused a bucket notification configuration with `InvalidArgument`
 * "Unable to validate the following destination configurations" (intake flag `s3-notification-destination`).
 * S3 validates every destination when the configuration is written: a Lambda function's resource-based
 * policy must let `s3.amazonaws.com` invoke it, an SQS queue / SNS topic policy must let it send / publish,
 * scoped with `aws:SourceArn` (the bucket) and `aws:SourceAccount` (bucket ARNs carry no account)
 * (S3 API reference, PutBucketNotificationConfiguration; AWS-FACTS §8.2; S3 user guide "Granting permissions
 * to publish event notification messages to a destination",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html).
 * One finding per destination; the fix is on the destination, never on the caller.
 */
import { lastSegment, serviceOf } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { renderFix } from '../../fix';
import type { FixSpec } from '../../fix/types';
import type { Finding } from '../../findings/types';
import type { Snapshot } from '../../snapshot/types';
import { findFunction, flagData, flagOf } from '../shared/flags';
import { buildFinding, notApplicable, result } from '../shared/finding';
import { DOCS } from '../shared/references';
import { functionPolicyFor, probeService } from '../shared/function-policy';
import { en, lines, msg, type MessageRef } from '../../i18n';
import type { Check, CheckInput, CheckResult } from '../types';

const S3 = 's3.amazonaws.com';
const GUIDE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html';
/** S3's error message (S3 API reference, PutBucketNotificationConfiguration): quoted verbatim in every language. */
const S3_MESSAGE = 'Unable to validate the following destination configurations';
const ACTION: Readonly<Record<string, string>> = {
  sqs: 'sqs:SendMessage',
  sns: 'sns:Publish',
  lambda: 'lambda:InvokeFunction',
};

interface Source {
  readonly bucketArn?: string;
  readonly account: string;
}

/** Params of the bucket (`nobucket` when the request named none) and the destination's action. */
function names(destination: string, source: Source) {
  const action = ACTION[serviceOf(destination) ?? ''];
  return {
    service: S3,
    destination,
    bucket: source.bucketArn ?? '',
    nobucket: source.bucketArn ? 'no' : 'yes',
    action: action ?? '',
    noaction: action ? 'no' : 'yes',
  };
}

/** The fix on the destination and its texts as catalog references. */
function destinationFix(
  destination: string,
  source: Source,
): { spec: FixSpec; summary: MessageRef; notes: MessageRef[] } {
  const service = serviceOf(destination) ?? '';
  const name = lastSegment(destination.replace(/:/g, '/'));
  if (service === 'lambda') {
    const summary = msg('invoke.s3dest.fixLambda', { ...names(destination, source), fn: name });
    const spec: FixSpec = {
      kind: 'lambda-permission',
      functionName: name,
      resourceArn: destination,
      statementId: 's3-invoke',
      principal: S3,
      ...(source.bucketArn ? { sourceArn: source.bucketArn } : {}),
      sourceAccount: source.account,
      summary: en(summary),
    };
    return { spec, summary, notes: [] };
  }
  const statement = {
    Sid: 'AllowS3Notifications',
    Effect: 'Allow',
    Principal: { Service: S3 },
    Action: ACTION[service] ?? '*',
    Resource: destination,
    Condition: {
      ...(source.bucketArn ? { ArnLike: { 'aws:SourceArn': source.bucketArn } } : {}),
      StringEquals: { 'aws:SourceAccount': source.account },
    },
  };
  const summary = msg('invoke.s3dest.fixPolicy', { ...names(destination, source), name, kind: service });
  const notes = [msg('invoke.s3dest.paste', { arn: destination, json: JSON.stringify(statement) })];
  const spec: FixSpec = {
    kind: 'resource-statement',
    resourceArn: destination,
    statement,
    service: 'other',
    summary: en(summary),
    notes: notes.map(en),
  };
  return { spec, summary, notes };
}

/** True when the snapshot shows the function's policy already lets S3 invoke it for this bucket. */
function alreadyAllowed(snapshot: Snapshot, destination: string, source: Source): boolean {
  const fn = findFunction(snapshot, destination);
  if (!fn) return false;
  const context = {
    'aws:SourceAccount': source.account,
    ...(source.bucketArn ? { 'aws:SourceArn': source.bucketArn } : {}),
  };
  return probeService(functionPolicyFor(snapshot, fn, destination), S3, context).decision.decision === 'Allowed';
}

function findingFor(input: CheckInput, denial: DeniedRequest, destination: string, source: Source): Finding {
  const fn = serviceOf(destination) === 'lambda' ? findFunction(input.snapshot, destination) : undefined;
  const params = names(destination, source);
  const title = msg('invoke.s3dest.title', {
    ...params,
    bucket: source.bucketArn ? lastSegment(source.bucketArn) : '',
    destination: lastSegment(destination.replace(/:/g, '/')),
  });
  const summary = msg('invoke.s3dest.summary', { ...params, awsMessage: S3_MESSAGE });
  const details = [
    msg('invoke.s3dest.caller', {
      caller: denial.caller.arn ?? '',
      nocaller: denial.caller.arn === undefined ? 'yes' : 'no',
      eventName: denial.eventName,
    }),
    msg('invoke.s3dest.writeAgain'),
  ];
  const fix = destinationFix(destination, source);
  return buildFinding({
    check: S3_NOTIFICATION_DESTINATION,
    fn,
    principal: fn ? undefined : destination,
    title: en(title),
    summary: en(summary),
    action: ACTION[serviceOf(destination) ?? ''],
    resource: destination,
    stated: { decision: 'ImplicitlyDenied', decidingPolicyType: 'resource' },
    details: details.map(en),
    text: { title, summary, fixSummary: fix.summary, lines: lines(...details, ...fix.notes) },
    fix: renderFix(fix.spec),
    denial,
    references: [DOCS.s3NotificationPermissions],
    cause: `s3-notification|${source.bucketArn ?? ''}|${destination}`,
  });
}

function run(input: CheckInput): CheckResult {
  const { denial, snapshot } = input;
  const flag = flagOf(denial, 's3-notification-destination');
  if (!denial || !flag) return notApplicable('Not an S3 notification destination S3 could not validate.');
  const source: Source = {
    bucketArn: flagData(flag, 'sourceArn'),
    account: flagData(flag, 'sourceAccount') ?? denial.account,
  };
  const destinations = (flagData(flag, 'destinations') ?? '').split(',').filter((d) => d.startsWith('arn:'));
  if (destinations.length === 0) return notApplicable('The request names no destination ARN.');
  const open = destinations.filter((d) => !alreadyAllowed(snapshot, d, source));
  const notes = destinations
    .filter((d) => !open.includes(d))
    .map((d) => `${d}: its policy lets ${S3} invoke it now (already fixed).`);
  return result(
    open.map((d) => findingFor(input, denial, d, source)),
    notes,
  );
}

/** `LAA-S3-NOTIFICATION-DESTINATION`. */
export const S3_NOTIFICATION_DESTINATION: Check = {
  id: 'LAA-S3-NOTIFICATION-DESTINATION',
  title: 'S3 could not validate a notification destination',
  topic: 'invoke',
  category: 'invoke-permission',
  defaultSeverity: 'high',
  docsUrl: GUIDE,
  fixKinds: ['lambda-permission', 'resource-statement'],
  scope: 'event',
  run,
};
