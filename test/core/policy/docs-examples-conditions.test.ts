/**
 * AWS's documented condition examples, part 1: "Condition operators" › missing keys, String, Numeric, Date,
 * Boolean.
 * One row per documented example, evaluated through the whole engine; each row names its page and section.
 */
import type { RequestPrincipal } from '../../../lambda/core/policy';
import { A, ALLOW_ALL, OPS, runCondRows, someservice, type CondRow } from './docs-examples-fixtures';
import { session, user, type Stmt } from '../../support/factory';

const KEY_ARN = `arn:aws:iam::${A}:user/bob`;
const accessKeys = (Condition: Stmt): Stmt => ({
  Effect: 'Allow',
  Action: 'iam:*AccessKey*',
  Resource: `arn:aws:iam::${A}:user/*`,
  Condition,
});
const SSL_DENY: Stmt = {
  Sid: 'BooleanExample',
  Action: 's3:*',
  Effect: 'Deny',
  Resource: ['arn:aws:s3:::DOC-EXAMPLE-BUCKET', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};
const tagged = (tags: Record<string, string>): RequestPrincipal => user(A, 'alice', tags);

const rows: CondRow[] = [
  {
    doc: `${OPS} › Important (missing keys)`,
    name: 'StringNotLike on a missing key is true',
    statements: [someservice({ StringNotLike: { 'aws:PrincipalTag/team': 'red*' } })],
    action: 'someservice:Read',
    resource: '*',
    expect: 'Allowed',
  },
  {
    doc: `${OPS} › Important (missing keys)`,
    name: 'ArnNotLike on a missing key is true',
    statements: [someservice({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:topic' } })],
    action: 'someservice:Read',
    resource: '*',
    expect: 'Allowed',
  },
  {
    doc: `${OPS} › String condition operators (aws:PrincipalTag/job-category)`,
    name: 'principal tagged iamuser-admin may manage access keys',
    statements: [accessKeys({ StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } })],
    principal: tagged({ 'job-category': 'iamuser-admin' }),
    action: 'iam:CreateAccessKey',
    resource: KEY_ARN,
    expect: 'Allowed',
  },
  {
    doc: `${OPS} › String condition operators (aws:PrincipalTag/job-category)`,
    name: 'a user without the tag is implicitly denied',
    statements: [accessKeys({ StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } })],
    principal: tagged({}),
    action: 'iam:UpdateAccessKey',
    resource: KEY_ARN,
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › String condition operators (StringEquals is case sensitive)`,
    name: 'IAMUSER-ADMIN does not equal iamuser-admin',
    statements: [accessKeys({ StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } })],
    principal: tagged({ 'job-category': 'IAMUSER-ADMIN' }),
    action: 'iam:CreateAccessKey',
    resource: KEY_ARN,
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › String condition operators (StringEqualsIgnoreCase)`,
    name: 'StringEqualsIgnoreCase ignores case',
    statements: [accessKeys({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } })],
    principal: tagged({ 'job-category': 'IAMUSER-ADMIN' }),
    action: 'iam:CreateAccessKey',
    resource: KEY_ARN,
    expect: 'Allowed',
  },
  ...(['', 'home/', 'home/bob/'] as const).map((prefix): CondRow => ({
    doc: `${OPS} › String condition operators (s3:prefix home directory with \${aws:username})`,
    name: `bob lists prefix "${prefix}"`,
    statements: [
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::BUCKET-NAME',
        Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/'] } },
      },
    ],
    principal: user(A, 'bob'),
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::BUCKET-NAME',
    context: { 's3:prefix': prefix },
    expect: 'Allowed',
  })),
  {
    doc: `${OPS} › String condition operators (s3:prefix home directory with \${aws:username})`,
    name: 'bob cannot list alice’s home',
    statements: [
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::BUCKET-NAME',
        Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/'] } },
      },
    ],
    principal: user(A, 'bob'),
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::BUCKET-NAME',
    context: { 's3:prefix': 'home/alice/' },
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › String condition operators (s3:prefix home directory with \${aws:username})`,
    name: 'bob has s3:* on his home objects',
    statements: [
      {
        Effect: 'Allow',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::BUCKET-NAME/home/${aws:username}', 'arn:aws:s3:::BUCKET-NAME/home/${aws:username}/*'],
      },
    ],
    principal: user(A, 'bob'),
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::BUCKET-NAME/home/bob/notes.txt',
    expect: 'Allowed',
  },
  ...(
    [
      ['10', 'Allowed'],
      ['11', 'ImplicitlyDenied'],
    ] as const
  ).map(([maxKeys, expect]): CondRow => ({
    doc: `${OPS} › Numeric condition operators (s3:max-keys ≤ 10)`,
    name: `max-keys ${maxKeys}`,
    statements: [
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::example_bucket',
        Condition: { NumericLessThanEquals: { 's3:max-keys': '10' } },
      },
    ],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::example_bucket',
    context: { 's3:max-keys': maxKeys },
    expect,
  })),
  {
    doc: `${OPS} › Date condition operators (aws:TokenIssueTime after 2020-01-01T00:00:01Z)`,
    name: 'credentials issued in 2020',
    statements: [accessKeys({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } })],
    principal: session(A),
    action: 'iam:CreateAccessKey',
    resource: KEY_ARN,
    context: { 'aws:TokenIssueTime': '2020-06-01T10:00:00Z' },
    expect: 'Allowed',
  },
  {
    doc: `${OPS} › Date condition operators (aws:TokenIssueTime after 2020-01-01T00:00:01Z)`,
    name: 'an IAM user with access keys has no aws:TokenIssueTime: denied',
    statements: [accessKeys({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } })],
    principal: user(A),
    action: 'iam:CreateAccessKey',
    resource: KEY_ARN,
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › Boolean condition operators (BooleanExample)`,
    name: 'a request that is not over SSL is denied',
    statements: [ALLOW_ALL, SSL_DENY],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/key',
    context: { 'aws:SecureTransport': 'false' },
    expect: 'ExplicitlyDenied',
  },
  {
    doc: `${OPS} › Boolean condition operators (BooleanExample)`,
    name: 'a request over SSL is allowed by the other policy',
    statements: [ALLOW_ALL, SSL_DENY],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/key',
    context: { 'aws:SecureTransport': 'true' },
    expect: 'Allowed',
  },
];

runCondRows('documented condition examples: string, numeric, date, boolean', rows);
