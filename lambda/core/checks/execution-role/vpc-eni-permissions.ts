/**
 * `LAA-VPC-ENI-PERMISSIONS`: a VPC function's execution role must be able to create, describe and
 * delete network interfaces (after permissions boundaries and SCPs), or creating / updating the
 * function fails and it can go Inactive / Failed with `InsufficientRolePermissions`.
 */
import { partitionOf } from '../../arn';
import { msg } from '../../i18n';
import { type ExecutionRoleView, executionRole } from '../shared/can';
import { createEniRequirements, ENI_EXTRA_ACTIONS, onAnyResource } from '../shared/eni';
import { notApplicable, result } from '../shared/finding';
import { checkRequirements, requirementFinding } from '../shared/requirements';
import type { FunctionInfo } from '../../snapshot/types';
import type { Finding } from '../../findings/types';
import type { Check, CheckInput, CheckResult } from '../types';

const MANAGED_CDK =
  "fn.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));";
/** The AWS managed policy that grants a VPC function's network-interface actions (AWS-FACTS §6.3). */
const MANAGED = 'AWSLambdaVPCAccessExecutionRole';

function coreFinding(
  fn: FunctionInfo,
  view: ExecutionRoleView,
  denied: ReturnType<typeof checkRequirements>['denied'],
  input: CheckInput,
): Finding {
  return requirementFinding({
    check: VPC_ENI_PERMISSIONS,
    fn,
    view,
    denied,
    catalog: input.catalog,
    title: msg('req.eni.title', { fn: fn.name }),
    summary: msg('req.eni.summary', { role: view.role.name, fn: fn.name }),
    policyName: 'laa-fix-vpc-eni',
    cdk: MANAGED_CDK,
    fixNotes: [msg('req.eni.managed', { policy: `service-role/${MANAGED}` }), msg('req.eni.retry')],
    cause: 'eni-core',
  });
}

function run(input: CheckInput): CheckResult {
  const { snapshot, fn } = input;
  if (!fn) return notApplicable('Function-scoped check without a function.');
  if (!fn.vpc || fn.vpc.subnetIds.length === 0) return notApplicable(`${fn.name} is not attached to a VPC.`);
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const create = createEniRequirements(
    partitionOf(fn.arn),
    fn.region,
    fn.accountId,
    fn.vpc.subnetIds,
    fn.vpc.securityGroupIds,
  );
  const core = checkRequirements(view, fn, [
    ...create,
    ...onAnyResource(['ec2:DescribeNetworkInterfaces']),
    {
      action: 'ec2:DeleteNetworkInterface',
      resource: `arn:${partitionOf(fn.arn)}:ec2:${fn.region}:${fn.accountId}:network-interface/*`,
    },
  ]);
  const extra = checkRequirements(view, fn, onAnyResource(ENI_EXTRA_ACTIONS));
  const findings: Finding[] = [];
  if (core.denied.length > 0) findings.push(coreFinding(fn, view, core.denied, input));
  if (extra.denied.length > 0) {
    findings.push(
      requirementFinding({
        check: VPC_ENI_PERMISSIONS,
        fn,
        view,
        denied: extra.denied,
        catalog: input.catalog,
        severity: 'low',
        title: msg('req.eni.extraTitle', { fn: fn.name, policy: MANAGED }),
        summary: msg('req.eni.extraSummary', {
          role: view.role.name,
          actions: extra.denied.map((a) => a.request.action).join(', '),
          policy: MANAGED,
        }),
        policyName: 'laa-fix-vpc-eni-extra',
        cdk: MANAGED_CDK,
        cause: 'eni-extra',
      }),
    );
  }
  return result(findings, [...core.notes, ...extra.notes]);
}

/** `LAA-VPC-ENI-PERMISSIONS`. */
export const VPC_ENI_PERMISSIONS: Check = {
  id: 'LAA-VPC-ENI-PERMISSIONS',
  title: 'VPC function can manage its network interfaces',
  topic: 'execution-role',
  category: 'vpc-network',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  fixKinds: ['identity-statement', 'remove-statement', 'boundary'],
  scope: 'function',
  run,
};
