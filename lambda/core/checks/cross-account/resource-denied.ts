/**
 * `LAA-CROSS-ACCOUNT-RESOURCE`: a role (typically a function's execution role) was denied on a resource
 * in ANOTHER account (queue, bucket, key, secret, table…; intake flag `cross-account-resource`). Across
 * accounts BOTH the caller's identity policy and the resource's policy must allow the request (IAM user
 * guide, cross-account policy evaluation logic), so the finding names both sides: the primary fix goes to
 * the layer AWS named (identity Allow here, or the statement the other account adds), the other side
 * follows as `then`. Role assumption (LAA-CROSS-ACCOUNT-ASSUME), layers (LAA-LAYER-DENIED-DEPLOY) and
 * invokes by users and roles (LAA-IDENTITY-INVOKE) have their own checks.
 */
import { accountOf, lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { renderFix } from '../../fix';
import type { FixSpec } from '../../fix/types';
import { en, lines, msg, type MessageRef } from '../../i18n';
import type { PolicyStatementJson } from '../../policy/model';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { callerAllowFix, callerPrincipalArn, namedLayerFix } from '../shared/caller-fix';
import { awsStated, flagData, flagOf, functionsUsingRole, hasFlag } from '../shared/flags';
import { buildFinding, notApplicable, result } from '../shared/finding';
import { DOCS } from '../shared/references';
import { resourceSideFix, resourceSideNotes, resourceSideResource, s3PrefixPattern } from '../shared/resource-side';
import { typeParams, whoParams } from '../shared/describe';
import type { Check, CheckInput, CheckResult } from '../types';
import { AWS_LAYER_FIX_KINDS } from '../shared/aws-layer';

const EVALUATION_URL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';

/** Denials other checks own even though the resource is in another account. */
function ownedElsewhere(denial: DeniedRequest): string | undefined {
  if (/^sts:AssumeRole/i.test(denial.action)) return 'Cross-account role assumption: LAA-CROSS-ACCOUNT-ASSUME.';
  if (hasFlag(denial, 'cross-account-layer')) return 'A layer of another account: LAA-LAYER-DENIED-DEPLOY.';
  if (hasFlag(denial, 'identity-invoke')) return 'An invoke by a user or role: LAA-IDENTITY-INVOKE.';
  if (denial.caller.type !== 'AssumedRole' && denial.caller.type !== 'IAMUser')
    return 'The caller is not a role or user.';
  return undefined;
}

function callingFunction(snapshot: Snapshot, denial: DeniedRequest): FunctionInfo | undefined {
  const roleArn = denial.caller.roleArn;
  if (!roleArn) return undefined;
  const users = functionsUsingRole(snapshot, roleArn);
  return users.find((f) => f.name === denial.caller.sessionName) ?? (users.length === 1 ? users[0] : undefined);
}

/** The fix and the catalog references of its primary summary (absent: another layer's fix, English) and notes. */
interface Fix {
  readonly spec: FixSpec;
  readonly summary?: MessageRef;
  readonly notes: readonly MessageRef[];
}

/** Primary fix in the layer AWS named; the remaining side(s) follow in order. */
function fixFor(denial: DeniedRequest, resource: string, owner: string, fn?: FunctionInfo): Fix {
  const principal = callerPrincipalArn(denial);
  const who = denial.caller.roleName ?? lastSegment(principal);
  const identityStatement: PolicyStatementJson = {
    Effect: 'Allow',
    Action: denial.action,
    Resource: s3PrefixPattern(resource) ?? resource,
  };
  const names = { who, action: denial.action, resource, owner };
  const allowSelf = msg('cross.resource.allowSelf', names);
  const identity = callerAllowFix(denial, [identityStatement], en(allowSelf), fn ? 'fn' : undefined);
  const ownerAdds = msg('cross.resource.ownerAdds', names);
  const resourceSide = resourceSideFix(resource, denial.action, principal, en(ownerAdds));
  const notes = resourceSideNotes(resource, resourceSide.statement);
  const r = denial.reason;
  if (r.policyType === 'resource' && r.kind === 'explicit') {
    const removeDeny = msg('cross.resource.removeDeny', {
      owner,
      resource,
      ...(r.policyArn ? { arnless: 'no', policyArn: r.policyArn } : { arnless: 'yes' }),
    });
    const remove: FixSpec = {
      kind: 'remove-statement',
      location: { in: 'unknown', layer: 'resource' },
      summary: en(removeDeny),
    };
    return { spec: { ...remove, then: [resourceSide, identity] }, summary: removeDeny, notes };
  }
  if (r.policyType === 'resource') return { spec: { ...resourceSide, then: [identity] }, summary: ownerAdds, notes };
  const named = namedLayerFix(denial, {
    Effect: 'Allow',
    Action: denial.action,
    Resource: resourceSideResource(resource),
  });
  if (named) return { spec: { ...named, then: [identity, resourceSide] }, notes };
  return { spec: { ...identity, then: [resourceSide] }, summary: allowSelf, notes };
}

function run(input: CheckInput): CheckResult {
  const { snapshot, catalog } = input;
  const flag = flagOf(input.denial, 'cross-account-resource');
  if (!input.denial || !flag) return notApplicable('The denied resource is not in another account.');
  // Messages may spell the action in lower case (SQS: `sqs:sendmessage`): statements use the canonical name.
  const denial = { ...input.denial, action: catalog?.canonical(input.denial.action) ?? input.denial.action };
  const elsewhere = ownedElsewhere(denial);
  if (elsewhere) return notApplicable(elsewhere);
  const resource = flagData(flag, 'resource') ?? denial.resource ?? '*';
  const owner = flagData(flag, 'resourceAccount') ?? accountOf(resource) ?? 'the owner';
  const fn = callingFunction(snapshot, denial);
  const principal = callerPrincipalArn(denial);
  const who = whoParams(fn?.name, fn ? String(denial.caller.roleName) : (denial.caller.roleName ?? principal));
  const r = denial.reason;
  const title = msg('cross.resource.title', { ...who, action: denial.action, owner });
  const summary = msg('cross.resource.summary', {
    resource,
    owner,
    action: denial.action,
    caller: lastSegment(principal),
    ...(r.policyType ? { named: 'yes', ...typeParams(r.policyTypeText ?? r.policyType, false) } : { named: 'no' }),
  });
  const fix = fixFor(denial, resource, owner, fn);
  const finding = buildFinding({
    check: CROSS_ACCOUNT_RESOURCE,
    fn,
    principal: fn ? undefined : principal,
    title: en(title),
    summary: en(summary),
    action: denial.action,
    resource,
    stated: awsStated(denial),
    details: [...flag.reasons],
    // `fix.propagation`: the note the fix renderers add to IAM changes (localized by its English text).
    text: { title, summary, fixSummary: fix.summary, lines: lines(...fix.notes, msg('fix.propagation')) },
    fix: renderFix(fix.spec),
    denial,
    references: [DOCS.crossAccountEvaluation, DOCS.crossAccount],
    cause: `cross-account|${owner}`,
  });
  return result([finding]);
}

/** `LAA-CROSS-ACCOUNT-RESOURCE`. */
export const CROSS_ACCOUNT_RESOURCE: Check = {
  id: 'LAA-CROSS-ACCOUNT-RESOURCE',
  title: 'Access to a resource in another account needs both sides',
  topic: 'cross-account',
  category: 'cross-account',
  defaultSeverity: 'high',
  docsUrl: EVALUATION_URL,
  fixKinds: [...AWS_LAYER_FIX_KINDS],
  scope: 'event',
  run,
};
