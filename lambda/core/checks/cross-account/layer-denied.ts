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
import { en, lines, msg, type MessageRef } from '../../i18n';
import { callerAllowFix, callerPrincipalArn, namedLayerFix } from '../shared/caller-fix';
import { awsStated, findFunction, flagData, flagOf } from '../shared/flags';
import { buildFinding, notApplicable, result } from '../shared/finding';
import type { Check, CheckInput, CheckResult } from '../types';
import { layerParts } from './layer';

const DOCS_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html';
const GET_LAYER = 'lambda:GetLayerVersion';

/** A fix step with the catalog references of its own summary and notes (absent: English only). */
interface Step {
  readonly spec: FixSpec;
  readonly summary?: MessageRef;
  readonly notes: readonly MessageRef[];
}

/** The layer owner's grant to the deployer's account (the smallest grant the API offers besides an org ID). */
function ownerGrant(layerArn: string, owner: string, callerAccount: string): Step {
  const parts = layerParts(layerArn);
  const names = { owner, account: callerAccount, action: GET_LAYER, cli: 'add-layer-version-permission' };
  const summary = parts
    ? msg('cross.layer.grant', { ...names, name: parts.name, version: parts.version })
    : msg('cross.layer.grantArn', { ...names, layerArn });
  const note = msg('cross.layer.grantNote');
  const cli = parts
    ? `aws lambda add-layer-version-permission --region ${cliArg(parts.region)} --layer-name ${cliArg(parts.name)} --version-number ${parts.version} --statement-id allow-${callerAccount} --action lambda:GetLayerVersion --principal ${callerAccount}`
    : undefined;
  const spec: FixSpec = {
    kind: 'config-change',
    layer: 'resource',
    summary: en(summary),
    ...(cli ? { cli: `${cli}  # run in account ${owner}` } : {}),
    cdk: `// in the layer owner's stack (account ${owner})\nlayerVersion.addPermission('Allow${callerAccount}', { accountId: '${callerAccount}' });`,
    notes: [en(note)],
  };
  return { spec, summary, notes: [note] };
}

/** The fix (primary step in the layer AWS named) and the catalog references of its summary and notes. */
function fixFor(denial: DeniedRequest, layerArn: string, owner: string, callerAccount: string): Step {
  const who = denial.caller.roleName ?? denial.caller.userName ?? lastSegment(callerPrincipalArn(denial));
  const allowSelf = msg('cross.layer.allowSelf', { who, action: GET_LAYER, layerArn });
  const identity = callerAllowFix(
    denial,
    [{ Effect: 'Allow', Action: 'lambda:GetLayerVersion', Resource: layerArn }],
    en(allowSelf),
  );
  const grant = ownerGrant(layerArn, owner, callerAccount);
  if (denial.reason.policyType === 'resource') return { ...grant, spec: { ...grant.spec, then: [identity] } };
  const named = namedLayerFix(denial, { Effect: 'Allow', Action: 'lambda:GetLayerVersion', Resource: layerArn });
  if (named) return { spec: { ...named, then: [identity, grant.spec] }, notes: grant.notes };
  return { spec: { ...identity, then: [grant.spec] }, summary: allowSelf, notes: grant.notes };
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
  const who = lastSegment(principal);
  const title = msg('cross.layer.title', {
    who,
    name,
    owner,
    ...(fnRef ? { fnless: 'no', fn: lastSegment(fnRef) } : { fnless: 'yes' }),
  });
  const summary = msg('cross.layer.summary', {
    event: denial.eventName.replace(/\d{8}.*$/, ''),
    who,
    layerArn,
    owner,
    action: GET_LAYER,
    account: callerAccount,
  });
  const fix = fixFor(denial, layerArn, owner, callerAccount);
  const finding = buildFinding({
    check: LAYER_DENIED_DEPLOY,
    fn,
    principal,
    title: en(title),
    summary: en(summary),
    action: 'lambda:GetLayerVersion',
    resource: layerArn,
    stated: awsStated(denial),
    details: [...flag.reasons],
    // `fix.propagation`: the note the fix renderers add to IAM changes (localized by its English text).
    text: { title, summary, fixSummary: fix.summary, lines: lines(...fix.notes, msg('fix.propagation')) },
    fix: renderFix(fix.spec),
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
