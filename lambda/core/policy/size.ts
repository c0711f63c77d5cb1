/**
 * Policy document size as IAM counts it (whitespace excluded) and the IAM / Organizations size quotas.
 *
 * Sources: IAM User Guide "IAM and AWS STS quotas" (reference_iam-quotas): role inline policies
 * aggregate ≤ 10,240 characters (users 2,048, groups 5,120), managed policies ≤ 6,144, role trust
 * policy 2,048 by default (adjustable up to 4,096), "IAM does not count white space"; session policies
 * ≤ 2,048 characters (STS AssumeRole `Policy` parameter); Organizations quotas: SCP / RCP ≤ 5,120.
 */
import type { ParseProblem, PolicySourceRef } from './model';

/**
 * Counts the non-whitespace characters of a policy document.
 * @param text the document's JSON text
 */
export function policySize(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
  }
  return n;
}

interface Limit {
  readonly max: number;
  readonly severity: 'error' | 'warning';
  readonly what: string;
}

function limitsFor(source: PolicySourceRef): Limit[] {
  // AWS managed policies are maintained by AWS and are not bound by the customer quotas (some, such as
  // ReadOnlyAccess, are far larger than 6,144 characters).
  if (source.origin === 'aws-managed') return [];
  switch (source.type) {
    case 'identity':
      return source.origin === 'inline'
        ? [{ max: 10240, severity: 'error', what: 'inline policies of a role (aggregate; users 2,048, groups 5,120)' }]
        : [{ max: 6144, severity: 'error', what: 'managed policies' }];
    case 'permissions-boundary':
      return [{ max: 6144, severity: 'error', what: 'managed policies (a permissions boundary is a managed policy)' }];
    case 'trust':
      return [
        { max: 4096, severity: 'error', what: 'role trust policies (maximum after a quota increase)' },
        { max: 2048, severity: 'warning', what: 'role trust policies (default quota, adjustable to 4,096)' },
      ];
    case 'session':
      return [{ max: 2048, severity: 'error', what: 'session policies' }];
    case 'scp':
      return [{ max: 5120, severity: 'error', what: 'service control policies' }];
    case 'rcp':
      return [{ max: 5120, severity: 'error', what: 'resource control policies' }];
    default:
      return [];
  }
}

/**
 * Returns a problem when a document exceeds the quota of its policy type (the first limit exceeded).
 * @param size non-whitespace characters
 * @param source policy type and origin
 */
export function sizeProblem(size: number, source: PolicySourceRef): ParseProblem | undefined {
  for (const limit of limitsFor(source)) {
    if (size > limit.max) {
      return {
        path: '',
        message: `document has ${size} characters (whitespace excluded); IAM allows at most ${limit.max.toLocaleString('en-US')} for ${limit.what}`,
        severity: limit.severity,
      };
    }
  }
  return undefined;
}
