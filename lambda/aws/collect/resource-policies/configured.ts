/**
 * The resources a function's configuration references whose resource-based policies can decide its
 * access (pure): dead-letter queue / topic, async destinations, the environment's KMS key, event source
 * mapping sources, their on-failure destinations, KMS keys and secrets, the container image's ECR
 * repository and the layers. EFS file system policies are collected with the function (`fileSystems`).
 */
import type { FunctionInfo } from '../../../core/snapshot/types';
import { parseArn } from '../../../core/arn';
import { ecrRepositoryArn } from '../../../core/snapshot/policy-targets';

/** Every ARN in `fn`'s configuration worth a policy read, de-duplicated, in a stable order. */
export function configuredResourceArns(fn: FunctionInfo): string[] {
  const partition = parseArn(fn.arn)?.partition ?? 'aws';
  const arns: (string | undefined)[] = [
    fn.deadLetterTargetArn,
    fn.destinations?.onSuccess,
    fn.destinations?.onFailure,
    fn.kmsKeyArn,
    fn.imageUri ? ecrRepositoryArn(fn.imageUri, partition) : undefined,
    ...(fn.layers ?? []).map((l) => l.arn),
    ...fn.eventSourceMappings.flatMap((m) => [
      m.eventSourceArn,
      m.onFailureDestination,
      m.sourceKmsKeyArn,
      m.filterCriteriaKmsKeyArn,
      ...(m.sourceAccessConfigurations ?? []).map((s) => (s.uri.startsWith('arn:') ? s.uri : undefined)),
    ]),
  ];
  return [...new Set(arns.filter((a): a is string => typeof a === 'string' && a.startsWith('arn:')))];
}
