import { FUNCTION_STATE_PERMISSION } from '../../../../lambda/core/checks/execution-role/function-state-permission';
import type { FunctionInfo, PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import type { Lang } from '../../../../lambda/core/i18n';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, NOW, doc, fn, role, single } from '../../../support/factory';

const VPC = { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] };
const f = fn('a-vpc', 'a-vpc-role', { vpc: VPC });
const f0 = f;

function world(policy: PolicyDocument, extra: Partial<Snapshot> = {}, roleExtra = {}): Snapshot {
  return single(f, role('a-vpc-role', { app: policy }, roleExtra), extra);
}

describe('LAA-FUNCTION-STATE-PERMISSION', () => {
  const s = world(doc());
  it.each<[string, Partial<FunctionInfo>, string, number]>([
    ['active', { state: 'Active', lastUpdateStatus: 'Successful' }, 'pass', 0],
    [
      'inactive for role permissions',
      {
        state: 'Inactive',
        stateReasonCode: 'InsufficientRolePermissions',
        stateReason: 'The function could not be activated because the execution role lacks permissions.',
      },
      'fail',
      1,
    ],
    [
      'update failed for image access',
      {
        state: 'Active',
        lastUpdateStatus: 'Failed',
        lastUpdateStatusReasonCode: 'ImageAccessDenied',
        lastUpdateStatusReason: 'Lambda was unable to access the image.',
      },
      'fail',
      1,
    ],
    ['failed for a non-permission reason', { state: 'Failed', stateReasonCode: 'SubnetOutOfIPAddresses' }, 'pass', 0],
    [
      'KMS with customer key is left to LAA-ENV-KMS-DECRYPT',
      { state: 'Failed', stateReasonCode: 'KMSKeyAccessDenied', kmsKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k` },
      'pass',
      0,
    ],
    ['no state collected', {}, 'not-applicable', 0],
  ])('%s', (_name, extra, status, count) => {
    const target = { ...f, ...extra };
    const out = FUNCTION_STATE_PERMISSION.run({ snapshot: s, fn: target, now: NOW });
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(count);
    if (count > 0) {
      const reason = extra.stateReason ?? extra.lastUpdateStatusReason ?? '';
      expect(out.findings[0].explanation.summary).toContain(reason);
    }
  });
});

describe('LAA-FUNCTION-STATE-PERMISSION in other languages', () => {
  const s = world(doc());
  it.each<[string, Lang, Partial<FunctionInfo>, string, readonly string[]]>([
    [
      'state Inactive',
      'ja',
      {
        state: 'Inactive',
        stateReasonCode: 'InsufficientRolePermissions',
        stateReason: 'The function could not be activated because the execution role lacks permissions.',
      },
      'a-vpc は Inactive です: InsufficientRolePermissions',
      ['AWSLambdaVPCAccessExecutionRole'],
    ],
    [
      'update failed',
      'de',
      {
        state: 'Active',
        lastUpdateStatus: 'Failed',
        lastUpdateStatusReasonCode: 'ImageAccessDenied',
        lastUpdateStatusReason: 'Lambda was unable to access the image.',
      },
      'a-vpc lässt sich nicht aktualisieren: ImageAccessDenied',
      ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    ],
  ])('%s in %s: title, summary, fix and note localized, identifiers verbatim', (_name, lang, extra, title, ids) => {
    const f = FUNCTION_STATE_PERMISSION.run({ snapshot: s, fn: { ...f0, ...extra }, now: NOW }).findings[0];
    const local = localizeFinding(f, lang);
    expect(local.title).toBe(title);
    const reason = extra.stateReason ?? extra.lastUpdateStatusReason ?? '';
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.explanation.summary).toContain(reason);
    for (const id of ids) expect(local.fix?.summary).toContain(id);
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    expect(local.fix?.notes[0]).toContain('update-function-configuration');
    expect(local.fix?.notes[0]).not.toBe(f.fix?.notes[0]);
    expect(local.fingerprint).toBe(f.fingerprint);
    const body = renderEmailBody(f, lang);
    expect(body).toContain(title);
    expect(body).toContain(local.explanation.summary);
  });
});
