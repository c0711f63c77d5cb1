/**
 * Fixes diagnosed from AWS's error message alone, for a role session whose role is not in the snapshot:
 * the layer AWS named (`DeniedRequest.reason`) decides the fix. Missing Allows reuse the engine's
 * {@link proposeFix} (catalog-canonical action, exact resource) and the shared renderers; explicit denies
 * name the layer and policy that must change, since an added Allow never overrides a Deny.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { FindingFix } from '../../findings/types';
import { proposeFix } from '../../policy';
import type { ActionCatalog, AuthzRequest, Decision, FixProposal, PolicyType } from '../../policy/model';
import { TYPE_NAME, textWithArticle } from '../../policy/wording';
import { accountOf, iamRoleArn, lastSegment, parseArn, partitionOf } from '../../arn';
import { cliArg, fixPolicyName, PROPAGATION_NOTE, renderFix } from '../../fix';
import { renderProposal } from './proposal';
import { roleSessionPrincipal } from './principal';

/** The role session a message-based diagnosis is about. */
export interface MessageCaller {
  readonly roleArn: string;
  readonly roleName: string;
  readonly sessionName: string;
  readonly accountId: string;
}

/** The caller's role session, when the denial names one (`AssumedRole` with a role ARN or name). */
export function messageCaller(denial: DeniedRequest): MessageCaller | undefined {
  const c = denial.caller;
  if (c.type !== 'AssumedRole') return undefined;
  const accountId = c.accountId ?? denial.account;
  const partition = partitionOf(c.arn ?? c.roleArn ?? '');
  const roleArn = c.roleArn ?? (c.roleName ? iamRoleArn(partition, accountId, c.roleName) : undefined);
  if (!roleArn) return undefined;
  const sessionName = c.sessionName ?? (c.arn ? lastSegment(c.arn) : undefined) ?? 'unknown';
  return { roleArn, roleName: c.roleName ?? lastSegment(roleArn), sessionName, accountId };
}

/**
 * Whether a denial can be diagnosed from its message: the caller is a role session AND the message is
 * about the caller (Lambda's `InvalidParameterValueException` is about the execution role instead).
 * Execution-role denials qualify, and `lambda:InvokeFunction` denials of a role session.
 */
export function messageDiagnosable(denial: DeniedRequest): boolean {
  if (!messageCaller(denial) || denial.errorCode === 'InvalidParameterValueException') return false;
  const cls = denial.classification.class;
  return (
    cls === 'execution-role' || (cls === 'invoke-permission' && denial.action.toLowerCase() === 'lambda:invokefunction')
  );
}

/** The policy type text AWS wrote (or the engine's name for it). */
export function layerText(denial: DeniedRequest): string | undefined {
  const r = denial.reason;
  return r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : undefined);
}

/** The request as AWS saw it: the caller's session, the action and the resource (`*` when none is named). */
export function messageRequest(denial: DeniedRequest, caller: MessageCaller): AuthzRequest {
  return {
    principal: roleSessionPrincipal(caller.roleArn, caller.sessionName, caller.accountId),
    action: denial.action,
    resource: denial.resource ?? '*',
    context: {},
  };
}

/** A decision that holds only what the message says: the kind and the deciding layer, no statements. */
function messageDecision(request: AuthzRequest, explicit: boolean, type: PolicyType): Decision {
  const resourceAccount = accountOf(request.resource);
  return {
    decision: explicit ? 'ExplicitlyDenied' : 'ImplicitlyDenied',
    decidingType: type,
    deciding: [],
    layers: [],
    nearMisses: [],
    reasons: [],
    crossAccount: resourceAccount !== undefined && resourceAccount !== accountOf(request.principal.arn),
  };
}

/** A command that shows the current resource-based policy of `resource`, for the services that have one. */
function readResourcePolicyCli(resource: string): string | undefined {
  const arn = parseArn(resource);
  if (!arn) return undefined;
  const name = lastSegment(resource);
  switch (arn.service) {
    case 'lambda':
      return `aws lambda get-policy --function-name ${cliArg(resource)}`;
    case 's3':
      return `aws s3api get-bucket-policy --bucket ${cliArg(arn.resource.split('/')[0])}`;
    case 'sns':
      return `aws sns get-topic-attributes --topic-arn ${cliArg(resource)} --query Attributes.Policy`;
    case 'sqs':
      return `aws sqs get-queue-attributes --queue-url $(aws sqs get-queue-url --queue-name ${cliArg(name)} --query QueueUrl --output text) --attribute-names Policy`;
    case 'secretsmanager':
      return `aws secretsmanager get-resource-policy --secret-id ${cliArg(resource)}`;
    case 'kms':
      return `aws kms get-key-policy --key-id ${cliArg(resource)} --policy-name default`;
    default:
      return undefined;
  }
}

/** `add-permission` for a role session invoking a function: the resource-policy fix in CLI and CDK form. */
function invokePermission(resource: string, roleArn: string): Pick<FindingFix, 'cli' | 'cdk'> | undefined {
  const arn = parseArn(resource);
  if (arn?.service !== 'lambda' || !arn.resource.startsWith('function:')) return undefined;
  const sid = `laa-invoke-${lastSegment(roleArn)}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 100);
  return {
    cli: `aws lambda add-permission --function-name ${cliArg(resource)} --statement-id ${sid} --action lambda:InvokeFunction --principal ${roleArn}`,
    cdk: `targetFn.addPermission('${sid}', {\n  principal: new iam.ArnPrincipal('${roleArn}'),\n  action: 'lambda:InvokeFunction',\n});`,
  };
}

/** Notes for a missing Allow in a resource-based policy. */
function resourceNotes(denial: DeniedRequest, request: AuthzRequest, crossAccount: boolean): string[] {
  const notes = [`Add the statement to the resource-based policy of ${request.resource} (principal = the role).`];
  if (!crossAccount)
    notes.push(
      'Same account: an Allow for the role in its identity-based policy would also do (AWS allows a same-account request when either the identity-based or the resource-based policy allows it; KMS key policies are the exception).',
    );
  const read = readResourcePolicyCli(request.resource);
  if (read) notes.push(`Current policy: ${read}`);
  if (denial.resource === undefined) notes.push('The message names no resource: find it in the request.');
  return notes;
}

/** Where the explicit Deny lives and a command to look at it. */
function denyCli(denial: DeniedRequest, caller: MessageCaller, type: PolicyType | undefined): string | undefined {
  const arn = denial.reason.policyArn;
  const versionOf = (p: string) =>
    `aws iam get-policy-version --policy-arn ${p} --version-id $(aws iam get-policy --policy-arn ${p} --query Policy.DefaultVersionId --output text)`;
  switch (type) {
    case 'identity':
      if (arn && accountOf(arn) === 'aws')
        return `aws iam detach-role-policy --role-name ${caller.roleName} --policy-arn ${arn}  # AWS managed policies cannot be edited`;
      return arn
        ? `${versionOf(arn)}  # edit the Deny, then create-policy-version --set-as-default`
        : `aws iam list-role-policies --role-name ${caller.roleName}; aws iam list-attached-role-policies --role-name ${caller.roleName}  # find the Deny`;
    case 'permissions-boundary':
      return arn
        ? `${versionOf(arn)}  # the boundary: edit the Deny, then create-policy-version --set-as-default`
        : `aws iam get-role --role-name ${caller.roleName} --query Role.PermissionsBoundary`;
    case 'scp':
    case 'rcp': {
      const id = arn ? lastSegment(arn) : undefined;
      return id
        ? `aws organizations describe-policy --policy-id ${id}  # run in the management account`
        : `aws organizations list-policies-for-target --target-id ${denial.account} --filter ${type === 'scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY'}  # run in the management account`;
    }
    case 'vpc-endpoint':
      return denial.vpcEndpointId
        ? `aws ec2 describe-vpc-endpoints --vpc-endpoint-ids ${denial.vpcEndpointId} --query 'VpcEndpoints[0].PolicyDocument'`
        : undefined;
    case 'resource':
      return denial.resource ? readResourcePolicyCli(denial.resource) : undefined;
    default:
      return undefined;
  }
}

/** The fix for an explicit deny: the layer (and policy) that must change; an Allow would not help. */
function explicitFix(denial: DeniedRequest, caller: MessageCaller, proposal: FixProposal | undefined): FindingFix {
  const type = denial.reason.policyType;
  const text = layerText(denial) ?? 'a policy';
  const arn = denial.reason.policyArn ? ` (${denial.reason.policyArn})` : '';
  const notes = [
    ...(proposal?.notes ?? ['Adding an Allow anywhere does not help: an explicit Deny overrides every Allow.']),
  ];
  if (type === 'scp') notes.push('AWS reports an SCP that merely lacks an Allow as an explicit deny too.');
  if (type === 'session')
    notes.push('The session policy is passed by whoever creates the role session (AssumeRole Policy / PolicyArns).');
  const summary = `Change the explicit Deny in ${textWithArticle(text)}${arn}: an added Allow would not help.`;
  const lookup = denyCli(denial, caller, type);
  if (!type) return renderFix({ kind: 'config-change', summary, cli: lookup, notes: [...notes, PROPAGATION_NOTE] });
  // The Deny's statement is not known from the message: the location is the layer AWS named and a lookup.
  return renderFix({ kind: 'remove-statement', summary, location: { in: 'unknown', layer: type, lookup }, notes });
}

/** The fix for a missing Allow in the layer AWS named (identity when AWS named none). */
function missingAllowFix(
  denial: DeniedRequest,
  caller: MessageCaller,
  type: PolicyType,
  catalog: ActionCatalog | undefined,
): FindingFix {
  const request = messageRequest(denial, caller);
  const decision = messageDecision(request, false, type);
  const proposal = proposeFix(request, decision, catalog);
  const canonical = catalog?.canonical(denial.action) ?? denial.action;
  const extra: string[] = [];
  if (type === 'resource') extra.push(...resourceNotes(denial, request, decision.crossAccount));
  else if (denial.resource === undefined)
    extra.push(
      'AWS\'s message names no resource: the statement uses "*"; narrow Resource to what the code uses if the action supports resource-level permissions.',
    );
  const ctx = {
    target: { kind: 'role' as const, name: caller.roleName },
    policyName: fixPolicyName(canonical),
    functionVar: 'fn',
    account: denial.account,
  };
  const fix = renderProposal(proposal, ctx, extra);
  if (type === 'resource' && denial.resource) return { ...fix, ...invokePermission(denial.resource, caller.roleArn) };
  if (type === 'vpc-endpoint' && denial.vpcEndpointId) return { ...fix, cli: denyCli(denial, caller, 'vpc-endpoint') };
  return fix;
}

/**
 * The fix AWS's message supports, by the kind of denial: a least-privilege Allow for a missing one, the
 * layer and policy to change for an explicit deny, and — when the message is old-style and names no
 * layer — the identity statement as the likely fix, with that caveat.
 */
export function messageFix(
  denial: DeniedRequest,
  caller: MessageCaller,
  catalog: ActionCatalog | undefined,
): FindingFix {
  const { kind, policyType } = denial.reason;
  if (kind === 'explicit') {
    const request = messageRequest(denial, caller);
    const proposal = policyType ? proposeFix(request, messageDecision(request, true, policyType), catalog) : undefined;
    return explicitFix(denial, caller, proposal);
  }
  if (kind === 'implicit' && !policyType) {
    return renderFix({
      kind: 'config-change',
      summary: `Allow ${denial.action} in the ${layerText(denial) ?? 'policy'} AWS named.`,
      notes: [PROPAGATION_NOTE],
    });
  }
  const fix = missingAllowFix(denial, caller, policyType ?? 'identity', catalog);
  if (kind !== 'unknown') return fix;
  return {
    ...fix,
    summary: `Likely fix (AWS did not say which policy decided): ${fix.summary}`,
    notes: [
      'AWS did not say which policy decided (old-style message): a missing identity-based Allow is the most common cause, but a permissions boundary, an SCP, a resource-based, session or VPC endpoint policy could also deny it; if this statement does not help, look there.',
      ...fix.notes,
    ],
  };
}
