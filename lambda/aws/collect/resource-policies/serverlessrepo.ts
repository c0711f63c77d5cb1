/**
 * Serverless Application Repository application policy (`GetApplicationPolicy` → `Statements`). It is not
 * an IAM JSON policy: each statement (`Actions`, `Principals`, `PrincipalOrgIDs`, `StatementId`) becomes
 * one Allow statement on the application ARN, actions prefixed `serverlessrepo:` as given (the `Deploy`
 * permission group is kept as `serverlessrepo:Deploy`, not expanded), org IDs as an `aws:PrincipalOrgID`
 * condition. A missing application is `NotFoundException` (SDK model); no statements means no policy.
 */
import {
  GetApplicationPolicyCommand,
  type ApplicationPolicyStatement,
  type ServerlessApplicationRepositoryClient,
} from '@aws-sdk/client-serverlessapplicationrepository';
import type { PolicyDocument } from '../../../core/snapshot/types';
import type { CollectContext } from '../context';
import type { PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** SAR statements as an IAM-style policy document on `applicationArn`. */
export function applicationPolicy(
  applicationArn: string,
  statements: readonly ApplicationPolicyStatement[],
): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: statements.map((s) => {
      const orgs = s.PrincipalOrgIDs ?? [];
      return {
        ...(s.StatementId ? { Sid: s.StatementId } : {}),
        Effect: 'Allow',
        Principal: (s.Principals ?? []).includes('*') ? '*' : { AWS: s.Principals ?? [] },
        Action: (s.Actions ?? []).map((a) => `serverlessrepo:${a}`),
        Resource: applicationArn,
        ...(orgs.length > 0 ? { Condition: { StringEquals: { 'aws:PrincipalOrgID': orgs } } } : {}),
      };
    }),
  };
}

/** Reads an application's policy. */
export async function readApplicationPolicy(
  ctx: CollectContext,
  client: ServerlessApplicationRepositoryClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  const res = await ctx.send(
    'serverlessrepo:GetApplicationPolicy',
    target.arn,
    () => client.send(new GetApplicationPolicyCommand({ ApplicationId: target.arn })),
    { absentOn: ['NotFoundException'] },
  );
  if (!res.ok) return { status: res.absent ? 'not-found' : 'unreadable' };
  const statements = res.value.Statements ?? [];
  if (statements.length === 0) return { status: 'none' };
  const note = 'converted from GetApplicationPolicy statements (not an IAM JSON policy)';
  return { status: 'present', document: applicationPolicy(target.arn, statements), note };
}
