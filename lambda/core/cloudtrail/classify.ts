/**
 * Classifies a denied request by how it relates to Lambda (issue 3), always with the reasons.
 * Order matters: Lambda's own messages, `iam:PassRole`, invoke, ENI, cross-account, execution role,
 * deployer, then `unrelated`.
 */
import { baseEventName } from './actions';
import { denialFlags, passedRole } from './flags';
import { fixDirection } from './fix-target';
import { arnAccount, functionNameOf, partitionOf, serviceOf } from '../arn';
import type { LambdaProblem } from './lambda-problems';
import { lambdaFunctionArn } from './resources';
import type { S3NotificationProblem } from './s3-notification';
import type { Caller, DenialClassification, DenialFlag, Unclassified } from './types';

const INVOKE_ACTIONS = new Set(['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl', 'lambda:InvokeAsync']);
const ENI_ACTIONS = new Set([
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
  'ec2:DescribeVpcs',
  'ec2:CreateNetworkInterfacePermission',
]);
const NOT_A_FUNCTION_SESSION =
  /^(?:aws-go-sdk|botocore-session|aws-sdk-js|boto3|awscli|aws-cli|i-[0-9a-f]{8,}|\d+$|cdk-|githubactions|github-actions|gitlab|jenkins|terraform|session|assumerolesession|AWSCloudFormation)/i;
const LAMBDA_ROLE_NAME = /lambda|ServiceRole|-role-[a-z0-9]{8}$/i;

/** True when a role session name could be a Lambda function name (and is not a known tool's session name). */
export function sessionLooksLikeFunction(session: string | undefined): session is string {
  return !!session && /^[A-Za-z0-9_-]{1,64}$/.test(session) && !NOT_A_FUNCTION_SESSION.test(session);
}

/** Service-linked roles belong to AWS services, never to a function. */
function isServiceLinked(c: Caller): boolean {
  return (c.roleName ?? '').startsWith('AWSServiceRoleFor') || (c.roleArn ?? '').includes(':role/aws-service-role/');
}

/** Lambda itself (service principal) assuming a role: a trust-policy problem of that role. */
function isLambdaAssuming(req: Unclassified): boolean {
  const c = req.caller;
  return c.type === 'AWSService' && c.invokedBy === 'lambda.amazonaws.com' && req.action.startsWith('sts:AssumeRole');
}

interface ExecEvidence {
  readonly functionName?: string;
  readonly reasons: string[];
}

/** Evidence that the caller is a Lambda execution-role session; undefined when there is none. */
function executionRoleEvidence(req: Unclassified): ExecEvidence | undefined {
  const c = req.caller;
  if (c.type !== 'AssumedRole' || c.identityCenter || isServiceLinked(c)) return undefined;
  const reasons: string[] = [];
  const execEnv = /exec-env\/AWS_Lambda_[^\s]*/.exec(req.userAgent ?? '')?.[0];
  if (execEnv) reasons.push(`user agent contains ${execEnv}: the call came from code running in Lambda`);
  if (req.sourceIp === 'lambda.amazonaws.com' || req.userAgent === 'lambda.amazonaws.com') {
    reasons.push('the call was made by Lambda itself with the execution role (source lambda.amazonaws.com)');
  }
  const named = sessionLooksLikeFunction(c.sessionName);
  const lambdaRole = LAMBDA_ROLE_NAME.test(c.roleName ?? '');
  if (named && (reasons.length > 0 || lambdaRole)) {
    reasons.push(
      `role session name "${c.sessionName}" looks like a function name (Lambda names the session after the function)`,
    );
    if (lambdaRole) reasons.push(`role name "${c.roleName}" looks like a Lambda execution role`);
  }
  if (reasons.length === 0) return undefined;
  return { functionName: named ? c.sessionName : undefined, reasons };
}

function partitionOfRequest(req: Unclassified): string {
  return partitionOf(req.resource ?? req.caller.arn ?? '');
}

function fnFields(req: Unclassified, functionName: string | undefined): Partial<DenialClassification> {
  if (!functionName) return {};
  const ctx = { partition: partitionOfRequest(req), region: req.region, account: req.caller.accountId ?? req.account };
  const arn = lambdaFunctionArn(functionName, ctx);
  return { functionName: functionNameOf(arn) ?? functionName, functionArn: arn };
}

function who(c: Caller): string {
  return `${c.type}${c.arn ? ` ${c.arn}` : c.invokedBy ? ` ${c.invokedBy}` : ''}`;
}

function fromProblem(req: Unclassified, p: LambdaProblem): DenialClassification {
  const role = req.requestParameters?.role;
  return {
    class: p.class,
    reasons: [`${req.errorCode} from Lambda: ${p.reason}`],
    ...fnFields(req, req.requestParameters?.functionName),
    ...(role ? { roleArn: role } : {}),
    severityHint: 'high',
  };
}

function crossAccount(req: Unclassified): DenialClassification | undefined {
  const callerAcct = req.caller.accountId;
  const resAcct = arnAccount(req.resource);
  if (req.caller.type === 'AWSAccount' && callerAcct && callerAcct !== req.account) {
    return {
      class: 'cross-account',
      reasons: [`request made from another account (${callerAcct}) into ${req.account}`],
      accounts: { caller: callerAcct, resource: req.account },
      severityHint: 'medium',
    };
  }
  if (!callerAcct || !resAcct || callerAcct === resAcct) return undefined;
  const assume = req.action.startsWith('sts:AssumeRole');
  return {
    class: 'cross-account',
    reasons: [
      assume
        ? `${req.action} of role ${req.resource} in account ${resAcct} by a caller in account ${callerAcct}: both the caller's allow and the role's trust policy are needed`
        : `resource account ${resAcct} differs from caller account ${callerAcct}: both the identity policy and the resource policy must allow`,
    ],
    ...(assume && req.resource ? { roleArn: req.resource } : {}),
    accounts: { caller: callerAcct, resource: resAcct },
    severityHint: 'medium',
  };
}

function fromNotification(req: Unclassified, n: S3NotificationProblem): DenialClassification {
  const fn = n.destinations.find((d) => serviceOf(d) === 'lambda');
  const where = n.destinations.length ? n.destinations.join(', ') : 'the configured destinations';
  return {
    class: fn ? 'invoke-permission' : 'unrelated',
    reasons: [
      `S3 could not validate the notification destinations of ${n.bucketArn ?? 'the bucket'} (${where}): each destination's resource policy must let s3.amazonaws.com deliver, scoped with aws:SourceArn / aws:SourceAccount`,
    ],
    ...fnFields(req, fn),
    severityHint: fn ? 'high' : 'medium',
  };
}

function notificationFlag(req: Unclassified, n: S3NotificationProblem): DenialFlag {
  return {
    code: 's3-notification-destination',
    reasons: ['S3 validates every notification destination when the configuration is written'],
    data: {
      servicePrincipal: 's3.amazonaws.com',
      ...(n.bucketArn ? { sourceArn: n.bucketArn } : {}),
      sourceAccount: req.account,
      destinations: n.destinations.join(','),
    },
  };
}

/**
 * Classifies a denied request and adds its flags and fix direction (the layer AWS named decides).
 * @param req the parsed request
 * @param problem Lambda-specific meaning of the error (from `lambda-problems.ts`), if any
 * @param notification S3's destination-validation failure (from `s3-notification.ts`), if any
 */
export function classify(
  req: Unclassified,
  problem?: LambdaProblem,
  notification?: S3NotificationProblem,
): DenialClassification {
  const base = notification ? fromNotification(req, notification) : classifyBase(req, problem);
  const flags = [...(notification ? [notificationFlag(req, notification)] : []), ...denialFlags(req, base.class)];
  if (problem?.class === 'trust-policy' && !flags.some((f) => f.code === 'lambda-cannot-assume-role')) {
    flags.push({
      code: 'lambda-cannot-assume-role',
      reasons: [problem.reason],
      data: { roleArn: req.resource ?? '', servicePrincipal: 'lambda.amazonaws.com' },
    });
  }
  return { ...base, ...(flags.length ? { flags } : {}), fix: fixDirection(req, base.class, flags) };
}

/** `iam:PassRole` denied while passing a role (to Lambda, or any API with a role parameter). */
function passRoleClass(req: Unclassified): DenialClassification | undefined {
  if (req.action !== 'iam:PassRole' || (req.eventSource !== 'lambda.amazonaws.com' && !passedRole(req)))
    return undefined;
  const role = req.resource && req.resource !== '*' ? req.resource : passedRole(req);
  return {
    class: 'pass-role',
    reasons: [
      `${who(req.caller)} may not pass role ${role ?? '(unknown)'} to Lambda (${baseEventName(req.eventSource, req.eventName)}): iam:PassRole is required on the execution role`,
    ],
    ...fnFields(req, req.requestParameters?.functionName),
    ...(role ? { roleArn: role } : {}),
    severityHint: 'high',
  };
}

/** Lambda itself denied `sts:AssumeRole`: the role's trust policy. */
function lambdaAssumingClass(req: Unclassified): DenialClassification | undefined {
  if (!isLambdaAssuming(req)) return undefined;
  const role = req.resource && req.resource !== '*' ? req.resource : req.requestParameters?.roleArn;
  return {
    class: 'trust-policy',
    reasons: [
      `lambda.amazonaws.com was denied ${req.action} on ${role ?? 'the execution role'}: the role's trust policy must allow the Lambda service principal`,
    ],
    ...(role ? { roleArn: role } : {}),
    severityHint: 'high',
  };
}

/** Deployer (a Lambda action by a person or pipeline) or unrelated. */
function personOrUnrelated(req: Unclassified): DenialClassification {
  if (req.eventSource === 'lambda.amazonaws.com' || req.action.startsWith('lambda:')) {
    const kind = req.caller.identityCenter || req.caller.viaConsole ? 'a person' : 'a person or pipeline';
    return {
      class: 'deployer',
      reasons: [`${kind} (${who(req.caller)}) was denied the Lambda management action ${req.action}`],
      ...fnFields(req, req.requestParameters?.functionName),
      ...(req.requestParameters?.role ? { roleArn: req.requestParameters.role } : {}),
      severityHint: 'medium',
    };
  }
  return {
    class: 'unrelated',
    reasons: [
      `${req.action} by ${who(req.caller)} is not a Lambda action and the caller is not a Lambda execution role`,
    ],
    severityHint: 'info',
  };
}

/** The class, reasons and subject of a request (before flags and fix direction). */
function classifyBase(req: Unclassified, problem?: LambdaProblem): DenialClassification {
  if (problem) return fromProblem(req, problem);
  const exec = executionRoleEvidence(req);
  const early = passRoleClass(req) ?? lambdaAssumingClass(req);
  if (early) return early;
  if (INVOKE_ACTIONS.has(req.action)) {
    const reasons = [`${req.action} denied to ${who(req.caller)}`];
    if (exec) reasons.push(`the caller is the execution role of ${exec.functionName ?? 'a function'}`);
    const fn = req.resource?.startsWith('arn:') ? req.resource : req.requestParameters?.functionName;
    return { class: 'invoke-permission', reasons, ...fnFields(req, fn), severityHint: 'high' };
  }
  if (ENI_ACTIONS.has(req.action) && exec) {
    return {
      class: 'vpc-network',
      reasons: [
        `${req.action} denied to a Lambda execution role: the function's VPC network interfaces cannot be managed`,
        ...exec.reasons,
      ],
      ...fnFields(req, exec.functionName),
      ...(req.caller.roleArn ? { roleArn: req.caller.roleArn } : {}),
      severityHint: 'high',
    };
  }
  const cross = crossAccount(req);
  if (cross) {
    const extra = exec ? { ...fnFields(req, exec.functionName), reasons: [...cross.reasons, ...exec.reasons] } : {};
    return { ...cross, ...extra };
  }
  if (!exec) return personOrUnrelated(req);
  return {
    class: 'execution-role',
    reasons: [`${req.action} denied to an execution-role session`, ...exec.reasons],
    ...fnFields(req, exec.functionName),
    ...(req.caller.roleArn ? { roleArn: req.caller.roleArn } : {}),
    severityHint: 'high',
  };
}
