/** Lambda reads shared by single-function audits and sweeps. */
import {
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  ListAliasesCommand,
  ListEventSourceMappingsCommand,
  type EventSourceMappingConfiguration,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { FunctionInfo, FunctionUrlInfo, PolicyDocument } from '../../core/snapshot/types';
import { paginate, type CollectContext } from './context';
import { parseResourcePolicy } from './decode';

const NOT_FOUND = ['ResourceNotFoundException'];

/** GetFunction: configuration, tags and image URI (undefined when the read failed). */
export async function getFunction(
  ctx: CollectContext,
  lambda: LambdaClient,
  name: string,
): Promise<{ config: FunctionConfiguration; tags: Record<string, string>; imageUri?: string } | undefined> {
  const res = await ctx.send('lambda:GetFunction', name, () =>
    lambda.send(new GetFunctionCommand({ FunctionName: name })),
  );
  if (!res.ok || !res.value.Configuration) return undefined;
  const imageUri = res.value.Code?.ImageUri;
  return { config: res.value.Configuration, tags: { ...(res.value.Tags ?? {}) }, ...(imageUri ? { imageUri } : {}) };
}

/**
 * GetPolicy: the resource-based policy of a function (or one qualifier). `null` when it has none
 * (`ResourceNotFoundException`) or when the read failed (then recorded in failedReads).
 */
export async function getResourcePolicy(
  ctx: CollectContext,
  lambda: LambdaClient,
  functionArn: string,
  qualifier?: string,
): Promise<PolicyDocument | null> {
  const target = qualifier ? `${functionArn}:${qualifier}` : functionArn;
  const res = await ctx.send(
    'lambda:GetPolicy',
    target,
    () =>
      lambda.send(new GetPolicyCommand({ FunctionName: functionArn, ...(qualifier ? { Qualifier: qualifier } : {}) })),
    { absentOn: NOT_FOUND },
  );
  if (!res.ok || !res.value.Policy) return null;
  const parsed = parseResourcePolicy(res.value.Policy);
  if (parsed.ok) return parsed.value;
  ctx.fail('lambda:GetPolicy', target, parsed.error.code, parsed.error.message);
  return null;
}

/** GetFunctionUrlConfig: the unqualified function's URL, if any. */
export async function getFunctionUrl(
  ctx: CollectContext,
  lambda: LambdaClient,
  functionArn: string,
): Promise<FunctionUrlInfo | undefined> {
  const res = await ctx.send(
    'lambda:GetFunctionUrlConfig',
    functionArn,
    () => lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: functionArn })),
    { absentOn: NOT_FOUND },
  );
  if (!res.ok || !res.value.FunctionUrl) return undefined;
  return { url: res.value.FunctionUrl, authType: res.value.AuthType === 'NONE' ? 'NONE' : 'AWS_IAM' };
}

/** GetFunctionEventInvokeConfig: async-invocation destinations, if configured. */
export async function getDestinations(
  ctx: CollectContext,
  lambda: LambdaClient,
  functionArn: string,
): Promise<FunctionInfo['destinations'] | undefined> {
  const res = await ctx.send(
    'lambda:GetFunctionEventInvokeConfig',
    functionArn,
    () => lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: functionArn })),
    { absentOn: NOT_FOUND },
  );
  if (!res.ok) return undefined;
  const onSuccess = res.value.DestinationConfig?.OnSuccess?.Destination;
  const onFailure = res.value.DestinationConfig?.OnFailure?.Destination;
  if (!onSuccess && !onFailure) return undefined;
  return { ...(onSuccess ? { onSuccess } : {}), ...(onFailure ? { onFailure } : {}) };
}

/** ListEventSourceMappings (all pages), for one function or the whole account. */
export async function listEventSourceMappings(
  ctx: CollectContext,
  lambda: LambdaClient,
  functionName?: string,
): Promise<{ items: EventSourceMappingConfiguration[]; complete: boolean }> {
  return paginate(async (Marker) => {
    const res = await ctx.send('lambda:ListEventSourceMappings', functionName ?? 'account', () =>
      lambda.send(
        new ListEventSourceMappingsCommand({
          ...(functionName ? { FunctionName: functionName } : {}),
          Marker,
          MaxItems: 100,
        }),
      ),
    );
    if (!res.ok) return undefined;
    return { items: res.value.EventSourceMappings ?? [], next: res.value.NextMarker };
  });
}

/** ListAliases (all pages): the alias ARNs of a function (`…:function:name:alias`). */
export async function listAliases(
  ctx: CollectContext,
  lambda: LambdaClient,
  functionArn: string,
): Promise<{ items: string[]; complete: boolean }> {
  const listed = await paginate(async (Marker) => {
    const res = await ctx.send('lambda:ListAliases', functionArn, () =>
      lambda.send(new ListAliasesCommand({ FunctionName: functionArn, Marker, MaxItems: 50 })),
    );
    if (!res.ok) return undefined;
    return { items: res.value.Aliases ?? [], next: res.value.NextMarker };
  });
  const arns = listed.items.map((a) => a.AliasArn ?? (a.Name ? `${functionArn}:${a.Name}` : ''));
  return { items: [...new Set(arns.filter((a) => a !== ''))].sort(), complete: listed.complete };
}
