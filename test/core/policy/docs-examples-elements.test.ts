/**
 * AWS's documented examples of the policy elements `NotAction`, `NotResource` and `Resource` (IAM User Guide,
 * "IAM JSON policy elements: NotAction" / "NotResource" / "Resource"), one row per documented statement and
 * claim. Policies are the documented ones (`HRBucket`, `amzn-s3-demo-bucket`, account placeholder replaced).
 */
import { allow, type Stmt } from '../../support/factory';
import { A, runDocRows, type DocRow } from './docs-examples-fixtures';

const NA = 'IAM UG "IAM JSON policy elements: NotAction"';
const NR = 'IAM UG "IAM JSON policy elements: NotResource"';
const RES = 'IAM UG "IAM JSON policy elements: Resource"';

/** "NotAction with Allow": every S3 action on any S3 resource except deleting a bucket. */
const S3_EXCEPT_DELETE_BUCKET: Stmt = { Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' };
/** "NotAction with Allow": every action of every service except IAM. */
const ALL_BUT_IAM: Stmt = { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' };
/** "NotAction with Deny": DenyAllUsersNotUsingMFA. */
const DENY_WITHOUT_MFA: Stmt = {
  Sid: 'DenyAllUsersNotUsingMFA',
  Effect: 'Deny',
  NotAction: 'iam:*',
  Resource: '*',
  Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
};
/** The HRPayroll group's policy: deny S3 everywhere except the Payroll folder of HRBucket. */
const HR_PAYROLL: Stmt = {
  Effect: 'Deny',
  Action: 's3:*',
  NotResource: ['arn:aws:s3:::HRBucket/Payroll', 'arn:aws:s3:::HRBucket/Payroll/*'],
};
/** "NotResource with other elements": the statement the guide says never to use. */
const ALL_BUT_HR_BUCKET: Stmt = { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::HRBucket' };
const ALL: Stmt = allow('*');

const rows: DocRow[] = [
  // ------------------------------------------------------------------ NotAction
  {
    doc: `${NA} › NotAction with Allow (s3:DeleteBucket)`,
    name: 'any other S3 action on an S3 resource is allowed',
    set: { identity: [[S3_EXCEPT_DELETE_BUCKET]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'Allowed',
  },
  {
    doc: `${NA} › NotAction with Allow (s3:DeleteBucket)`,
    name: 'deleting a bucket is not allowed',
    set: { identity: [[S3_EXCEPT_DELETE_BUCKET]] },
    action: 's3:DeleteBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${NA} › NotAction with Allow (s3:DeleteBucket)`,
    name: 'ListAllMyBuckets is not allowed: it needs the "*" resource',
    set: { identity: [[S3_EXCEPT_DELETE_BUCKET]] },
    action: 's3:ListAllMyBuckets',
    resource: '*',
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${NA} › NotAction with Allow (s3:DeleteBucket)`,
    name: 'actions of other services do not apply to S3 resources',
    set: { identity: [[S3_EXCEPT_DELETE_BUCKET]] },
    action: 'ec2:DescribeInstances',
    resource: '*',
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${NA} › NotAction with Allow (iam:*)`,
    name: 'an action of another service is allowed',
    set: { identity: [[ALL_BUT_IAM]] },
    action: 'dynamodb:GetItem',
    resource: `arn:aws:dynamodb:us-east-1:${A}:table/orders`,
    expect: 'Allowed',
  },
  {
    doc: `${NA} › NotAction with Allow (iam:*)`,
    name: 'an IAM action is not allowed',
    set: { identity: [[ALL_BUT_IAM]] },
    action: 'iam:CreateUser',
    resource: `arn:aws:iam::${A}:user/bob`,
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${NA} › NotAction with Deny (DenyAllUsersNotUsingMFA)`,
    name: 'without MFA a non-IAM action is denied explicitly',
    set: { identity: [[ALL, DENY_WITHOUT_MFA]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    context: { 'aws:MultiFactorAuthPresent': 'false' },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${NA} › NotAction with Deny (DenyAllUsersNotUsingMFA)`,
    name: 'without MFA an IAM action is not denied by this statement',
    set: { identity: [[ALL, DENY_WITHOUT_MFA]] },
    action: 'iam:ChangePassword',
    resource: `arn:aws:iam::${A}:user/bob`,
    context: { 'aws:MultiFactorAuthPresent': 'false' },
    expect: 'Allowed',
  },
  {
    doc: `${NA} › NotAction with Deny (DenyAllUsersNotUsingMFA)`,
    name: 'signed in with MFA the condition fails and the Deny has no effect',
    set: { identity: [[ALL, DENY_WITHOUT_MFA]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    context: { 'aws:MultiFactorAuthPresent': 'true' },
    expect: 'Allowed',
  },
  {
    doc: `${NA} › NotAction with Deny (DenyAllUsersNotUsingMFA)`,
    name: 'the Deny grants nothing by itself',
    set: { identity: [[DENY_WITHOUT_MFA]] },
    action: 'iam:ChangePassword',
    resource: `arn:aws:iam::${A}:user/bob`,
    context: { 'aws:MultiFactorAuthPresent': 'false' },
    expect: 'ImplicitlyDenied',
  },
  // ---------------------------------------------------------------- NotResource
  {
    doc: `${NR} › HRPayroll example`,
    name: 'S3 access outside the Payroll folder is denied explicitly',
    set: { identity: [[ALL, HR_PAYROLL]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::HRBucket/Other/file.csv',
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${NR} › HRPayroll example`,
    name: 'the Payroll folder itself is not denied',
    set: { identity: [[ALL, HR_PAYROLL]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::HRBucket/Payroll/salaries.csv',
    expect: 'Allowed',
  },
  {
    doc: `${NR} › HRPayroll example`,
    name: 'the policy does not grant access to any resource',
    set: { identity: [[HR_PAYROLL]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::HRBucket/Payroll/salaries.csv',
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${NR} › HRPayroll example`,
    name: 'only S3 actions are affected: an EC2 action is not denied',
    set: { identity: [[ALL, HR_PAYROLL]] },
    action: 'ec2:DescribeInstances',
    resource: '*',
    expect: 'Allowed',
  },
  {
    doc: `${NR} › NotResource with other elements (never use)`,
    name: 'Allow * except HRBucket lets the user add a policy to themselves',
    set: { identity: [[ALL_BUT_HR_BUCKET]] },
    action: 'iam:PutUserPolicy',
    resource: `arn:aws:iam::${A}:user/bob`,
    expect: 'Allowed',
  },
  {
    doc: `${NR} › NotResource with other elements (never use)`,
    name: 'the excluded bucket itself is not allowed',
    set: { identity: [[ALL_BUT_HR_BUCKET]] },
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::HRBucket',
    expect: 'ImplicitlyDenied',
  },
  // ------------------------------------------------------------------- Resource
  {
    doc: `${RES} › IAM user names are case sensitive`,
    name: 'user/Bob does not match user/bob',
    set: { identity: [[allow('iam:GetUser', `arn:aws:iam::${A}:user/Bob`)]] },
    action: 'iam:GetUser',
    resource: `arn:aws:iam::${A}:user/bob`,
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${RES} › Using wildcards in resource ARNs (path /accounting)`,
    name: 'a user under the /accounting path matches',
    set: { identity: [[allow('iam:GetUser', `arn:aws:iam::${A}:user/accounting/*`)]] },
    action: 'iam:GetUser',
    resource: `arn:aws:iam::${A}:user/accounting/carol`,
    expect: 'Allowed',
  },
  {
    doc: `${RES} › Using wildcards in resource ARNs (path /accounting)`,
    name: 'a user on another path does not',
    set: { identity: [[allow('iam:GetUser', `arn:aws:iam::${A}:user/accounting/*`)]] },
    action: 'iam:GetUser',
    resource: `arn:aws:iam::${A}:user/sales/carol`,
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${RES} › Using wildcards in resource ARNs (all items of a bucket)`,
    name: 'the * replaces everything in the segment, slashes included',
    set: { identity: [[allow('s3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*')]] },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/1/2/test/3/object.jpg',
    expect: 'Allowed',
  },
  {
    doc: `${RES} › Using wildcards in resource ARNs (last character of a segment)`,
    name: 'a trailing * expands beyond the colon boundaries',
    set: { identity: [[allow('sqs:SendMessage', 'arn:aws:sqs:*')]] },
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:us-east-2:${A}:queue1`,
    expect: 'Allowed',
  },
];

runDocRows('AWS documented examples: NotAction, NotResource, Resource', rows);
