/**
 * AWS CLI pointers for fixes in the layer AWS named: the command that shows a resource's current policy, the
 * `add-permission` for a role invoking a function, and where an explicit Deny of each layer can be looked at.
 */
import type { DeniedRequest } from '../../cloudtrail/types';
import type { PolicyType } from '../../policy/model';
import { accountOf, lastSegment, parseArn } from '../../arn';
import { cliArg } from '../../fix';
import type { IdentityTarget } from '../../fix/types';
import type { RequestPrincipal } from '../../policy/model';

/** Whose policies a fix changes: the identity target, the principal as a request names it, and its IAM ARN. */
export interface FixSubject {
  readonly target: IdentityTarget;
  readonly principal: RequestPrincipal;
  /** The IAM ARN a resource-based policy names (the role for a session, the user). */
  readonly principalArn: string;
  readonly boundaryArn?: string;
  /** CDK variable of the function whose execution role `target` is. */
  readonly functionVar?: string;
}

/** A command that shows the current resource-based policy of `resource`, for the services that have one. */
export function readResourcePolicyCli(resource: string): string | undefined {
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
export function invokePermission(resource: string, roleArn: string): { cli: string; cdk: string } | undefined {
  const arn = parseArn(resource);
  if (arn?.service !== 'lambda' || !arn.resource.startsWith('function:')) return undefined;
  const sid = `laa-invoke-${lastSegment(roleArn)}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 100);
  return {
    cli: `aws lambda add-permission --function-name ${cliArg(resource)} --statement-id ${sid} --action lambda:InvokeFunction --principal ${roleArn}`,
    cdk: `targetFn.addPermission('${sid}', {\n  principal: new iam.ArnPrincipal('${roleArn}'),\n  action: 'lambda:InvokeFunction',\n});`,
  };
}

/** Where the explicit Deny lives and a command to look at it. */
export function denyCli(denial: DeniedRequest, who: FixSubject, type: PolicyType | undefined): string | undefined {
  const arn = denial.reason.policyArn;
  const { kind, name } = who.target;
  const versionOf = (p: string) =>
    `aws iam get-policy-version --policy-arn ${p} --version-id $(aws iam get-policy --policy-arn ${p} --query Policy.DefaultVersionId --output text)`;
  switch (type) {
    case 'identity':
      if (arn && accountOf(arn) === 'aws')
        return `aws iam detach-${kind}-policy --${kind}-name ${name} --policy-arn ${arn}  # AWS managed policies cannot be edited`;
      return arn
        ? `${versionOf(arn)}  # edit the Deny, then create-policy-version --set-as-default`
        : `aws iam list-${kind}-policies --${kind}-name ${name}; aws iam list-attached-${kind}-policies --${kind}-name ${name}  # find the Deny`;
    case 'permissions-boundary':
      return arn
        ? `${versionOf(arn)}  # the boundary: edit the Deny, then create-policy-version --set-as-default`
        : `aws iam get-${kind} --${kind}-name ${name} --query ${kind === 'role' ? 'Role' : 'User'}.PermissionsBoundary`;
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
    case 'trust':
      return denial.resource ? readResourcePolicyCli(denial.resource) : undefined;
    default:
      return undefined;
  }
}
