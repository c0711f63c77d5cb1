import { hygieneDeprecatedPolicy } from '../../../../lambda/core/checks/hygiene/deprecated-policy';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, role, snapshot, iamUser } from '../../../support/factory';

const FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' };
const READ = { arn: 'arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess', name: 'AWSLambdaReadOnlyAccess' };
const NEW_FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambda_FullAccess', name: 'AWSLambda_FullAccess' };

describe('LAA-HYGIENE-DEPRECATED-POLICY', () => {
  it.each<[string, Snapshot, string, string[]]>([
    [
      'replacement policy only',
      snapshot({ users: [iamUser('b-dev', {}, { attachedPolicies: [NEW_FULL] })] }),
      'pass',
      [],
    ],
    [
      'deprecated full access on a user',
      snapshot({ users: [iamUser('b-dev', {}, { attachedPolicies: [FULL] })] }),
      'fail',
      ['AWSLambda_FullAccess'],
    ],
    [
      'deprecated read-only on a group and full access on a role',
      snapshot({
        groups: [
          {
            arn: `arn:aws:iam::${ACCOUNT}:group/b-readers`,
            name: 'b-readers',
            inlinePolicies: [],
            attachedPolicies: [READ],
          },
        ],
        roles: [role('b-ops', {}, { attachedPolicies: [FULL] })],
      }),
      'fail',
      ['AWSLambda_FullAccess', 'AWSLambda_ReadOnlyAccess'],
    ],
    ['nobody in the snapshot', snapshot(), 'not-applicable', []],
  ])('%s', (_name, s, status, replacements) => {
    const r = hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW });
    expect(r.status).toBe(status);
    expect(r.findings.map((f) => /use (\S+)$/.exec(f.title)?.[1]).sort()).toEqual(replacements);
  });

  it('renders attach-then-detach for the holder kind', () => {
    const s = snapshot({ roles: [role('b-ops', {}, { attachedPolicies: [FULL] })] });
    const f = hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW }).findings[0];
    expect(f.fix?.cli).toBe(
      'aws iam attach-role-policy --role-name b-ops --policy-arn arn:aws:iam::aws:policy/AWSLambda_FullAccess\n' +
        'aws iam detach-role-policy --role-name b-ops --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess',
    );
    expect(f.principal).toBe(`arn:aws:iam::${ACCOUNT}:role/b-ops`);
  });
});
