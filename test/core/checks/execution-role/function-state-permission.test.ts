import { FUNCTION_STATE_PERMISSION } from '../../../../lambda/core/checks/execution-role/function-state-permission';
import type { FunctionInfo, PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, doc, fn, role, single } from '../../../support/factory';

const VPC = { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] };
const f = fn('a-vpc', 'a-vpc-role', { vpc: VPC });

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
