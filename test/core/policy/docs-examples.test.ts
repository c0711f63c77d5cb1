/**
 * AWS's documented examples: "Policy evaluation logic" (worked examples, flow chart) and "Cross-account policy
 * evaluation logic" (worked example).
 * One row per documented example; every row names the page and section it comes from. Policies and
 * names are the documented ones where the page gives them, otherwise the smallest set stating the rule.
 */
import { A, OBJ, PEL, XACCT, runDocRows, type DocRow } from './docs-examples-fixtures';
import { FULL_ACCESS, allow, root, user, type Stmt } from '../../support/factory';

const ACCT = '123456789012';
const CARLOS = `arn:aws:iam::${ACCT}:user/carlossalazar`;
const carlos = user(ACCT, 'carlossalazar');

/** "Example identity-based and resource-based policy evaluation": Carlos's user policy and bucket policy. */
const CARLOS_IDENTITY: Stmt[] = [
  {
    Sid: 'AllowS3ListRead',
    Effect: 'Allow',
    Action: ['s3:GetBucketLocation', 's3:GetAccountPublicAccessBlock', 's3:ListAccessPoints', 's3:ListAllMyBuckets'],
    Resource: 'arn:aws:s3:::*',
  },
  {
    Sid: 'AllowS3Self',
    Effect: 'Allow',
    Action: 's3:*',
    Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'],
  },
  { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
];
const CARLOS_BUCKET: Stmt[] = [
  {
    Effect: 'Allow',
    Principal: { AWS: CARLOS },
    Action: 's3:*',
    Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'],
  },
];
/** "The difference between explicit and implicit denies". */
const GET_LIST_NO_REPORTS: Stmt[] = [
  { Sid: 'AllowGetList', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
  { Sid: 'DenyReports', Effect: 'Deny', Action: 'iam:*Report', Resource: '*' },
];

/** "Example cross-account policy evaluation": Carlos in 111111111111, the Production bucket in 222222222222. */
const X_CARLOS = user('111111111111', 'carlossalazar');
const X_IDENTITY: Stmt[] = [
  { Sid: 'AllowS3ListRead', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
  {
    Sid: 'AllowS3ProductionObjectActions',
    Effect: 'Allow',
    Action: 's3:*Object*',
    Resource: 'arn:aws:s3:::Production/*',
  },
  { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: ['arn:aws:s3:::*log*', 'arn:aws:s3:::*log*/*'] },
];

const X_BUCKET: Stmt[] = [
  {
    Effect: 'Allow',
    Action: ['s3:GetObject*', 's3:PutObject*', 's3:ReplicateObject', 's3:RestoreObject'],
    Principal: { AWS: 'arn:aws:iam::111111111111:user/carlossalazar' },
    Resource: 'arn:aws:s3:::Production/*',
  },
];

const rows: DocRow[] = [
  // ---------------------------------------------------------------- Policy evaluation logic
  {
    doc: `${PEL} › Example identity-based and resource-based policy evaluation`,
    name: 'Carlos saves a file to carlossalazar-logs: DenyS3Logs denies',
    principal: carlos,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::carlossalazar-logs/file.txt',
    resourceAccount: ACCT,
    set: { identity: [CARLOS_IDENTITY] },
    expect: 'ExplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${PEL} › Example identity-based and resource-based policy evaluation`,
    name: 'Carlos saves a file to carlossalazar: both policies allow',
    principal: carlos,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::carlossalazar/file.txt',
    resourceAccount: ACCT,
    set: { identity: [CARLOS_IDENTITY], resource: CARLOS_BUCKET },
    expect: 'Allowed',
  },
  {
    doc: `${PEL} › Example identity-based and resource-based policy evaluation (Important)`,
    name: 'only the bucket policy allows (same account): still allowed',
    principal: carlos,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::carlossalazar/file.txt',
    resourceAccount: ACCT,
    set: { identity: [[CARLOS_IDENTITY[2]]], resource: CARLOS_BUCKET },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    doc: `${PEL} › Example identity-based and resource-based policy evaluation (Important)`,
    name: 'only the identity policy allows (same account): still allowed',
    principal: carlos,
    action: 's3:ListAllMyBuckets',
    resource: 'arn:aws:s3:::carlossalazar',
    resourceAccount: ACCT,
    set: { identity: [CARLOS_IDENTITY], resource: CARLOS_BUCKET.map((s) => ({ ...s, Action: 's3:GetObject' })) },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    doc: `${PEL} › The difference between explicit and implicit denies`,
    name: 'iam:GetUser is allowed by AllowGetList',
    action: 'iam:GetUser',
    resource: `arn:aws:iam::${A}:user/bob`,
    set: { identity: [GET_LIST_NO_REPORTS] },
    expect: 'Allowed',
  },
  {
    doc: `${PEL} › The difference between explicit and implicit denies`,
    name: 'iam:CreatePolicy is implicitly denied',
    action: 'iam:CreatePolicy',
    resource: `arn:aws:iam::${A}:policy/p`,
    set: { identity: [GET_LIST_NO_REPORTS] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${PEL} › The difference between explicit and implicit denies`,
    name: 'iam:GetOrganizationsAccessReport is explicitly denied by DenyReports',
    action: 'iam:GetOrganizationsAccessReport',
    set: { identity: [GET_LIST_NO_REPORTS] },
    expect: 'ExplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${PEL} › The difference between explicit and implicit denies`,
    name: 'another policy allowing iam:GenerateCredentialReport does not help',
    action: 'iam:GenerateCredentialReport',
    set: { identity: [GET_LIST_NO_REPORTS, [allow('iam:GenerateCredentialReport')]] },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${PEL} › Determining whether a request is allowed or denied within an account`,
    name: 'requests are implicitly denied by default',
    set: { identity: [] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
    resource: OBJ,
  },
  {
    doc: `${PEL} › Determining whether a request is allowed or denied within an account`,
    name: 'except for the account root user, which has full access',
    principal: root(A),
    resource: OBJ,
    set: { identity: [] },
    expect: 'Allowed',
  },
  {
    doc: `${PEL} › Determining … within an account, step 2 (Organizations SCPs)`,
    name: 'no applicable Allow in the SCPs: implicit deny',
    resource: OBJ,
    set: { identity: [[FULL_ACCESS]], scp: [[allow('ec2:*')]] },
    expect: 'ImplicitlyDenied',
    type: 'scp',
  },
  // ---------------------------------------------------------------- Cross-account
  {
    doc: `${XACCT} › Example cross-account policy evaluation`,
    name: 'Carlos saves a file to Production-logs: explicit deny in account 111111111111',
    principal: X_CARLOS,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::Production-logs/file.txt',
    resourceAccount: '222222222222',
    set: { identity: [X_IDENTITY] },
    expect: 'ExplicitlyDenied',
    type: 'identity',
    cross: true,
  },
  {
    doc: `${XACCT} › Example cross-account policy evaluation`,
    name: 'Carlos saves a file to Production: both accounts allow',
    principal: X_CARLOS,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::Production/file.txt',
    resourceAccount: '222222222222',
    set: { identity: [X_IDENTITY], resource: X_BUCKET },
    expect: 'Allowed',
    cross: true,
  },
  {
    doc: `${XACCT} › Example cross-account policy evaluation`,
    name: 'he can create and edit, but not delete objects: the bucket policy lacks s3:DeleteObject',
    principal: X_CARLOS,
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::Production/file.txt',
    resourceAccount: '222222222222',
    set: { identity: [X_IDENTITY], resource: X_BUCKET },
    expect: 'ImplicitlyDenied',
    type: 'resource',
    cross: true,
  },
  {
    doc: `${XACCT} › Determining whether a cross-account request is allowed`,
    name: 'the bucket policy alone is not enough cross-account',
    principal: X_CARLOS,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::Production/file.txt',
    resourceAccount: '222222222222',
    set: { identity: [], resource: X_BUCKET },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
];

runDocRows('documented evaluation examples', rows);
