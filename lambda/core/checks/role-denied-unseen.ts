/**
 * Helper of `LAA-ROLE-DENIED-ACTION`: when the snapshot's policies allow a call that AWS denied,
 * name the layers the snapshot cannot see and use the reason AWS gave.
 */
import type { DeniedRequest } from '../cloudtrail/types';
import type { FindingFix } from '../findings/types';
import type { PolicyType } from '../policy/model';
import { TYPE_NAME, textWithArticle } from '../policy/wording';
import type { Snapshot } from '../snapshot/types';
import { PROPAGATION_NOTE } from './lib/fix-render';

/** Layers that could have denied the call but are not in the snapshot. */
export function unseenLayers(snapshot: Snapshot, denial: DeniedRequest, resourcePolicyKnown: boolean): string[] {
  const layers: string[] = [];
  const resource = denial.resource ?? '*';
  if (!resourcePolicyKnown && resource !== '*') layers.push(`the resource-based policy of ${resource} (not collected)`);
  if (!snapshot.organization?.scpLevels?.length) layers.push('service control policies (not collected)');
  if (!snapshot.organization?.rcpLevels?.length) layers.push('resource control policies (not collected)');
  layers.push('a session policy passed when the session was created');
  layers.push(
    denial.vpcEndpointId
      ? `the policy of VPC endpoint ${denial.vpcEndpointId} the call went through`
      : 'a VPC endpoint policy, if the call went through an endpoint',
  );
  return layers;
}

/** The sentence AWS gave about the deciding layer, when the message named one. */
export function awsReason(denial: DeniedRequest): string | undefined {
  const r = denial.reason;
  const type = r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : undefined);
  if (!type) return undefined;
  const arn = r.policyArn ? ` (${r.policyArn})` : '';
  return r.kind === 'explicit'
    ? `AWS reported an explicit deny in ${textWithArticle(type)}${arn}.`
    : `AWS reported that no ${type}${arn} allows it.`;
}

const FIX_BY_LAYER: Partial<Record<PolicyType, string>> = {
  scp: 'Ask your organization administrators to change the service control policy that denies it (run in the management account).',
  rcp: 'Ask your organization administrators to change the resource control policy that denies it.',
  resource: 'Add an Allow for the role to the resource-based policy of the target resource.',
  'vpc-endpoint': 'Allow the call in the VPC endpoint policy the function uses.',
  session: 'Widen the session policy passed when the role session is created.',
  'permissions-boundary': 'Allow the action in the permissions boundary of the role.',
  identity: 'Re-collect the snapshot: the identity policies may have changed since the denial.',
};

/** The fix when the snapshot allows but AWS denied: change the layer AWS named (or check them all). */
export function unseenFix(denial: DeniedRequest, roleArn: string): FindingFix {
  const layer = denial.reason.policyType;
  const summary =
    (layer && FIX_BY_LAYER[layer]) ?? 'Find which of the unseen policy layers denies the call and allow it there.';
  const statement =
    layer === 'resource' && denial.resource && denial.resource !== '*'
      ? {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: roleArn }, Action: denial.action, Resource: denial.resource },
          ],
        }
      : undefined;
  const cli =
    layer === 'scp' || layer === 'rcp'
      ? `aws organizations list-policies-for-target --target-id ${denial.account} --filter ${layer === 'scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY'}`
      : undefined;
  return {
    summary,
    policyJson: statement,
    cli,
    notes: [
      ...(denial.reason.policyArn ? [`The denying policy is ${denial.reason.policyArn}.`] : []),
      'The execution role itself already allows this call; adding more identity permissions will not help.',
      PROPAGATION_NOTE,
    ],
  };
}
