/**
 * `LAA-LAYER-CROSS-ACCOUNT` (info): layers published by another account. Their layer version
 * policy is not visible from this account; the owner grants `lambda:GetLayerVersion` with
 * `add-layer-version-permission`, checked for whoever creates / updates the function.
 */
import { parseArn } from '../../arn';
import { renderFix } from '../../fix';
import { en, lines, msg } from '../../i18n';
import { notApplicable, passed, buildFinding, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';

/** Name and version of a layer version ARN `arn:aws:lambda:REGION:ACCT:layer:NAME:VERSION`. */
export function layerParts(arn: string): { name: string; version: string; region: string } | undefined {
  const parts = parseArn(arn);
  const m = parts ? /^layer:([^:]+):(\d+)$/.exec(parts.resource) : null;
  return parts && m ? { name: m[1], version: m[2], region: parts.region } : undefined;
}

const GET_LAYER = 'lambda:GetLayerVersion';

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
      const names = { fn: fn.name, name, account: layer.accountId, arn: layer.arn, action: GET_LAYER };
      const title = msg('access.layer.title', names);
      const summary = msg('access.layer.summary', names);
      const fixSummary = msg('access.layer.fix', { ...names, error: 'AccessDeniedException' });
      const details = [msg('access.layer.when')];
      const notes = [msg('access.layer.note')];
      return buildFinding({
        check: LAYER_CROSS_ACCOUNT,
        fn,
        title: en(title),
        summary: en(summary),
        action: GET_LAYER,
        resource: layer.arn,
        details: details.map(en),
        text: { title, summary, fixSummary, lines: lines(...details, ...notes) },
        fix: renderFix({
          kind: 'config-change',
          layer: 'resource',
          summary: en(fixSummary),
          cli,
          cdk: `// in the layer owner's stack\nlayerVersion.addPermission('Allow${fn.accountId}', { accountId: '${fn.accountId}' });`,
          notes: notes.map(en),
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
