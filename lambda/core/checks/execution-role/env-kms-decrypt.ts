/**
 * `LAA-ENV-KMS-DECRYPT`: a function whose environment is encrypted with a customer managed key.
 * Lambda decrypts it through a KMS grant for the execution role created at deploy time (ListGrants, when
 * collected, shows it), so an implicit deny is not a finding; an explicit deny in the key policy (read with
 * its grants through `resourceSideFor`), the role's policies, its boundary or an SCP is (a Deny beats a
 * grant): the fix edits that Deny first, then re-saves the configuration; so is Lambda's own
 * `KMSKeyAccessDenied` reason code. Lambda does not inject `lambda:SourceFunctionArn` here.
 */
import type { Finding } from '../../findings/types';
import { lastSegment } from '../../arn';
import type { FixSpec } from '../../fix/types';
import { proposeFix } from '../../policy';
import { resourceSideFor } from '../../snapshot/resource-policies';
import { proposalFix } from '../shared/proposal';
import type { FunctionInfo } from '../../snapshot/types';
import { type Answer, canWith, executionRole } from '../shared/can';
import { denialClauseParams } from '../shared/describe';
import { en, lines, msg, type MessageRef } from '../../i18n';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { renderFix } from '../../fix';
import type { Check, CheckInput, CheckResult } from '../types';

function stateReason(fn: FunctionInfo): string | undefined {
  if (fn.stateReasonCode === 'KMSKeyAccessDenied') return fn.stateReason ?? 'KMSKeyAccessDenied';
  if (fn.lastUpdateStatusReasonCode === 'KMSKeyAccessDenied') return fn.lastUpdateStatusReason ?? 'KMSKeyAccessDenied';
  return undefined;
}

/** Summary and notes of {@link resaveFix} as catalog refs. */
function resaveText(roleArn: string, keyArn: string): { summary: MessageRef; notes: MessageRef[] } {
  return {
    summary: msg('exec.kms.fix', { role: roleArn, key: keyArn }),
    notes: [
      msg('exec.kms.keyPolicy', { command: 'aws kms put-key-policy' }),
      msg('exec.kms.updater', { action: 'kms:CreateGrant', action2: 'kms:Encrypt' }),
      msg('fix.propagation'),
    ],
  };
}

/** Re-save the configuration so Lambda re-creates its grant (the step after any Deny is gone). */
function resaveFix(fn: FunctionInfo, roleArn: string, keyArn: string): FixSpec {
  const statement = {
    Sid: 'AllowLambdaExecutionRoleDecrypt',
    Effect: 'Allow',
    Principal: { AWS: roleArn },
    Action: 'kms:Decrypt',
    Resource: '*',
  };
  const text = resaveText(roleArn, keyArn);
  return {
    kind: 'config-change',
    summary: en(text.summary),
    policyJson: { Version: '2012-10-17', Statement: [statement] },
    cli: `aws lambda update-function-configuration --function-name ${fn.name} --kms-key-arn ${keyArn}`,
    cdk: `const key = kms.Key.fromKeyArn(this, 'EnvKey', '${keyArn}');\nkey.grantDecrypt(fn);`,
    notes: text.notes.map(en),
  };
}

/** The Deny that blocks (key policy, role policy, boundary or SCP) first, then the re-save; else the re-save. */
function fixFor(fn: FunctionInfo, roleArn: string, keyArn: string, answer?: Answer): Finding['fix'] {
  const resave = resaveFix(fn, roleArn, keyArn);
  if (!answer || answer.decision.decision !== 'ExplicitlyDenied') return renderFix(resave);
  const ctx = { target: { kind: 'role' as const, name: lastSegment(roleArn) }, policyName: 'laa-fix-kms-decrypt' };
  const deny = proposalFix(proposeFix(answer.request, answer.decision), { ...ctx, account: fn.accountId });
  return renderFix({ ...deny, then: [resave] });
}

/** The finding: an explicit deny the engine found (`denied`), or Lambda's own `KMSKeyAccessDenied` reason. */
function kmsFinding(
  fn: FunctionInfo,
  roleArn: string,
  keyArn: string,
  reason: string | undefined,
  denied: Answer | undefined,
): Finding {
  const title = msg('exec.kms.title', { fn: fn.name, key: keyArn });
  const summary = denied
    ? msg('exec.kms.summaryDeny', { fn: fn.name, ...denialClauseParams(denied.decision) })
    : msg('exec.kms.summaryReason', { fn: fn.name, code: 'KMSKeyAccessDenied', reason: reason ?? '' });
  const details = reason ? [msg('exec.kms.reports', { reason })] : [];
  const resave = resaveText(roleArn, keyArn);
  // With a Deny, the primary fix (its summary) is the engine's proposal; the re-save follows with its notes.
  const text = {
    title,
    summary,
    ...(denied ? {} : { fixSummary: resave.summary }),
    lines: lines(...details, ...resave.notes),
  };
  const common = { check: ENV_KMS_DECRYPT, fn, title: en(title), summary: en(summary), details: details.map(en), text };
  const finding = denied
    ? buildFinding({
        ...common,
        request: denied.request,
        decision: denied.decision,
        fix: fixFor(fn, roleArn, keyArn, denied),
      })
    : buildFinding({
        ...common,
        action: 'kms:Decrypt',
        resource: keyArn,
        fix: fixFor(fn, roleArn, keyArn),
        cause: 'KMSKeyAccessDenied',
      });
  return finding;
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const keyArn = fn.kmsKeyArn;
  if (!keyArn) return notApplicable(`${fn.name} uses the AWS managed key for its environment.`);
  const key = snapshot.kmsKeys?.find((k) => k.arn === keyArn);
  if (key?.awsManaged) return notApplicable(`${keyArn} is AWS managed.`);
  const view = executionRole(snapshot, fn);
  const reason = stateReason(fn);
  let answer: Answer | undefined;
  // The key policy with its grants (resourceSideFor): a Deny there beats Lambda's grant.
  const side = view
    ? resourceSideFor(snapshot, { principalArn: view.role.arn, action: 'kms:Decrypt', resourceArn: keyArn })
    : undefined;
  if (view) {
    const policy = side?.resource;
    answer = canWith(
      view,
      fn,
      'kms:Decrypt',
      keyArn,
      {
        'kms:EncryptionContext:LambdaFunctionName': fn.name,
        // Lambda decrypts through its grant, on the role's behalf (key policies may restrict to it).
        'kms:ViaService': `lambda.${fn.region}.amazonaws.com`,
        'kms:CallerAccount': fn.accountId,
      },
      { resourcePolicy: policy },
    );
  }
  const explicit = answer?.decision.decision === 'ExplicitlyDenied';
  if (!reason && !explicit) {
    // The engine reports a key policy it was not given as an `unknown` layer: say so rather than "allowed".
    const unread = answer?.decision.layers.some((l) => l.outcome === 'unknown') ?? !key?.keyPolicy;
    const grant = side && side.grants.length > 0 ? ' (its grant for the role is on the key)' : '';
    return passed([
      unread
        ? `No explicit deny of kms:Decrypt on ${keyArn} in the role's policies, boundary or SCPs; the key policy could not be read, so a Deny there is not ruled out. Lambda decrypts through the grant it created for the role${grant}.`
        : `No explicit deny of kms:Decrypt on ${keyArn}; Lambda decrypts through the grant it created for the role${grant}.`,
    ]);
  }
  const roleArn = view?.role.arn ?? fn.roleArn;
  return result([kmsFinding(fn, roleArn, keyArn, reason, answer && explicit ? answer : undefined)]);
}

/** `LAA-ENV-KMS-DECRYPT`. */
export const ENV_KMS_DECRYPT: Check = {
  id: 'LAA-ENV-KMS-DECRYPT',
  title: 'Environment variables can be decrypted',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
  fixKinds: ['remove-statement', 'config-change'],
  scope: 'function',
  run,
};
