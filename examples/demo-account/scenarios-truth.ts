/**
 * "AWS's word decides" demo scenarios (issue 9 §1): denials whose deciding policy is NOT the execution role's
 * identity policy, which allows the call in each case. The finding must fix the layer AWS named: the KMS key
 * policy's Deny, the secret's resource-policy Deny, the session policy — never an identity Allow.
 * Message wording: IAM User Guide "Troubleshoot access denied error messages"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html, AWS-FACTS §4.2):
 * "with an explicit deny in a resource-based policy", "because no session policy allows the … action".
 */
import { ACCT, REGION, allow, demoRole, policy } from './kit';
import { basic, envelopeB, roleIdentity, scenario } from './scenarios-b-kit';
import type { Scenario } from './types';

const KEY = `arn:aws:kms:${REGION}:${ACCT}:key/7e1d2c3b-4a5f-4e6d-8c9b-0a1b2c3d4e5f`;
const SECRET = `arn:aws:secretsmanager:${REGION}:${ACCT}:secret:t/payments/api-Xy12Ab`;
const EXPORTS = `arn:aws:s3:::t-exports-${ACCT}`;
const SDK_AGENT = 'aws-sdk-js/3.700.0 ua/2.1 os/linux#5.10 lang/js md/nodejs#22.11.0 exec-env/AWS_Lambda_nodejs22.x';

const ledger = basic('t-ledger', {}, { key: policy(allow('DecryptLedgerKey', 'kms:Decrypt', KEY)) });
const payments = basic(
  't-payments',
  {},
  { secret: policy(allow('ReadApiKey', 'secretsmanager:GetSecretValue', SECRET)) },
);
const WRITER_ARN = `arn:aws:iam::${ACCT}:role/t-export-writer`;
const exporter = basic('t-exporter', {}, { assume: policy(allow('AssumeWriter', 'sts:AssumeRole', WRITER_ARN)) });
/** Assumed by t-exporter's code with a session policy (AssumeRole `Policy`) that omits s3:PutObject. */
const writer = demoRole({
  name: 't-export-writer',
  path: '/',
  idFill: 'T',
  trust: policy({
    Sid: 'FromExporter',
    Effect: 'Allow',
    Principal: { AWS: exporter.role.arn },
    Action: 'sts:AssumeRole',
  }),
  inline: { exports: policy(allow('WriteExports', 's3:PutObject', `${EXPORTS}/*`)) },
  team: 'platform',
});

const denyRole = (sid: string, roleArn: string, action: string, resource: string) => ({
  Sid: sid,
  Effect: 'Deny',
  Principal: { AWS: roleArn },
  Action: action,
  Resource: resource,
});

const keyPolicy = policy(
  {
    Sid: 'KeyAdmins',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
    Action: 'kms:*',
    Resource: '*',
  },
  denyRole('NoLedgerDecrypt', ledger.role.arn, 'kms:Decrypt', '*'),
);

const secretPolicy = policy(denyRole('OnlyPaymentsV2', payments.role.arn, 'secretsmanager:GetSecretValue', '*'));

/** The scenarios: identity allows, another layer denies; the sweep finds nothing (the call is made at run time). */
export const SCENARIOS_TRUTH: readonly Scenario[] = [
  scenario('t-key-policy-deny', 'The key policy denies kms:Decrypt to a role whose own policy allows it.', ledger, {
    kmsKeys: [{ arn: KEY, keyPolicy, grants: [], grantsComplete: true }],
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '901',
          time: '2026-11-20T10:05:00Z',
          identity: roleIdentity(ledger.role, 't-ledger'),
          eventSource: 'kms.amazonaws.com',
          eventName: 'Decrypt',
          action: 'kms:Decrypt',
          resource: KEY,
          clause: 'with an explicit deny in a resource-based policy',
          errorCode: 'AccessDeniedException',
          sourceIp: '3.120.10.20',
          userAgent: SDK_AGENT,
        }),
        expected: ['LAA-ROLE-DENIED-ACTION'],
      },
    ],
  }),
  scenario('t-secret-deny', "The secret's resource policy denies the role its own policy allows.", payments, {
    resourcePolicies: [{ arn: SECRET, service: 'secretsmanager', status: 'present', document: secretPolicy }],
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '902',
          time: '2026-11-20T10:06:00Z',
          identity: roleIdentity(payments.role, 't-payments'),
          eventSource: 'secretsmanager.amazonaws.com',
          eventName: 'GetSecretValue',
          action: 'secretsmanager:GetSecretValue',
          resource: SECRET,
          clause: 'with an explicit deny in a resource-based policy',
          errorCode: 'AccessDeniedException',
          sourceIp: '3.120.10.21',
          userAgent: SDK_AGENT,
        }),
        expected: ['LAA-ROLE-DENIED-ACTION'],
      },
    ],
  }),
  scenario('t-session-policy', 'A session policy narrower than the role blocks s3:PutObject.', exporter, {
    roles: [exporter.role, writer],
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '903',
          time: '2026-11-20T10:07:00Z',
          identity: roleIdentity(writer, 't-exporter'),
          eventSource: 's3.amazonaws.com',
          eventName: 'PutObject',
          action: 's3:PutObject',
          resource: `${EXPORTS}/2026/11/20/export.csv`,
          clause: 'because no session policy allows the s3:PutObject action',
          errorCode: 'AccessDenied',
          sourceIp: '3.120.10.22',
          userAgent: SDK_AGENT,
        }),
        expected: ['LAA-ROLE-DENIED-ACTION'],
      },
    ],
  }),
];
