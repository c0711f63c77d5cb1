/**
 * `LAA-LAYER-DENIED-DEPLOY`: a deployer was denied `lambda:GetLayerVersion` on a layer version of
 * ANOTHER account while creating or updating a function (intake flag `cross-account-layer`). Lambda checks
 * the layer permission for the deploying principal; the layer owner grants it with
 * `aws lambda add-layer-version-permission` and the deployer's own policy must allow it too
 * (https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html,
 * https://docs.aws.amazon.com/cli/latest/reference/lambda/add-layer-version-permission.html).
 * The primary fix goes to the layer AWS named; the other side follows.
 */
import { lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { cliArg, renderFix } from '../../fix';
import type { FixSpec } from '../../fix/types';
import { callerAllowFix, callerPrincipalArn, namedLayerFix } from '../shared/caller-fix';
import { awsStated, findFunction, flagData, flagOf } from '../shared/flags';
import { buildFinding, notApplicable, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';
import { layerParts } from './layer';

const DOCS_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html';

/** The layer owner's grant to the deployer's account (the smallest grant the API offers besides an org ID). */
function ownerGrant(layerArn: string, owner: string, callerAccount: string): FixSpec {
  const parts = layerParts(layerArn);
  const cli = parts
    ? `aws lambda add-layer-version-permission --region ${cliArg(parts.region)} --layer-name ${cliArg(parts.name)} --version-number ${parts.version} --statement-id allow-${callerAccount} --action lambda:GetLayerVersion --principal ${callerAccount}`
    : undefined;
  return {
    kind: 'config-change',
    layer: 'resource',
    summary: `The layer owner (account ${owner}) grants account ${callerAccount} lambda:GetLayerVersion on ${parts ? `${parts.name} version ${parts.version}` : layerArn} (add-layer-version-permission).`,
    ...(cli ? { cli: `${cli}  # run in account ${owner}` } : {}),
    cdk: `// in the layer owner's stack (account ${owner})\nlayerVersion.addPermission('Allow${callerAccount}', { accountId: '${callerAccount}' });`,
    notes: ['A layer version permission covers one version: grant every version the functions use.'],
  };
}

function fixFor(denial: DeniedRequest, layerArn: string, owner: string, callerAccount: string): FixSpec {
  const who = denial.caller.roleName ?? denial.caller.userName ?? lastSegment(callerPrincipalArn(denial));
  const identity = callerAllowFix(
    denial,
    [{ Effect: 'Allow', Action: 'lambda:GetLayerVersion', Resource: layerArn }],
    `Allow ${who} lambda:GetLayerVersion on ${layerArn} in its own policy.`,
  );
  const grant = ownerGrant(layerArn, owner, callerAccount);
  if (denial.reason.policyType === 'resource') return { ...grant, then: [identity] };
  const named = namedLayerFix(denial, { Effect: 'Allow', Action: 'lambda:GetLayerVersion', Resource: layerArn });
  if (named) return { ...named, then: [identity, grant] };
  return { ...identity, then: [grant] };
}

function run(input: CheckInput): CheckResult {
  const { denial, snapshot } = input;
  const flag = flagOf(denial, 'cross-account-layer');
  if (!denial || !flag) return notApplicable('Not a layer of another account denied at deploy time.');
  const layerArn = flagData(flag, 'layerArn') ?? denial.resource ?? '';
  const owner = flagData(flag, 'layerOwner') ?? 'the owner';
  const callerAccount = flagData(flag, 'callerAccount') ?? denial.account;
  const principal = callerPrincipalArn(denial);
  const fnRef = denial.requestParameters?.functionName;
  const fn = findFunction(snapshot, fnRef);
  const name = layerParts(layerArn)?.name ?? layerArn;
  const finding = buildFinding({
    check: LAYER_DENIED_DEPLOY,
    fn,
    principal,
    title: `${lastSegment(principal)} may not use layer ${name} of account ${owner}${fnRef ? ` for ${lastSegment(fnRef)}` : ''}`,
    summary: `${denial.eventName.replace(/\d{8}.*$/, '')} was refused because ${lastSegment(principal)} may not read layer ${layerArn}: the layer owner (${owner}) must grant lambda:GetLayerVersion to account ${callerAccount}, and the deployer's policy must allow it.`,
    action: 'lambda:GetLayerVersion',
    resource: layerArn,
    stated: awsStated(denial),
    details: [...flag.reasons],
    fix: renderFix(fixFor(denial, layerArn, owner, callerAccount)),
    denial,
    cause: `layer|${owner}`,
  });
  return result([finding]);
}

/** `LAA-LAYER-DENIED-DEPLOY`. */
export const LAYER_DENIED_DEPLOY: Check = {
  id: 'LAA-LAYER-DENIED-DEPLOY',
  title: "A deployer may not use another account's layer",
  topic: 'cross-account',
  category: 'cross-account',
  defaultSeverity: 'high',
  docsUrl: DOCS_URL,
  fixKinds: [
    'config-change',
    'identity-statement',
    'permission-set',
    'boundary',
    'org-policy',
    'session-policy',
    'remove-statement',
  ],
  scope: 'event',
  run,
};
