/**
 * Fix kind `identity-statement`: add statements to an identity-based policy of a role or user, as an
 * inline policy (`put-role-policy` / `put-user-policy`), or attach an AWS managed policy that covers them.
 * CDK: a `grant*` call where one covers a statement exactly, else `addToRolePolicy` for an execution
 * role, and `addToPrincipalPolicy` on an imported role / user otherwise.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/put-role-policy.html
 */
import type { PolicyStatementJson } from '../policy/model';
import { msg } from '../i18n';
import { asList, policyDocument, PROPAGATION } from './document';
import { grantFor, renderGrant } from './grants';
import { cliArg, cliJson, tsString, tsStrings } from './quote';
import type { IdentityStatementFix, IdentityTarget, RenderedForms } from './types';

/** The `--role-name` / `--user-name` argument: the quoted name, or the output of its lookup command. */
export function nameArg(target: IdentityTarget): string {
  return target.nameLookup ? `"$(${target.nameLookup})"` : cliArg(target.name);
}

/** `aws iam put-role-policy` (or `put-user-policy`) adding `statements` as inline policy `policyName`. */
export function putPolicyCli(
  target: IdentityTarget,
  policyName: string,
  statements: readonly PolicyStatementJson[],
): string {
  const { kind } = target;
  const doc = cliJson(policyDocument(statements));
  return `aws iam put-${kind}-policy --${kind}-name ${nameArg(target)} --policy-name ${cliArg(policyName)} --policy-document ${doc}`;
}

/** The body of a CDK `new iam.PolicyStatement({...})` for one statement. */
function statementProps(statement: PolicyStatementJson): string[] {
  return [
    ...(statement.Effect === 'Deny' ? ['  effect: iam.Effect.DENY,'] : []),
    `  actions: ${tsStrings(asList(statement.Action))},`,
    `  resources: ${tsStrings(asList(statement.Resource))},`,
    ...(statement.Condition ? [`  conditions: ${JSON.stringify(statement.Condition)},`] : []),
  ];
}

/** CDK `receiver.method(new iam.PolicyStatement({...}))` for one statement. */
export function policyStatementCdk(statement: PolicyStatementJson, receiver: string, method: string): string {
  return [`${receiver}.${method}(new iam.PolicyStatement({`, ...statementProps(statement), '}));'].join('\n');
}

/** CDK for an execution role's statements: `grant*` where one covers a statement exactly, else `addToRolePolicy`. */
export function executionRoleCdk(statements: readonly PolicyStatementJson[], fnVar = 'fn'): string {
  return statements
    .map((s) => {
      const resources = asList(s.Resource);
      const grant = s.Condition ? undefined : grantFor(asList(s.Action), resources);
      return grant ? renderGrant(grant, resources[0], fnVar) : policyStatementCdk(s, fnVar, 'addToRolePolicy');
    })
    .join('\n');
}

/** CDK for an existing role or user: import it by name, then `addToPrincipalPolicy`. */
function principalCdk(target: IdentityTarget, statements: readonly PolicyStatementJson[]): string {
  const variable = target.kind === 'user' ? 'deployerUser' : 'deployerRole';
  const ctor = target.kind === 'user' ? 'iam.User.fromUserName' : 'iam.Role.fromRoleName';
  const importLine = `const ${variable} = ${ctor}(this, 'Deployer', ${tsString(target.name)});`;
  return [importLine, ...statements.map((s) => policyStatementCdk(s, variable, 'addToPrincipalPolicy'))].join('\n');
}

/** Renders an {@link IdentityStatementFix}. */
export function renderIdentityStatement(fix: IdentityStatementFix): RenderedForms {
  const { target, statements, managedPolicy: managed } = fix;
  const inline = putPolicyCli(target, fix.policyName, statements);
  const cdk = fix.functionVar ? executionRoleCdk(statements, fix.functionVar) : principalCdk(target, statements);
  if (!managed) return { policyJson: policyDocument(statements), cli: inline, cdk, notes: [PROPAGATION] };
  return {
    policyJson: policyDocument(statements),
    cli: `aws iam attach-${target.kind}-policy --${target.kind}-name ${nameArg(target)} --policy-arn ${cliArg(managed.arn)}`,
    cdk: fix.functionVar
      ? `${fix.functionVar}.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(${tsString(managed.name)}));`
      : cdk,
    notes: [msg('fix.render.inlineAlternative', { cli: inline }), PROPAGATION],
  };
}
