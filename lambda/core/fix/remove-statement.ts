/**
 * Fix kind `remove-statement`: take a statement out of the policy it lives in: a grant that is too broad
 * or dead (a function's `remove-permission`), or an explicit Deny that blocks (an added Allow never
 * overrides a Deny, so the Deny itself must change). AWS managed policies cannot be edited: detach them.
 * https://docs.aws.amazon.com/cli/latest/reference/lambda/remove-permission.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { msg, type MessageRef } from '../i18n';
import { PROPAGATION } from './document';
import { functionArgs } from './lambda-permission';
import { cliArg } from './quote';
import type { RemoveStatementFix, RenderedForms, StatementLocation } from './types';

/** `aws iam get-policy-version` of a managed policy's default version (to edit, then `create-policy-version`). */
export function defaultVersionCli(policyArn: string): string {
  const arn = cliArg(policyArn);
  return `aws iam get-policy-version --policy-arn ${arn} --version-id $(aws iam get-policy --policy-arn ${arn} --query Policy.DefaultVersionId --output text)`;
}

function lambdaPermissionCli(l: Extract<StatementLocation, { in: 'lambda-permission' }>): string | undefined {
  const lines = l.statementIds.map((sid) =>
    [
      'aws lambda remove-permission',
      ...functionArgs(l.functionName, l.qualifier),
      `--statement-id ${cliArg(sid)}`,
    ].join(' '),
  );
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function locationCli(l: StatementLocation): string | undefined {
  switch (l.in) {
    case 'lambda-permission':
      return lambdaPermissionCli(l);
    case 'inline': {
      const { kind, name } = l.owner;
      return `aws iam get-${kind}-policy --${kind}-name ${cliArg(name)} --policy-name ${cliArg(l.policyName)}  # edit the statement, then put-${kind}-policy`;
    }
    case 'managed':
      if (l.awsManaged && l.attachedTo) {
        const { kind, name } = l.attachedTo;
        return `aws iam detach-${kind}-policy --${kind}-name ${cliArg(name)} --policy-arn ${cliArg(l.policyArn)}  # AWS managed policies cannot be edited`;
      }
      return `${defaultVersionCli(l.policyArn)}  # edit the statement, then create-policy-version --set-as-default`;
    case 'trust':
      return `aws iam get-role --role-name ${cliArg(l.roleName)} --query Role.AssumeRolePolicyDocument  # edit the statement, then update-assume-role-policy`;
    case 'unknown':
      return l.lookup;
  }
}

function locationNotes(l: StatementLocation): MessageRef[] {
  if (l.in === 'lambda-permission' && l.statementIds.length === 0) return [msg('fix.render.noSid')];
  return [];
}

/** Renders a {@link RemoveStatementFix}. */
export function renderRemoveStatement(fix: RemoveStatementFix): RenderedForms {
  const l = fix.location;
  const cdk =
    l.in === 'lambda-permission'
      ? (l.cdk ??
        '// Delete the fn.addPermission(...) / lambda.CfnPermission that adds the statement, then cdk deploy.')
      : undefined;
  return {
    policyJson: fix.statement,
    cli: locationCli(l),
    cdk,
    notes: [...locationNotes(l), ...(l.in === 'lambda-permission' ? [] : [PROPAGATION])],
  };
}
