/**
 * Fix kind `resource-statement`: add a statement to the resource-based policy of another resource
 * (an ECR repository, a KMS key, …), merged into the current policy, since those APIs replace it whole.
 * Other services: the statement and a pointer, as their policy APIs differ.
 */
import { msg } from '../i18n';
import { mergeCli, mergeNote, type WholePolicyCommands } from './merge';
import { cliArg } from './quote';
import type { RenderedForms, ResourceStatementFix } from './types';

function commands(fix: ResourceStatementFix): { api: string; commands: WholePolicyCommands } | undefined {
  const region = fix.region ? ` --region ${cliArg(fix.region)}` : '';
  const name = cliArg(fix.resourceName ?? fix.resourceArn);
  if (fix.service === 'ecr') {
    return {
      api: 'set-repository-policy',
      commands: {
        read: `aws ecr get-repository-policy${region} --repository-name ${name} --query policyText --output text`,
        write: (doc) => `aws ecr set-repository-policy${region} --repository-name ${name} --policy-text ${doc}`,
        file: 'repository-policy.json',
      },
    };
  }
  if (fix.service === 'kms') {
    return {
      api: 'put-key-policy',
      commands: {
        read: `aws kms get-key-policy${region} --key-id ${name} --policy-name default --query Policy --output text`,
        write: (doc) => `aws kms put-key-policy${region} --key-id ${name} --policy-name default --policy ${doc}`,
        file: 'key-policy.json',
      },
    };
  }
  return undefined;
}

/** Renders a {@link ResourceStatementFix}. */
export function renderResourceStatement(fix: ResourceStatementFix): RenderedForms {
  const how = commands(fix);
  if (!how) {
    return {
      policyJson: fix.statement,
      cli: fix.cli,
      cdk: fix.cdk,
      notes: [msg('fix.render.resourcePolicyOf', { arn: fix.resourceArn })],
    };
  }
  const { cli, document } = mergeCli(how.commands, fix.statement, fix.existing);
  return {
    policyJson: document ?? { Version: '2012-10-17', Statement: [fix.statement] },
    cli,
    cdk: fix.cdk,
    notes: [mergeNote(how.api, fix.existing !== undefined)],
  };
}
