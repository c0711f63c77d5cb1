/**
 * Pure mapping of Lambda API shapes to snapshot types. Environment variable VALUES are dropped here:
 * the names survive, and the ARNs / SQS queue URLs among the values (./env-resources.ts), nothing else.
 */
import type { EventSourceMappingConfiguration, FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { EventSourceKind, EventSourceMappingInfo, FunctionInfo } from '../../core/snapshot/types';
import { parseArn, unqualifiedFunctionArn } from '../../core/arn';
import { environmentResources } from './env-resources';

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** Function configuration mapped; policy, URL and mappings are filled in by the collector. */
export type FunctionBase = Omit<FunctionInfo, 'resourcePolicy' | 'eventSourceMappings' | 'url' | 'qualifierPolicies'>;

function defined<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

/** Maps a `FunctionConfiguration` (ListFunctions item or GetFunction's `Configuration`). */
export function mapFunction(
  c: FunctionConfiguration,
  extra: { tags?: Record<string, string>; imageUri?: string } = {},
): FunctionBase {
  const arn = unqualifiedFunctionArn(c.FunctionArn ?? '');
  const parts = parseArn(arn);
  const vpc = c.VpcConfig;
  const hasVpc = Boolean(vpc?.VpcId) || (vpc?.SubnetIds?.length ?? 0) > 0;
  return defined({
    arn,
    name: c.FunctionName ?? parts?.resource.split(':')[1] ?? '',
    accountId: parts?.accountId ?? '',
    region: parts?.region ?? '',
    runtime: c.Runtime,
    architectures: c.Architectures ? [...c.Architectures] : undefined,
    roleArn: c.Role ?? '',
    packageType: c.PackageType === 'Image' ? 'Image' : 'Zip',
    imageUri: extra.imageUri,
    vpc: hasVpc
      ? defined({
          vpcId: vpc?.VpcId || undefined,
          subnetIds: [...(vpc?.SubnetIds ?? [])],
          securityGroupIds: [...(vpc?.SecurityGroupIds ?? [])],
        })
      : undefined,
    deadLetterTargetArn: c.DeadLetterConfig?.TargetArn,
    kmsKeyArn: c.KMSKeyArn,
    tracingMode: c.TracingConfig?.Mode,
    fileSystems: c.FileSystemConfigs?.map((f) => ({ arn: f.Arn ?? '', localMountPath: f.LocalMountPath ?? '' })),
    layers: c.Layers?.map((l) => ({ arn: l.Arn ?? '', accountId: parseArn(l.Arn ?? '')?.accountId ?? '' })),
    state: c.State,
    stateReason: c.StateReason,
    stateReasonCode: c.StateReasonCode,
    lastUpdateStatus: c.LastUpdateStatus,
    lastUpdateStatusReason: c.LastUpdateStatusReason,
    lastUpdateStatusReasonCode: c.LastUpdateStatusReasonCode,
    logGroup: c.LoggingConfig?.LogGroup,
    environmentVariableNames: Object.keys(c.Environment?.Variables ?? {}).sort(),
    // Values are dropped; only ARNs / queue URLs they hold survive, by variable name (./env-resources.ts).
    environmentResources: nonEmpty(environmentResources(c.Environment?.Variables)),
    tags: { ...(extra.tags ?? {}) },
  });
}

/** Environment variable values of a configuration: used transiently for log redaction, never stored. */
export function environmentValues(c: FunctionConfiguration): string[] {
  return Object.values(c.Environment?.Variables ?? {});
}

const KIND_BY_SERVICE: Readonly<Record<string, EventSourceKind>> = {
  sqs: 'sqs',
  kinesis: 'kinesis',
  dynamodb: 'dynamodb',
  kafka: 'msk',
  mq: 'mq',
  rds: 'documentdb',
};

/** Classifies an event source mapping from its source ARN / self-managed configuration. */
export function esmKind(m: EventSourceMappingConfiguration): EventSourceKind {
  if (m.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS) return 'kafka';
  const service = parseArn(m.EventSourceArn ?? '')?.service ?? '';
  return KIND_BY_SERVICE[service] ?? 'unknown';
}

/** Maps an event source mapping. */
export function mapEventSourceMapping(m: EventSourceMappingConfiguration): EventSourceMappingInfo {
  const access = m.SourceAccessConfigurations?.map((s) => ({ type: String(s.Type ?? ''), uri: s.URI ?? '' }));
  const kind = esmKind(m);
  return defined({
    uuid: m.UUID ?? '',
    kind,
    eventSourceArn: m.EventSourceArn,
    state: m.State,
    stateTransitionReason: m.StateTransitionReason,
    lastProcessingResult: m.LastProcessingResult,
    onFailureDestination: m.DestinationConfig?.OnFailure?.Destination,
    sourceAccessConfigurations: access,
    filterCriteriaKmsKeyArn: m.KMSKeyArn,
    vpc: kind === 'kafka' ? (access ?? []).some((a) => a.type.startsWith('VPC_')) : undefined,
  });
}
