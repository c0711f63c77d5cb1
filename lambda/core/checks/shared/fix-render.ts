/**
 * Renders fixes: a policy statement becomes policy JSON, an exact AWS CLI command and a CDK snippet
 * (`grant*` where one exists, else `addToRolePolicy`). Engine {@link FixProposal}s of every kind
 * become a {@link FindingFix}.
 */
import type { FindingFix } from '../../findings/types';
import type { FixProposal, PolicyStatementJson } from '../../policy/model';
import { isAwsManaged } from '../../policy/wording';
import { grantFor, renderGrant } from '../../fix/grants';

/** Quotes a string for a POSIX shell (single quotes). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A policy document holding `statements`. */
export function policyDocument(statements: readonly PolicyStatementJson[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements.map((s) => ({ ...s })) };
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

/** `aws iam put-role-policy` adding `statements` as an inline policy. */
export function putRolePolicyCli(
  roleName: string,
  policyName: string,
  statements: readonly PolicyStatementJson[],
): string {
  const doc = JSON.stringify(policyDocument(statements));
  return `aws iam put-role-policy --role-name ${roleName} --policy-name ${policyName} --policy-document ${shellQuote(doc)}`;
}

/** A TypeScript string-array literal: CDK's `actions` / `resources` are always `string[]`. */
function literal(values: readonly string[]): string {
  return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}

/** CDK `fn.addToRolePolicy(...)` for one statement. */
export function addToRolePolicyCdk(statement: PolicyStatementJson, fnVar = 'fn'): string {
  const lines = [
    `${fnVar}.addToRolePolicy(new iam.PolicyStatement({`,
    ...(statement.Effect === 'Deny' ? ['  effect: iam.Effect.DENY,'] : []),
    `  actions: ${literal(asList(statement.Action))},`,
    `  resources: ${literal(asList(statement.Resource))},`,
    ...(statement.Condition ? [`  conditions: ${JSON.stringify(statement.Condition)},`] : []),
    '}));',
  ];
  return lines.join('\n');
}

/** CDK for statements: a `grant*` call where one covers a statement exactly, else `addToRolePolicy`. */
export function cdkForStatements(statements: readonly PolicyStatementJson[], fnVar = 'fn'): string {
  return statements
    .map((s) => {
      const resources = asList(s.Resource);
      const grant = s.Condition ? undefined : grantFor(asList(s.Action), resources);
      return grant ? renderGrant(grant, resources[0], fnVar) : addToRolePolicyCdk(s, fnVar);
    })
    .join('\n');
}

/** The three forms of an identity-policy fix for a role. */
export function renderRoleFix(
  roleName: string,
  policyName: string,
  statements: readonly PolicyStatementJson[],
  fnVar = 'fn',
): Pick<FindingFix, 'policyJson' | 'cli' | 'cdk'> {
  return {
    policyJson: policyDocument(statements),
    cli: putRolePolicyCli(roleName, policyName, statements),
    cdk: cdkForStatements(statements, fnVar),
  };
}

/** Fix notes every IAM change carries. */
export const PROPAGATION_NOTE = 'IAM changes can take a few seconds to propagate; retry after a short wait.';

/** Where the fix goes and the context to render it. */
export interface RenderContext {
  /** Role (or user) whose identity policy gets the statement. */
  readonly roleName: string;
  /** Inline policy name to use, e.g. `laa-fix-sqs-receivemessage`. */
  readonly policyName: string;
  readonly fnVar?: string;
  /** ARN of the role's permissions boundary, for boundary fixes. */
  readonly boundaryArn?: string;
}

/** A stable inline policy name for a fix of `action`: `laa-fix-<service>-<action>`. */
export function fixPolicyName(action: string): string {
  return `laa-fix-${action.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`.slice(0, 128);
}

function targetName(proposal: FixProposal): string {
  const t = proposal.target;
  if (!t) return 'the denying policy';
  return `${t.policy.name}${t.policy.arn ? ` (${t.policy.arn})` : ''} statement ${t.sid ? `"${t.sid}"` : `#${t.index}`}`;
}

function layerCli(proposal: FixProposal, ctx: RenderContext): string | undefined {
  const arn = proposal.target?.policy.arn;
  switch (proposal.kind) {
    case 'edit-explicit-deny':
      if (proposal.target && isAwsManaged(proposal.target.policy)) {
        return `aws iam detach-role-policy --role-name ${ctx.roleName} --policy-arn ${arn ?? '<policy-arn>'}  # AWS managed policies cannot be edited`;
      }
      if (proposal.target?.policy.origin === 'inline') {
        const name = proposal.target.policy.name.replace(/^.* inline policy /, '');
        return `aws iam get-role-policy --role-name ${ctx.roleName} --policy-name ${name}  # edit the Deny, then put-role-policy`;
      }
      return arn
        ? `aws iam get-policy-version --policy-arn ${arn} --version-id $(aws iam get-policy --policy-arn ${arn} --query Policy.DefaultVersionId --output text)  # edit, then create-policy-version --set-as-default`
        : undefined;
    case 'change-permissions-boundary': {
      const boundary = arn ?? ctx.boundaryArn;
      return boundary
        ? `aws iam create-policy-version --policy-arn ${boundary} --policy-document file://boundary-with-statement.json --set-as-default`
        : `aws iam get-role --role-name ${ctx.roleName} --query Role.PermissionsBoundary`;
    }
    case 'change-scp':
    case 'change-rcp':
      return 'aws organizations update-policy --policy-id <policy-id> --content file://policy.json  # run in the management account';
    default:
      return undefined;
  }
}

/** Turns an engine {@link FixProposal} into a finding fix with JSON, CLI and CDK forms. */
export function renderProposal(
  proposal: FixProposal,
  ctx: RenderContext,
  extraNotes: readonly string[] = [],
): FindingFix {
  const notes = [...proposal.notes, ...extraNotes];
  if (proposal.kind === 'add-identity-allow' && proposal.statement) {
    return {
      summary: proposal.summary,
      ...renderRoleFix(ctx.roleName, ctx.policyName, [proposal.statement], ctx.fnVar),
      notes: [...notes, PROPAGATION_NOTE],
    };
  }
  if (proposal.kind === 'edit-explicit-deny') {
    return {
      summary: proposal.summary || `Edit ${targetName(proposal)}: an added Allow does not override an explicit Deny.`,
      policyJson: proposal.target?.statement,
      cli: layerCli(proposal, ctx),
      notes: [
        ...notes,
        ...(notes.some((n) => /explicit deny/i.test(n))
          ? []
          : ['Adding an Allow does not help: an explicit Deny always wins.']),
        PROPAGATION_NOTE,
      ],
    };
  }
  if (proposal.kind === 'change-permissions-boundary' && proposal.statement) {
    notes.push("boundary-with-statement.json = the boundary's current default version plus this statement.");
  }
  return {
    summary: proposal.summary,
    policyJson: proposal.statement ? policyDocument([proposal.statement]) : undefined,
    cli: layerCli(proposal, ctx),
    notes: [...notes, PROPAGATION_NOTE],
  };
}
