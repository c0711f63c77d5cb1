import { hygieneDeprecatedPolicy } from '../../../../lambda/core/checks/hygiene/deprecated-policy';
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import type { ManagedPolicyInfo } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, doc, managed, role, snapshot, iamUser } from '../../../support/factory';

const FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' };
const READ = { arn: 'arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess', name: 'AWSLambdaReadOnlyAccess' };
/** Stand-in statements for the AWS managed original (the check compares documents, not their content). */
const FULL_DOC = doc(allow(['lambda:*', 's3:*'], '*'));
const AWS_FULL: ManagedPolicyInfo = { ...FULL, awsManaged: true, document: FULL_DOC };
/** A customer-managed copy: same statements, keys and actions in another order. */
const COPY = managed('legacy-lambda-full', doc({ Resource: '*', Action: ['s3:*', 'lambda:*'], Effect: 'Allow' }));
const NEAR_COPY = managed('legacy-lambda-near', doc(allow(['lambda:*'], '*')));
const ref = (p: ManagedPolicyInfo) => ({ arn: p.arn, name: p.name });
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
    [
      'customer-managed copy of AWSLambdaFullAccess on a role (original attached elsewhere)',
      snapshot({
        roles: [role('b-app', {}, { attachedPolicies: [ref(COPY)] }), role('b-ops', {}, { attachedPolicies: [FULL] })],
        managedPolicies: [AWS_FULL, COPY],
      }),
      'fail',
      ['AWSLambda_FullAccess', 'AWSLambda_FullAccess'],
    ],
    [
      'a policy that differs from the original is not a copy',
      snapshot({
        roles: [role('b-app', {}, { attachedPolicies: [ref(NEAR_COPY)] })],
        managedPolicies: [AWS_FULL, NEAR_COPY],
      }),
      'pass',
      [],
    ],
    [
      'a copy is not recognised without the original document (the name is never enough)',
      snapshot({ roles: [role('b-app', {}, { attachedPolicies: [ref(COPY)] })], managedPolicies: [COPY] }),
      'pass',
      [],
    ],
    ['nobody in the snapshot', snapshot(), 'not-applicable', []],
  ])('%s', (_name, s, status, replacements) => {
    const r = hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW });
    expect(r.status).toBe(status);
    expect(r.findings.map((f) => /use (\S+)$/.exec(f.title)?.[1]).sort()).toEqual(replacements);
  });

  it('names the copy and says why it is one', () => {
    const s = snapshot({
      roles: [role('b-app', {}, { attachedPolicies: [ref(COPY)] })],
      managedPolicies: [AWS_FULL, COPY],
    });
    const [f] = hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW }).findings;
    expect(f.title).toBe(
      'A copy of deprecated AWSLambdaFullAccess (legacy-lambda-full) is attached to role b-app: use AWSLambda_FullAccess',
    );
    expect(f.resource).toBe(COPY.arn);
    expect(f.explanation.details.join(' ')).toMatch(/same statements as the AWS managed AWSLambdaFullAccess/);
    expect(f.fix?.cli).toContain(`detach-role-policy --role-name b-app --policy-arn ${COPY.arn}`);
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
