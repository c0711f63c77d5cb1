/**
 * `LAA-LAYER-CROSS-ACCOUNT` (info): layers published by another account. Their layer version
 * policy is not visible from this account; the owner grants `lambda:GetLayerVersion` with
 * `add-layer-version-permission`, checked for whoever creates / updates the function.
 */
import { parseArn } from '../../arn';
import { renderFix } from '../../fix';
import { notApplicable, passed, buildFinding, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

/** Name and version of a layer version ARN `arn:aws:lambda:REGION:ACCT:layer:NAME:VERSION`. */
export function layerParts(arn: string): { name: string; version: string; region: string } | undefined {
  const parts = parseArn(arn);
  const m = parts ? /^layer:([^:]+):(\d+)$/.exec(parts.resource) : null;
  return parts && m ? { name: m[1], version: m[2], region: parts.region } : undefined;
}

function run(input: CheckInput): CheckResult {
  const { fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const foreign = (fn.layers ?? []).filter((l) => l.accountId !== fn.accountId);
  if (!fn.layers || fn.layers.length === 0) return notApplicable(`${fn.name} uses no layers.`);
  if (foreign.length === 0) return passed(['All layers are published by this account.']);
  return result(
    foreign.map((layer) => {
      const parts = layerParts(layer.arn);
      const name = parts?.name ?? layer.arn;
      const cli = parts
        ? `aws lambda add-layer-version-permission --region ${parts.region} --layer-name ${parts.name} --version-number ${parts.version} --statement-id allow-${fn.accountId} --action lambda:GetLayerVersion --principal ${fn.accountId}`
        : undefined;
      return buildFinding({
        check: LAYER_CROSS_ACCOUNT,
        fn,
        title: `${fn.name} uses layer ${name} from account ${layer.accountId}`,
        summary: `Layer ${layer.arn} belongs to account ${layer.accountId}, whose layer policy this account cannot see, so deployments of ${fn.name} depend on that account keeping lambda:GetLayerVersion granted.`,
        action: 'lambda:GetLayerVersion',
        resource: layer.arn,
        details: [
          'Lambda checks the layer permission when the function is created or updated, for the deploying principal.',
        ],
        fix: renderFix({
          kind: 'config-change',
          layer: 'resource',
          summary: `If deployments fail with AccessDeniedException on ${name}, the layer owner (${layer.accountId}) must grant this account lambda:GetLayerVersion.`,
          cli,
          cdk: `// in the layer owner's stack\nlayerVersion.addPermission('Allow${fn.accountId}', { accountId: '${fn.accountId}' });`,
          notes: ['Run the command in the layer owner account; the function keeps working until its next update.'],
        }),
        cause: layer.arn,
      });
    }),
  );
}

/** `LAA-LAYER-CROSS-ACCOUNT`. */
export const LAYER_CROSS_ACCOUNT: Check = {
  id: 'LAA-LAYER-CROSS-ACCOUNT',
  title: 'Layers from other accounts',
  topic: 'cross-account',
  category: 'cross-account',
  defaultSeverity: 'info',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html',
  fixKinds: ['config-change'],
  scope: 'function',
  run,
};
