/**
 * Realistic healthy accounts, shaped the way CDK, SAM, the Serverless Framework and Terraform deploy
 * them, run through every default check: the only findings allowed are the ones named per function
 * (the low trust-guard finding for unguarded trust policies, LAA-URL-PUBLIC for a NONE URL).
 */
import { CHECKS, OPTIONAL_CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks, type AuditReport } from '../../../../lambda/core/checks/runner';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { cdkAccount } from './cdk-shapes';
import { SLS_EVENTS, samAccount, serverlessAccount } from './sam-serverless-shapes';
import { consoleAccount } from './console-shapes';
import { withDataPerimeter, withRegionGuardrail, withServiceOnlyKeys } from './guardrails';
import { terraformAccount } from './terraform-shapes';
import { NOW } from '../../../support/factory';

/** `checkId:severity` of every finding, per function name (`(account)` for account-level ones). */
function byFunction(report: AuditReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report.findings) (out[f.function?.name ?? '(account)'] ??= []).push(`${f.checkId}:${f.severity}`);
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Expected map: every function gets `base`, plus its extras. */
function expected(s: Snapshot, base: string[], extras: Record<string, string[]> = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const fn of s.functions) {
    const list = [...base, ...(extras[fn.name] ?? [])].sort();
    if (list.length > 0) out[fn.name] = list;
  }
  return out;
}

function audit(s: Snapshot): AuditReport {
  return runChecks(CHECKS, { snapshot: s, now: NOW });
}

const cdk = cdkAccount();
const sam = samAccount();
const tf = terraformAccount();
const urlFn = cdk.functions.find((f) => f.url)?.name ?? '';
/** The Terraform power-user role (NotAction excluding IAM) is over-broad at low severity, below the alert threshold. */
const tfExpected = { ...expected(tf, []), '(account)': ['LAA-ROLE-OVER-BROAD:low'] };

const cases: [string, Snapshot, Record<string, string[]>][] = [
  ['CDK (grants, L2 integrations, URL NONE, EFS+VPC)', cdk, expected(cdk, [], { [urlFn]: ['LAA-URL-PUBLIC:medium'] })],
  ['SAM (event policies, policy templates)', sam, expected(sam, [])],
  ['Serverless Framework (all events, one shared role)', serverlessAccount(), expected(serverlessAccount(), [])],
  ...SLS_EVENTS.map((e): [string, Snapshot, Record<string, string[]>] => [
    `Serverless Framework service with only a ${e} event`,
    serverlessAccount([e]),
    expected(serverlessAccount([e]), []),
  ]),
  ['Terraform (provider doc shapes, NotAction, lower-case keys, VPC)', tf, tfExpected],
  [
    'CDK under a region-restriction SCP',
    withRegionGuardrail(cdk),
    expected(cdk, [], { [urlFn]: ['LAA-URL-PUBLIC:medium'] }),
  ],
  ['SAM under a region-restriction SCP', withRegionGuardrail(sam), expected(sam, [])],
  [
    'Serverless under a region-restriction SCP',
    withRegionGuardrail(serverlessAccount()),
    expected(serverlessAccount(), []),
  ],
  ['Terraform under a region-restriction SCP', withRegionGuardrail(tf), tfExpected],
  [
    'CDK under the EnforceOrgIdentities RCP',
    withDataPerimeter(cdk),
    expected(cdk, [], { [urlFn]: ['LAA-URL-PUBLIC:medium'] }),
  ],
  [
    'CDK with keys usable only through Lambda / SQS (kms:ViaService)',
    withServiceOnlyKeys(cdk),
    expected(cdk, [], { [urlFn]: ['LAA-URL-PUBLIC:medium'] }),
  ],
  [
    'Console / hand-rolled (service-role path, boundary, HTTP API, alias policy, AWS layer)',
    consoleAccount(),
    expected(consoleAccount(), [], { 'console-hello': ['LAA-LAYER-CROSS-ACCOUNT:info'] }),
  ],
  ['SAM under SCP + RCP', withDataPerimeter(withRegionGuardrail(sam)), expected(sam, [])],
  ['Terraform under SCP + RCP', withDataPerimeter(withRegionGuardrail(tf)), tfExpected],
];

describe('realistic healthy accounts', () => {
  it.each(cases)('%s: only the expected findings', (_label, snap, want) => {
    const report = audit(snap);
    expect(report.runs.filter((r) => r.status === 'error')).toEqual([]);
    expect(byFunction(report)).toEqual(want);
  });

  it('the unguarded-trust check is opt-in: when enabled, one low finding for the whole account', () => {
    const findings = runChecks([...CHECKS, ...OPTIONAL_CHECKS], { snapshot: cdk, now: NOW }).findings.filter(
      (f) => f.checkId === 'LAA-ROLE-TRUST-CONFUSED-DEPUTY',
    );
    expect(findings.map((f) => f.severity)).toEqual(['low']);
    expect(audit(cdk).findings.filter((f) => f.checkId === 'LAA-ROLE-TRUST-CONFUSED-DEPUTY')).toEqual([]);
  });

  it('the region SCP still blocks calls made to another region (the guardrail is really evaluated)', () => {
    const snap = withRegionGuardrail(tf);
    const moved = {
      ...snap,
      functions: snap.functions.map((f) =>
        f.name === 'tf-vpc-worker'
          ? { ...f, region: 'ap-southeast-2', arn: f.arn.replace('us-east-1', 'ap-southeast-2') }
          : f,
      ),
    };
    const found = byFunction(audit(moved))['tf-vpc-worker'] ?? [];
    expect(found).toEqual(expect.arrayContaining(['LAA-ROLE-LOGS-WRITE:high', 'LAA-VPC-ENI-PERMISSIONS:high']));
  });

  it('the RCP is really evaluated: a perimeter naming another organization blocks SQS / KMS', () => {
    const worker = cdk.functions.find((f) => f.eventSourceMappings.length > 0)?.name ?? '';
    const found = byFunction(audit(withDataPerimeter(cdk, 'o-someoneelse')))[worker] ?? [];
    expect(found).toEqual(expect.arrayContaining(['LAA-ESM-PERMISSIONS:high', 'LAA-ENV-KMS-DECRYPT:high']));
  });

  it('a service-only key still reports a key that excludes the calling service', () => {
    const worker = cdk.functions.find((f) => f.kmsKeyArn)?.name ?? '';
    const found = byFunction(audit(withServiceOnlyKeys(cdk, ['s3'])))[worker] ?? [];
    expect(found).toEqual(expect.arrayContaining(['LAA-ENV-KMS-DECRYPT:high', 'LAA-ESM-PERMISSIONS:high']));
  });

  it("Terraform's S3 doc example without source_account is the one documented true positive", () => {
    const hooks = tf.functions.find((f) => f.name === 'tf-hooks');
    const statements = (hooks?.resourcePolicy?.Statement as Record<string, unknown>[]).map((s) =>
      s.Sid === 'AllowExecutionFromS3Bucket'
        ? { ...s, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::tf-incoming-111122223333' } } }
        : s,
    );
    const snap = {
      ...tf,
      functions: tf.functions.map((f) =>
        f === hooks ? { ...f, resourcePolicy: { ...f.resourcePolicy, Statement: statements } } : f,
      ),
    };
    expect(byFunction(audit(snap))['tf-hooks']).toEqual(['LAA-EXPOSURE-CONFUSED-DEPUTY:medium']);
  });
});
