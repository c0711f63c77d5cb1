/**
 * AWS's documented condition examples, part 2: "Condition operators" › IP address, ARN, ...IfExists, Null.
 * One row per documented example, evaluated through the whole engine; each row names its page and section.
 */
import { A, ALLOW_ALL, OPS, runCondRows, someservice, type CondRow } from './docs-examples-fixtures';
import { type Stmt } from '../../support/factory';

const runInstances: Stmt = {
  Sid: 'RunInstance',
  Effect: 'Allow',
  Action: 'ec2:RunInstances',
  Resource: '*',
  Condition: { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } },
};
const notWorking: Stmt = {
  ...runInstances,
  Sid: 'THISPOLICYDOESNOTWORK',
  Condition: { StringLike: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } },
};
const ARN_PATTERN = 'arn:aws:someservice:*:111122223333:finance/*';
const TRICKY_ARN = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';

const rows: CondRow[] = [
  ...(
    [
      ['203.0.113.7', 'Allowed'],
      ['198.51.100.7', 'ImplicitlyDenied'],
      ['2001:db8:1234:5678::abcd', 'Allowed'],
    ] as const
  ).map(([ip, expect]): CondRow => ({
    doc: `${OPS} › IP address condition operators (203.0.113.0/24 and 2001:DB8:1234:5678::/64)`,
    name: `aws:SourceIp ${ip}`,
    statements: [someservice({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } })],
    action: 'someservice:Read',
    resource: '*',
    context: { 'aws:SourceIp': ip },
    expect,
  })),
  {
    doc: `${OPS} › IP address condition operators (no routing prefix means /32)`,
    name: '203.0.113.1 does not match 203.0.113.10',
    statements: [someservice({ IpAddress: { 'aws:SourceIp': '203.0.113.1' } })],
    action: 'someservice:Read',
    resource: '*',
    context: { 'aws:SourceIp': '203.0.113.10' },
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › IP address condition operators (aws:SourceIp absent through a VPC endpoint)`,
    name: 'no aws:SourceIp: the condition is false',
    statements: [someservice({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    action: 'someservice:Read',
    resource: '*',
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › ARN condition operators (StringLike matches where ArnLike does not)`,
    name: 'StringLike: the first * spans colons',
    statements: [someservice({ StringLike: { 'aws:SourceArn': ARN_PATTERN } })],
    action: 'someservice:Read',
    resource: '*',
    context: { 'aws:SourceArn': TRICKY_ARN },
    expect: 'Allowed',
  },
  {
    doc: `${OPS} › ARN condition operators (StringLike matches where ArnLike does not)`,
    name: 'ArnLike: components are matched separately',
    statements: [someservice({ ArnLike: { 'aws:SourceArn': ARN_PATTERN } })],
    action: 'someservice:Read',
    resource: '*',
    context: { 'aws:SourceArn': TRICKY_ARN },
    expect: 'ImplicitlyDenied',
  },
  {
    doc: `${OPS} › ARN condition operators (ArnEquals and ArnLike behave identically)`,
    name: 'ArnEquals accepts wildcards per component',
    statements: [someservice({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:TOPIC-?D' } })],
    action: 'someservice:Read',
    resource: '*',
    context: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:TOPIC-ID' },
    expect: 'Allowed',
  },
  {
    doc: `${OPS} › ...IfExists (THISPOLICYDOESNOTWORK)`,
    name: 'StringLike fails on a resource without ec2:InstanceType',
    statements: [notWorking],
    action: 'ec2:RunInstances',
    resource: 'arn:aws:ec2:us-east-1::image/ami-12345678',
    expect: 'ImplicitlyDenied',
  },
  ...(
    [
      [undefined, 'Allowed'],
      ['t2.micro', 'Allowed'],
      ['m5.large', 'ImplicitlyDenied'],
    ] as const
  ).map(([type, expect]): CondRow => ({
    doc: `${OPS} › ...IfExists (RunInstance with StringLikeIfExists)`,
    name: `ec2:InstanceType ${type ?? 'absent'}`,
    statements: [runInstances],
    action: 'ec2:RunInstances',
    resource: `arn:aws:ec2:us-east-1:${A}:instance/*`,
    ...(type ? { context: { 'ec2:InstanceType': type } } : {}),
    expect,
  })),
  {
    doc: `${OPS} › ...IfExists (Deny with StringNotEqualsIfExists still denies when the key is missing)`,
    name: 'missing tag: denied',
    statements: [
      ALLOW_ALL,
      {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:ResourceTag/env': 'dev' } },
      },
    ],
    action: 'ec2:StopInstances',
    resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1`,
    expect: 'ExplicitlyDenied',
  },
  ...(
    [
      [undefined, 'Allowed'],
      ['2024-05-01T00:00:00Z', 'ImplicitlyDenied'],
    ] as const
  ).map(([issued, expect]): CondRow => ({
    doc: `${OPS} › Condition operator to check existence of condition keys (Null aws:TokenIssueTime)`,
    name: issued ? 'temporary credentials: denied' : 'long-term credentials: allowed',
    statements: [
      { Action: 'ec2:*', Effect: 'Allow', Resource: '*', Condition: { Null: { 'aws:TokenIssueTime': 'true' } } },
    ],
    action: 'ec2:DescribeInstances',
    resource: '*',
    ...(issued ? { context: { 'aws:TokenIssueTime': issued } } : {}),
    expect,
  })),
];

runCondRows('documented condition examples: IP, ARN, IfExists, Null', rows);
