/**
 * Latent-problem demo scenarios, second part (issue 13): found by the sweep before any denial.
 * A resource the environment names that the role cannot use at all, and its healthy twin (the role reads
 * the table but may not write it: not knowably wrong, no finding), and an administrator-like role with
 * its IAM last-accessed report, for which the over-broad finding proposes a narrowed policy.
 */
import { BASIC_EXECUTION } from './managed-policies';
import { ACCT, REGION, allow, demoFunction, execRole, policy } from './scenarios-a-kit';
import type { Scenario } from './types';

const TABLE = `arn:aws:dynamodb:${REGION}:${ACCT}:table/l2-invoices`;

const unusableRole = execRole('l2-env-unusable', {
  managed: [BASIC_EXECUTION],
  inline: { other: policy(allow('OtherTable', 'dynamodb:GetItem', `${TABLE}-archive`)) },
});

const readOnlyRole = execRole('l2-env-read-only', {
  managed: [BASIC_EXECUTION],
  inline: { read: policy(allow('ReadInvoices', ['dynamodb:GetItem', 'dynamodb:Query'], TABLE)) },
});

const usedRole = execRole('l2-broad-proposal', {
  managed: [BASIC_EXECUTION],
  inline: { everything: policy(allow('Everything', '*', '*')) },
});

/** IAM last-accessed report (API_GetServiceLastAccessedDetails, action level) of the admin-like role. */
const report = {
  roleArn: usedRole.arn,
  completedAt: '2026-11-20T06:00:00.000Z',
  services: [
    {
      namespace: 'dynamodb',
      lastAuthenticated: '2026-11-19T22:10:00.000Z',
      actions: [
        { action: 'dynamodb:GetItem', lastAccessed: '2026-11-19T22:10:00.000Z' },
        { action: 'dynamodb:DeleteTable' },
      ],
    },
    { namespace: 'logs', lastAuthenticated: '2026-11-19T22:10:00.000Z' },
    { namespace: 'iam' },
  ],
};

/** The environment of both functions: the variable NAME and the ARN its value holds (never the value). */
const env = {
  environmentVariableNames: ['INVOICES_TABLE_ARN', 'LOG_LEVEL'],
  environmentResources: [{ variable: 'INVOICES_TABLE_ARN', arn: TABLE }],
};

/**
 * The account's one trail as the collector reduces `DescribeTrails` + `GetTrailStatus` + `GetEventSelectors`
 * (lambda/aws/collect/trails.ts): multi-Region, logging, the default selector (ReadWriteType All,
 * IncludeManagementEvents true, no DataResources: "all management events, no data events", CloudTrail
 * API reference, https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html).
 */
const managementOnlyTrail = {
  name: 'management-events',
  arn: `arn:aws:cloudtrail:${REGION}:${ACCT}:trail/management-events`,
  homeRegion: REGION,
  multiRegion: true,
  globalServiceEvents: true,
  logging: true,
  management: 'All' as const,
  dataEventTypes: [],
};

/** Latent scenarios, part 2: each expects exactly its findings in the sweep. */
export const SCENARIOS_LATENT2: readonly Scenario[] = [
  {
    id: 'l2-env-unusable',
    description: 'INVOICES_TABLE_ARN names a table the role may not read or write (configured but unusable)',
    functions: [demoFunction('l2-env-unusable', unusableRole, env)],
    roles: [unusableRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-CONFIGURED-UNUSABLE'],
  },
  {
    id: 'l2-env-read-only',
    description: 'INVOICES_TABLE_ARN names a table the role may only read (not knowably wrong: no finding)',
    functions: [demoFunction('l2-env-read-only', readOnlyRole, env)],
    roles: [readOnlyRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: [],
  },
  {
    id: 'l2-broad-proposal',
    description: 'Admin-like role with a last-accessed report: the fix grants only dynamodb:GetItem and logs:*',
    functions: [demoFunction('l2-broad-proposal', usedRole)],
    roles: [usedRole],
    managedPolicies: [BASIC_EXECUTION],
    lastAccessed: [report],
    expectedSweep: ['LAA-ROLE-OVER-BROAD'],
  },
  {
    id: 'l2-coverage-no-data-events',
    description:
      "The account's only trail logs management events but no data events: denials of the S3 object, DynamoDB, SQS and Lambda Invoke calls the functions make never reach the auditor (one account finding)",
    trails: [managementOnlyTrail],
    expectedSweep: [],
    expectedAccount: ['LAA-AUDITOR-COVERAGE'],
  },
];
