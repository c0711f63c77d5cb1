/**
 * Proposes the smallest change that would let a denied request succeed: a least-privilege Allow
 * (exact canonical action, exact resource) in the layer that lacks one, or — for explicit denies —
 * the statement that must change, since an added Allow can never override a Deny.
 */
import { s3PrefixPattern } from '../arn';
import { principalFacts } from './context';
import type {
  ActionCatalog,
  AuthzRequest,
  Decision,
  FixProposal,
  PolicyStatementJson,
  PolicyType,
  StatementRef,
} from './model';
import { describeStatement, isAwsManaged, TYPE_NAME } from './wording';

type FixKind = FixProposal['kind'];

const KIND_FOR: Partial<Record<PolicyType, FixKind>> = {
  identity: 'add-identity-allow',
  resource: 'add-resource-allow',
  trust: 'add-resource-allow',
  'permissions-boundary': 'change-permissions-boundary',
  session: 'change-session-policy',
  scp: 'change-scp',
  rcp: 'change-rcp',
  'vpc-endpoint': 'change-vpc-endpoint-policy',
};

/** `Principal` naming the caller as a resource policy should (role ARN for sessions, service name). */
function principalOf(request: AuthzRequest): Record<string, string> | undefined {
  const p = request.principal;
  if (p.kind === 'service') return { Service: p.arn };
  if (p.kind === 'federated') return { Federated: p.arn };
  if (p.kind === 'anonymous') return undefined;
  return { AWS: principalFacts(p).roleArn ?? p.arn };
}

/** `Allow` + the action in PascalCase, e.g. `AllowS3GetObject`, `AllowLambdaInvokeFunction`. */
function sidFor(action: string): string {
  const pascal = action
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return `Allow${pascal}`.slice(0, 100);
}

/**
 * The resource of a proposed statement: the exact ARN, except where the exact ARN changes from call to
 * call (CloudWatch Logs streams: the minimal pattern is every stream of the log group).
 */
function fixResource(resource: string): { resource: string; note?: string } {
  const prefix = s3PrefixPattern(resource);
  if (prefix && prefix !== resource)
    return { resource: prefix, note: `One grant for the prefix ${prefix}, not one per object key.` };
  const m = /^(arn:[\w-]+:logs:[^:]*:\d{12}:log-group:[^:]+):log-stream:.+$/.exec(resource);
  if (!m) return { resource };
  return {
    resource: `${m[1]}:log-stream:*`,
    note: 'Log stream names change with each execution environment: the statement covers every stream of the log group.',
  };
}

function allowStatement(
  request: AuthzRequest,
  action: string,
  type: PolicyType,
  resource: string,
): PolicyStatementJson {
  const principal = type === 'resource' ? principalOf(request) : undefined;
  return {
    Sid: sidFor(action),
    Effect: 'Allow',
    ...(principal ? { Principal: principal } : {}),
    Action: action,
    Resource: resource,
  };
}

/** Notes about the other side of a cross-account request. */
function crossAccountNotes(decision: Decision, type: PolicyType): string[] {
  if (!decision.crossAccount) return [];
  if (type === 'resource' || type === 'trust')
    return ['Cross-account: the caller’s identity-based policy must allow the action too.'];
  if (type !== 'identity') return [];
  const res = decision.layers.find((l) => l.type === 'resource' || l.type === 'trust');
  return res?.outcome === 'allow'
    ? ['Cross-account: the resource-based policy already allows the caller; only the identity side is missing.']
    : ['Cross-account: the resource-based policy of the resource must allow the caller too.'];
}

/** What to do about the deny `target`: change it, or — AWS managed policies are read-only — detach it. */
function denySummary(target: StatementRef | undefined): string {
  if (!target) return 'Change the explicit deny.';
  if (isAwsManaged(target.policy))
    return `Detach the AWS managed policy ${target.policy.name} (AWS managed policies cannot be edited): its ${describeStatement(target)} denies the request.`;
  return `Change the explicit deny in ${describeStatement(target)}.`;
}

function denyFix(decision: Decision): FixProposal {
  const target = decision.deciding[0];
  const type = decision.decidingType ?? target?.policy.type;
  const notes = ['Adding an Allow anywhere does not help: an explicit Deny overrides every Allow.'];
  const hasCondition =
    typeof target?.statement === 'object' && target.statement !== null && 'Condition' in target.statement;
  if (target && isAwsManaged(target.policy))
    notes.push('If the rest of the policy is needed, attach a customer managed copy without this Deny.');
  else
    notes.push(
      hasCondition
        ? 'Narrow the Deny (its Action, Resource or Condition) so that it no longer matches this request, if the request is legitimate.'
        : 'Narrow the Deny (its Action or Resource) or add a Condition exception, if the request is legitimate.',
    );
  if (decision.deciding.length > 1) notes.push(`${decision.deciding.length} Deny statements match; each must change.`);
  return {
    kind: 'edit-explicit-deny',
    ...(type ? { layer: type } : {}),
    ...(target ? { target } : {}),
    summary: denySummary(target),
    notes,
  };
}

/** Notes about statements that almost allowed the request: often the smallest edit is to one of them. */
function nearMissNotes(request: AuthzRequest, decision: Decision): string[] {
  const out: string[] = [];
  for (const m of decision.nearMisses) {
    if (m.failed.length !== 1) continue;
    // AWS managed policies are read-only: only customer managed and inline statements can be extended.
    if (m.failed[0] !== 'condition' && isAwsManaged(m.statement.policy)) continue;
    const where = describeStatement(m.statement);
    if (m.failed[0] === 'condition')
      out.push(`${where} would allow the request but its condition is not met: ${m.detail}`);
    if (m.failed[0] === 'resource')
      out.push(`Alternatively, extend the Resource of ${where} to cover ${request.resource}.`);
    if (m.failed[0] === 'action') out.push(`Alternatively, add the action to the Action of ${where}.`);
  }
  return out;
}

/** The IAM identity whose policies a fix changes (`role r`, `user u`), when the request names one. */
function identityOf(request: AuthzRequest): string | undefined {
  const p = request.principal;
  const roleArn = principalFacts(p).roleArn;
  if (roleArn) return `role ${roleArn.slice(roleArn.lastIndexOf('/') + 1)}`;
  if (p.kind === 'user') return `user ${p.arn.slice(p.arn.lastIndexOf('/') + 1)}`;
  return undefined;
}

/** Where the Allow goes, as precisely as the request says: `role r (inline policy)`, `the permissions boundary of role r`. */
function whereToAdd(request: AuthzRequest, type: PolicyType): string {
  const who = identityOf(request);
  if (type === 'identity') return who ? `${who} (inline policy)` : 'the caller’s identity-based policy';
  if (type === 'resource') return 'its resource-based policy';
  if ((type === 'permissions-boundary' || type === 'session') && who) return `the ${TYPE_NAME[type]} of ${who}`;
  return `the ${TYPE_NAME[type]}`;
}

function missingAllowFix(request: AuthzRequest, decision: Decision, catalog: ActionCatalog | undefined): FixProposal {
  const type: PolicyType = decision.decidingType ?? 'identity';
  const kind = KIND_FOR[type] ?? 'add-identity-allow';
  const layerName = TYPE_NAME[type];
  const canonical = catalog?.canonical(request.action);
  const notes = nearMissNotes(request, decision);
  if (type === 'scp' || type === 'rcp')
    notes.push(
      `Every level of the organization (root, each OU, the account) must allow the action; ${type === 'scp' ? 'service' : 'resource'} control policies are changed from the management account.`,
    );
  if (type === 'permissions-boundary' || type === 'session')
    notes.push(`The ${layerName} limits identity grants: an Allow in an identity-based policy alone does not help.`);
  notes.push(...crossAccountNotes(decision, type));

  if (!canonical) {
    notes.push(
      catalog
        ? `${request.action} is not in the IAM action catalog: check the action name before granting it.`
        : 'No IAM action catalog was given: the action name was not validated.',
    );
    return { kind, layer: type, summary: `Add an Allow for ${request.action} to ${whereToAdd(request, type)}.`, notes };
  }
  if (type === 'trust') {
    const principal = principalOf(request);
    notes.push(
      `Add to the role trust policy: ${JSON.stringify({ Effect: 'Allow', Principal: principal, Action: canonical })}`,
    );
    return {
      kind,
      layer: type,
      summary: `Allow ${principal ? JSON.stringify(principal) : 'the caller'} to ${canonical} in the role trust policy.`,
      notes,
    };
  }
  const target = fixResource(request.resource);
  if (target.note) notes.push(target.note);
  return {
    kind,
    layer: type,
    statement: allowStatement(request, canonical, type, target.resource),
    summary: `Add an Allow for ${canonical} on ${target.resource} to ${whereToAdd(request, type)}.`,
    notes,
  };
}

/**
 * Proposes the smallest fix for a decision.
 * @param request the evaluated request
 * @param decision the result of `evaluate`
 * @param catalog action catalog; a fix never names an action the catalog does not know. Without one the
 *   action cannot be validated, so no statement is proposed and a note says so (deterministic; nothing is loaded)
 */
export function proposeFix(request: AuthzRequest, decision: Decision, catalog?: ActionCatalog): FixProposal {
  if (decision.decision === 'Allowed')
    return { kind: 'none', summary: 'The request is allowed: nothing to change.', notes: [] };
  if (decision.awsRule)
    return {
      kind: 'none',
      summary: `No policy change can allow this: ${decision.awsRule.detail}.`,
      notes: ['AWS refuses this request whatever the policies say; change a resource you own instead.'],
    };
  if (decision.decision === 'ExplicitlyDenied') return denyFix(decision);
  return missingAllowFix(request, decision, catalog);
}
