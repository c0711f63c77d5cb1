/**
 * LAA-CROSS-ACCOUNT-ASSUME: a role assumption across accounts was denied. It needs BOTH the caller's
 * identity-side `sts:AssumeRole` allow (identity policies, boundary, SCPs of the caller's account)
 * AND the target role's trust policy naming the caller. The engine checks each side it can see: the
 * caller when it is in the snapshot, the trust policy when the target role is; otherwise the finding
 * prints the exact trust statement the other account must add. AWS's word orders the fix: when its
 * message says the caller's identity-based policy allows no sts:AssumeRole, the caller's policy comes first
 * (not the target's trust policy); a resource-based (trust) policy named first puts the trust statement first.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { Finding, FindingFix } from '../../findings/types';
import { en, lines, msg, type MessageRef } from '../../i18n';
import { compilePolicy, evaluate, parsePolicy } from '../../policy';
import type { AuthzRequest, CompiledPolicy, Decision, RequestPrincipal } from '../../policy/model';
import { findRole, resourcePolicy } from '../../snapshot/policy-sets';
import type { RoleInfo, Snapshot } from '../../snapshot/types';
import { accountOf, lastSegment } from '../../arn';
import { renderFix, tsString } from '../../fix';
import type { FixSpec, TrustMergeFix } from '../../fix/types';
import { callerLabel, callerTarget, callerView } from '../shared/caller';
import {
  awsLayer,
  callerSubject,
  sameLayer,
  viaPermissionSet,
  withAwsExplanation,
  AWS_LAYER_FIX_KINDS,
} from '../shared/aws-layer';
import { messageFixSpec } from '../shared/message-fix';
import { DOCS } from '../shared/references';
import { buildFinding, decisionEvidence, nearMissLines, notApplicable, passed } from '../shared/finding';
import { assumedAllowAll } from '../shared/function-policy';
import { roleSessionPrincipal } from '../shared/principal';
import {
  ASSUME,
  assumeDetailRefs,
  assumeFixParams,
  assumeFixSummary,
  assumeSteps,
  refusingSide,
} from '../shared/assume-text';
import type { Check, CheckInput, CheckResult } from '../types';

const ID = 'LAA-CROSS-ACCOUNT-ASSUME';

let openTrust: CompiledPolicy | undefined;
/** Stands for a target trust policy we cannot see, so the caller side is judged alone. */
function assumedTrust(): CompiledPolicy {
  openTrust ??= compilePolicy(
    parsePolicy(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] },
      {
        type: 'trust',
        name: 'trust policy of the target role (not in the snapshot, assumed to allow)',
        origin: 'probe',
      },
    ),
  );
  return openTrust;
}

/** The role ARN the caller tried to assume. */
export function targetRoleArn(denial: DeniedRequest): string | undefined {
  if (denial.resource && /^arn:[\w-]+:iam::\d{12}:role\//.test(denial.resource)) return denial.resource;
  return denial.requestParameters?.roleArn ?? denial.classification.roleArn;
}

/** The IAM ARN a trust policy must name for this caller (the role, not the session). */
export function trustPrincipalArn(denial: DeniedRequest): string | undefined {
  const c = denial.caller;
  return c.type === 'AssumedRole' ? c.roleArn : c.arn;
}

function requestPrincipal(denial: DeniedRequest, known?: RequestPrincipal): RequestPrincipal | undefined {
  if (known) return known;
  const c = denial.caller;
  if (c.type === 'AssumedRole' && c.roleArn)
    return roleSessionPrincipal(c.roleArn, c.sessionName ?? 'session', c.accountId ?? accountOf(c.roleArn) ?? '');
  if (c.arn) return { kind: c.type === 'IAMUser' ? 'user' : 'role', arn: c.arn, accountId: c.accountId };
  return undefined;
}

interface Sides {
  readonly request: AuthzRequest;
  readonly caller?: Decision;
  readonly trust?: Decision;
  readonly targetRole?: RoleInfo;
}

function evaluateSides(snapshot: Snapshot, denial: DeniedRequest, roleArn: string): Sides | undefined {
  const view = callerView(snapshot, denial);
  const principal = requestPrincipal(denial, view?.principal);
  if (!principal) return undefined;
  const externalId = denial.requestParameters?.externalId;
  const request: AuthzRequest = {
    principal,
    action: 'sts:AssumeRole',
    resource: roleArn,
    context: externalId ? { 'sts:ExternalId': externalId } : {},
  };
  const caller = view ? evaluate(request, { ...view.policySet, resource: assumedTrust() }) : undefined;
  const targetRole = findRole(snapshot, roleArn);
  const trust = targetRole
    ? evaluate(request, {
        identity: [assumedAllowAll()],
        resource: resourcePolicy(targetRole.trustPolicy, `trust policy of ${targetRole.name}`, 'trust'),
      })
    : undefined;
  return { request, caller, trust, targetRole };
}

function trustStatement(principalArn: string) {
  return {
    Sid: `AllowAssumeFrom${accountOf(principalArn) ?? ''}`,
    Effect: 'Allow',
    Principal: { AWS: principalArn },
    Action: 'sts:AssumeRole',
  };
}

function trustFix(roleArn: string, principalArn: string, role?: RoleInfo): TrustMergeFix {
  const account = accountOf(roleArn);
  return {
    kind: 'trust-merge',
    summary: assumeFixSummary(assumeFixParams(roleArn, principalArn), 'trust'),
    roleName: lastSegment(roleArn),
    statement: trustStatement(principalArn),
    existing: role?.trustPolicy,
    account: role ? undefined : account,
    cdk: `// in the stack of account ${account}:\ntargetRole.assumeRolePolicy?.addStatements(new iam.PolicyStatement({\n  actions: ['sts:AssumeRole'],\n  principals: [new iam.ArnPrincipal(${tsString(principalArn)})],\n}));`,
    notes: [en(msg('cross.assume.bothSides', { action: ASSUME }))],
  };
}

/**
 * True when the trust policy itself lets the caller in. Judged on the trust layer (not the overall
 * decision): a role can never be assumed on identity-policy grants alone, even in its own account.
 */
export function trustAllows(decision: Decision): boolean {
  const layer = decision.layers.find((l) => l.type === 'trust');
  return decision.decision !== 'ExplicitlyDenied' && layer?.outcome === 'allow';
}

interface Verdict {
  readonly callerFails: boolean;
  readonly trustFails: boolean;
  readonly trustUnknown: boolean;
}

/**
 * The fixes, in order: by AWS's word first (the caller's identity policy when AWS said no identity-based
 * policy allows it, the trust policy when AWS named a resource-based policy, else the layer AWS named), then
 * the other side as far as the evaluation shows it refuses; without AWS's word, caller side then trust side.
 */
function fixFor(
  denial: DeniedRequest,
  roleArn: string,
  principalArn: string,
  v: Verdict,
  sides?: Sides,
): { fix: FindingFix; summary?: MessageRef } | undefined {
  const target = callerTarget(denial);
  const layer = awsLayer(denial);
  const params = assumeFixParams(roleArn, principalArn, target?.name);
  const callerFix: FixSpec | undefined = target && {
    kind: 'identity-statement',
    summary: assumeFixSummary(params, 'caller'),
    target,
    policyName: 'laa-fix-sts-assumerole',
    statements: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }],
  };
  const trust: FixSpec =
    sameLayer(layer, 'trust') && denial.reason.kind === 'explicit'
      ? {
          kind: 'remove-statement',
          summary: assumeFixSummary(params, 'remove'),
          location: { in: 'trust', roleName: lastSegment(roleArn) },
        }
      : trustFix(roleArn, principalArn, sides?.targetRole);
  const needsCaller = v.callerFails || layer === 'identity';
  const needsTrust = v.trustFails || (v.trustUnknown && layer !== 'identity') || sameLayer(layer, 'trust');
  const ordered: (FixSpec | undefined)[] = sameLayer(layer, 'trust')
    ? [trust, needsCaller ? callerFix : undefined]
    : [needsCaller ? callerFix : undefined, needsTrust ? trust : undefined];
  const steps = assumeSteps(
    ordered
      .filter((f): f is FixSpec => f !== undefined)
      .map((f) => (f === callerFix ? 'caller' : f.kind === 'remove-statement' ? 'remove' : 'trust')),
  );
  const who = callerSubject(denial);
  const first =
    layer && layer !== 'identity' && !sameLayer(layer, 'trust') && who ? messageFixSpec(denial, who) : undefined;
  const specs = [first, ...ordered]
    .filter((f): f is FixSpec => f !== undefined)
    .map((f) => viaPermissionSet(denial, f));
  const [head, ...rest] = specs;
  if (!head) return undefined;
  const unknownNote = msg('cross.assume.trustNotSeen', { roleArn, principal: principalArn });
  const fix = renderFix({
    ...head,
    summary: specs.map((f) => f.summary).join(' Then: '),
    notes: [...(head.notes ?? []), ...(layer === 'identity' && v.trustUnknown ? [en(unknownNote)] : [])],
    then: rest,
  });
  return { fix, summary: first ? undefined : msg('cross.assume.fix', { ...params, steps }) };
}

/** The engine's evidence for both sides (structured; its near-miss lines stay English). */
function evidence(v: Verdict, sides?: Sides) {
  const decisions = [sides?.caller, sides?.trust].filter((d): d is Decision => d !== undefined);
  const deciding = v.callerFails ? sides?.caller : sides?.trust;
  return {
    decision: deciding?.decision,
    decidingPolicyType: v.callerFails ? sides?.caller?.decidingType : 'trust',
    statements: decisions.flatMap(decisionEvidence),
    nearMisses: decisions.flatMap((d) => nearMissLines(d)),
  };
}

function assumeFinding(denial: DeniedRequest, roleArn: string, sides: Sides | undefined): Finding | undefined {
  const principalArn = trustPrincipalArn(denial) ?? callerLabel(denial);
  const v: Verdict = {
    callerFails: sides?.caller !== undefined && sides.caller.decision !== 'Allowed',
    trustFails: sides?.trust !== undefined && !trustAllows(sides.trust),
    trustUnknown: sides?.trust === undefined,
  };
  const layer = awsLayer(denial);
  const visible = !layer || layer === 'identity' || sameLayer(layer, 'trust');
  // Both sides allow now: already fixed — unless AWS named a layer the snapshot cannot see (no silent drop).
  if (sides && !v.callerFails && !v.trustFails && !v.trustUnknown && visible) return undefined;
  const names = {
    caller: lastSegment(principalArn),
    roleArn,
    side: refusingSide(v.callerFails, v.trustFails),
    action: ASSUME,
  };
  const title = msg('cross.assume.title', names);
  const summary = msg('cross.assume.summary', { ...names, account: denial.caller.accountId ?? denial.account });
  const caller = sides?.caller && { label: callerLabel(denial), decision: sides.caller };
  const trust = sides?.trust && trustAllows(sides.trust);
  const details = assumeDetailRefs(roleArn, caller, trust, denial.reason.policyTypeText);
  const notes = [
    msg('cross.assume.bothSides', { action: ASSUME }),
    msg('cross.assume.trustNotSeen', { roleArn, principal: principalArn }),
    msg('fix.propagation'),
  ];
  const fix = fixFor(denial, roleArn, principalArn, v, sides);
  return buildFinding({
    check: crossAccountAssume,
    severity: denial.classification.severityHint ?? 'high',
    principal: principalArn,
    title: en(title),
    action: ASSUME,
    resource: roleArn,
    summary: en(summary),
    stated: evidence(v, sides),
    details: details.map(en),
    // Notes by their English text: the trust statement's, the unseen trust policy's, the fix renderers' propagation note.
    text: { title, summary, fixSummary: fix?.summary, lines: lines(...details, ...notes) },
    denial,
    fix: fix?.fix,
    references: [DOCS.crossAccount, DOCS.troubleshootRoles],
    key: {
      principal: principalArn,
      action: 'sts:AssumeRole',
      resourcePattern: roleArn,
      cause: `${v.callerFails}|${v.trustFails}|${v.trustUnknown}`,
    },
  });
}

function run({ snapshot, denial }: CheckInput): CheckResult {
  if (!denial || denial.classification.class !== 'cross-account')
    return notApplicable('The denial is not a cross-account denial.');
  if (denial.action.toLowerCase() !== 'sts:assumerole')
    return notApplicable(`The denied action ${denial.action} is not a role assumption.`);
  const roleArn = targetRoleArn(denial);
  if (!roleArn) return notApplicable('The denial does not name the role to assume.');
  const finding = assumeFinding(denial, roleArn, evaluateSides(snapshot, denial, roleArn));
  return finding
    ? { status: 'fail', findings: [withAwsExplanation(finding, denial)] }
    : passed([
        `Both ${callerLabel(denial)}'s policies and the trust policy of ${roleArn} allow it now: already fixed, or an SCP / session policy outside the snapshot denied it.`,
      ]);
}

/** The check object. */
export const crossAccountAssume: Check = {
  id: ID,
  title: 'Cross-account role assumption is allowed on both sides',
  topic: 'cross-account',
  category: 'cross-account',
  defaultSeverity: 'high',
  docsUrl: DOCS.crossAccount.url,
  fixKinds: [...AWS_LAYER_FIX_KINDS, 'trust-merge'],
  scope: 'event',
  run,
};
