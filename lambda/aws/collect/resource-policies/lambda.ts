/**
 * Lambda function policies (`GetPolicy`, the same read as lambda-reads.ts) and layer-version policies
 * (`GetLayerVersionPolicy`). Both answer `ResourceNotFoundException` when there is no policy (or no such
 * function / layer version: Lambda does not tell the two apart), recorded as "no policy".
 */
import { GetLayerVersionPolicyCommand, GetPolicyCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

const NO_POLICY = ['ResourceNotFoundException'];

/** Reads the resource policy of a function (qualified when the target carries a qualifier). */
export function readFunctionPolicy(
  ctx: CollectContext,
  lambda: LambdaClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  const unqualified = target.extra ? target.arn.slice(0, -(target.extra.length + 1)) : target.arn;
  return readPolicy(ctx, {
    api: 'lambda:GetPolicy',
    target: target.arn,
    invoke: () =>
      lambda.send(
        new GetPolicyCommand({ FunctionName: unqualified, ...(target.extra ? { Qualifier: target.extra } : {}) }),
      ),
    noPolicy: NO_POLICY,
    text: (r) => r.Policy,
  });
}

/** Reads the policy of a layer version (`name` is the layer, `extra` the version number). */
export function readLayerVersionPolicy(
  ctx: CollectContext,
  lambda: LambdaClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  const layerArn = target.arn.slice(0, target.arn.lastIndexOf(':'));
  return readPolicy(ctx, {
    api: 'lambda:GetLayerVersionPolicy',
    target: target.arn,
    invoke: () =>
      lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layerArn, VersionNumber: Number(target.extra) })),
    noPolicy: NO_POLICY,
    text: (r) => r.Policy,
  });
}
