/**
 * Latent-problem demo scenarios (issue 13): found by the sweep before any CloudTrail denial.
 * A grant shadowed by an explicit Deny of the same role, and an administrator-like execution role.
 */
import { BASIC_EXECUTION } from './managed-policies';
import { ACCT, REGION, allow, demoFunction, execRole, policy } from './scenarios-a-kit';
import type { Scenario } from './types';

const shadowRole = execRole('l-shadowed-deny', {
  managed: [BASIC_EXECUTION],
  inline: {
    queue: policy(
      allow('Consume', ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], `arn:aws:sqs:${REGION}:${ACCT}:l-jobs`),
      {
        Sid: 'NoDeletes',
        Effect: 'Deny',
        Action: 'sqs:DeleteMessage',
        Resource: '*',
      },
    ),
  },
});

const adminRole = execRole('l-admin-like', {
  managed: [BASIC_EXECUTION],
  inline: { everything: policy(allow('Everything', '*', '*')) },
});

/** Latent scenarios: each expects exactly its new finding in the sweep. */
export const SCENARIOS_LATENT: readonly Scenario[] = [
  {
    id: 'l-shadowed-deny',
    description: 'The role allows sqs:DeleteMessage but a Deny in the same role blocks it (shadowed grant)',
    functions: [demoFunction('l-shadowed-deny', shadowRole)],
    roles: [shadowRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-ROLE-SHADOWED-GRANT'],
  },
  {
    id: 'l-admin-like',
    description: 'The execution role allows "*" on "*" (administrator-like, high)',
    functions: [demoFunction('l-admin-like', adminRole)],
    roles: [adminRole],
    managedPolicies: [BASIC_EXECUTION],
    expectedSweep: ['LAA-ROLE-OVER-BROAD'],
  },
];
