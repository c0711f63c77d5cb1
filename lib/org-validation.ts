/**
 * Early validation of the organization stacks' props: each problem names the value and the fix, so a
 * wrong context key fails `cdk synth` instead of a StackSet deployment in hundreds of accounts.
 */
import { Token } from 'aws-cdk-lib';

const ORG_ID = /^o-[a-z0-9]{10,32}$/;
const ACCOUNT_ID = /^\d{12}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const BUS_ARN = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[\w.\-/]+$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

function check(problems: string[], ok: boolean, message: string): void {
  if (!ok) problems.push(message);
}

/** Literal (non-token) string that fails `re`. */
function bad(value: string | undefined, re: RegExp): boolean {
  return value === undefined || (!Token.isUnresolved(value) && !re.test(value));
}

/** Problems with the organization ID (`o-` followed by 10–32 lowercase letters or digits). */
export function organizationIdProblems(organizationId: string | undefined): string[] {
  return bad(organizationId, ORG_ID)
    ? [`organizationId is ${JSON.stringify(organizationId)}: expected "o-" and 10–32 lowercase letters/digits.`]
    : [];
}

/** Problems with a member role name (IAM role name characters, at most 64). */
export function roleNameProblems(name: string | undefined): string[] {
  return name !== undefined && bad(name, ROLE_NAME)
    ? [`memberRoleName is ${JSON.stringify(name)}: expected an IAM role name (letters, digits, +=,.@_-; ≤ 64).`]
    : [];
}

/** Problems with a list of 12-digit account IDs. */
export function accountIdProblems(key: string, accounts: readonly string[]): string[] {
  const wrong = accounts.filter((a) => bad(a, ACCOUNT_ID));
  return wrong.length ? [`${key} has ${JSON.stringify(wrong)}: expected 12-digit account IDs.`] : [];
}

const SOURCE = /^(organization|\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;

/** Problems with the organization sweep's sources: account IDs, `organization`, OU or root IDs. */
export function accountSourceProblems(key: string, sources: readonly string[]): string[] {
  const wrong = sources.filter((a) => bad(a, SOURCE));
  return wrong.length
    ? [
        `${key} has ${JSON.stringify(wrong)}: expected 12-digit account IDs, "organization", OU IDs (ou-…) or root IDs (r-…).`,
      ]
    : [];
}

/** Validates the member stack's props. */
export function validateMemberProps(p: {
  centralBusArn: string;
  centralAuditorRoleArns: readonly string[];
  organizationId: string;
  memberRoleName?: string;
}): string[] {
  const problems = [...organizationIdProblems(p.organizationId), ...roleNameProblems(p.memberRoleName)];
  check(
    problems,
    !bad(p.centralBusArn, BUS_ARN),
    `centralBusArn is ${JSON.stringify(p.centralBusArn)}: expected arn:aws:events:<region>:<account>:event-bus/<name> (central stack output OrganizationBusArn).`,
  );
  const roles = p.centralAuditorRoleArns;
  check(problems, roles.length > 0, 'centralAuditorRoleArns is empty: pass the central stack output AuditorRoleArns.');
  const wrong = roles.filter((r) => bad(r, ROLE_ARN));
  check(
    problems,
    wrong.length === 0,
    `centralAuditorRoleArns has ${JSON.stringify(wrong)}: expected exact role ARNs (arn:aws:iam::<account>:role/<name>), no wildcards.`,
  );
  return problems;
}
