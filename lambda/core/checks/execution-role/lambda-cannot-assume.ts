/**
 * `LAA-LAMBDA-CANNOT-ASSUME-ROLE`: Lambda itself (`lambda.amazonaws.com`) was denied `sts:AssumeRole` on
 * an execution role (CloudTrail caller of type `AWSService`, AWS-FACTS §1.3), so the functions using that
 * role cannot run. The role's trust policy must allow the Lambda service principal (AWS-FACTS §5.1,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html). The finding names every
 * function of the snapshot using the role; the fix merges the Lambda statement into the CURRENT trust
 * policy (`update-assume-role-policy` replaces the whole document). Lambda's own
 * `InvalidParameterValueException` at deploy time is LAA-LAMBDA-REJECTED-CONFIG's.
 */
import { accountOf, lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { renderFix } from '../../fix';
import { en, lines, msg, type MessageRef } from '../../i18n';
import { findRole } from '../../snapshot/policy-sets';
import type { FunctionInfo, RoleInfo } from '../../snapshot/types';
import { denialClause } from '../shared/describe';
import { awsStated, flagData, flagOf, functionsUsingRole } from '../shared/flags';
import { buildFinding, notApplicable, passed, result } from '../shared/finding';
import { DOCS } from '../shared/references';
import { lambdaTrustFix, trustDecision } from '../shared/trust';
import type { Check, CheckInput, CheckResult } from '../types';

const DOCS_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html';

/** The function the failed assumption was for: the session named after it, else the only user of the role. */
function subject(users: readonly FunctionInfo[], denial: DeniedRequest): FunctionInfo | undefined {
  const session = denial.requestParameters?.roleSessionName;
  return users.find((f) => f.name === session) ?? (users.length === 1 ? users[0] : undefined);
}

function usersLine(users: readonly FunctionInfo[], roleName: string): MessageRef {
  if (users.length === 0) return msg('latent.cannotAssume.noUsers', { role: roleName });
  const names = users.map((f) => f.name);
  const more = names.length - 10;
  return msg('latent.cannotAssume.users', {
    role: roleName,
    names: names.slice(0, 10).join(', '),
    hasMore: more > 0 ? 'yes' : 'no',
    more,
  });
}

const REPLACES = msg('latent.cannotAssume.replaces');

function fixFor(role: RoleInfo | undefined, fixSummary: MessageRef, roleName: string, account: string) {
  return renderFix(
    lambdaTrustFix(account, {
      summary: en(fixSummary),
      roleName,
      ...(role ? { existing: role.trustPolicy } : {}),
      notes: [en(REPLACES)],
    }),
  );
}

function run(input: CheckInput): CheckResult {
  const { denial, snapshot } = input;
  const flag = flagOf(denial, 'lambda-cannot-assume-role');
  if (!denial || !flag) return notApplicable('Not Lambda failing to assume an execution role.');
  if (denial.errorCode === 'InvalidParameterValueException')
    return notApplicable('Lambda rejected a deployment: LAA-LAMBDA-REJECTED-CONFIG reports it.');
  const roleArn = flagData(flag, 'roleArn') ?? denial.classification.roleArn;
  if (!roleArn) return notApplicable('The denial does not name the role Lambda tried to assume.');
  const roleName = lastSegment(roleArn);
  const account = accountOf(roleArn) ?? denial.account;
  const role = findRole(snapshot, roleArn);
  const users = functionsUsingRole(snapshot, roleArn);
  const fn = subject(users, denial);
  const trust = role
    ? trustDecision(role, account, fn?.arn ?? `arn:aws:lambda:${denial.region}:${account}:function:*`)
    : undefined;
  if (trust?.decision.decision === 'Allowed')
    return passed([
      `The trust policy of ${roleName} lets lambda.amazonaws.com assume it now: already fixed, or IAM propagation delay at the time.`,
    ]);
  const names = {
    role: roleName,
    count: users.length,
    action: denial.action,
    hasClause: trust ? 'yes' : 'no',
    clause: trust ? denialClause(trust.decision) : '',
  };
  const title = msg('latent.cannotAssume.title', names);
  const summary = msg('latent.cannotAssume.summary', names);
  const fixSummary = msg('latent.cannotAssume.fix', names);
  const line = usersLine(users, roleName);
  const finding = buildFinding({
    check: LAMBDA_CANNOT_ASSUME_ROLE,
    fn,
    principal: fn ? undefined : roleArn,
    ...(trust
      ? { request: trust.request, decision: trust.decision }
      : { action: denial.action, resource: roleArn, stated: awsStated(denial) }),
    title: en(title),
    summary: en(summary),
    details: [...flag.reasons, en(line)],
    text: { title, summary, fixSummary, lines: lines(line, REPLACES) },
    fix: fixFor(role, fixSummary, roleName, account),
    denial,
    references: [DOCS.executionRoleTrust],
    cause: 'lambda-cannot-assume',
  });
  return result([finding]);
}

/** `LAA-LAMBDA-CANNOT-ASSUME-ROLE`. */
export const LAMBDA_CANNOT_ASSUME_ROLE: Check = {
  id: 'LAA-LAMBDA-CANNOT-ASSUME-ROLE',
  title: 'Lambda cannot assume the execution role (trust policy)',
  topic: 'execution-role',
  category: 'trust-policy',
  defaultSeverity: 'high',
  docsUrl: DOCS_URL,
  fixKinds: ['trust-merge'],
  scope: 'event',
  run,
};
