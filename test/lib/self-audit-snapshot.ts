/**
 * Test helper (issue 13, "the auditor passes its own checks"): a snapshot of the auditor's own functions,
 * execution roles and log groups, built from the synthesized CloudFormation template the way the stack
 * deploys them (intrinsics resolved to this account and Region; a resource's physical name is its logical ID).
 */
import { snapshot } from '../support/factory';
import type { FunctionInfo, PolicyDocument, RoleInfo, Snapshot } from '../../lambda/core/snapshot/types';

type Resource = { Type: string; Properties?: Record<string, unknown> };
type Resources = Readonly<Record<string, Resource>>;

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const PSEUDO: Readonly<Record<string, string>> = {
  'AWS::Partition': 'aws',
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'AuditorSelf',
};

/** The ARN of resource `id` as `Fn::GetAtt [id, Arn]` returns it. */
function arnOf(id: string, r: Resource | undefined): string {
  switch (r?.Type) {
    case 'AWS::IAM::Role':
      return `arn:aws:iam::${ACCOUNT}:role/${id}`;
    case 'AWS::Lambda::Function':
      return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${id}`;
    case 'AWS::Logs::LogGroup':
      return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${id}:*`;
    case 'AWS::DynamoDB::Table':
      return `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${id}`;
    case 'AWS::SQS::Queue':
      return `arn:aws:sqs:${REGION}:${ACCOUNT}:${id}`;
    case 'AWS::KMS::Key':
      return `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
    case 'AWS::S3::Bucket':
      return `arn:aws:s3:::${id.toLowerCase()}`;
    default:
      return `arn:aws:cloudformation:${REGION}:${ACCOUNT}:resource/${id}`;
  }
}

/** `Ref` of resource `id`: its ARN for topics, its physical name (the logical ID) otherwise. */
function refOf(id: string, r: Resource | undefined): string {
  if (PSEUDO[id]) return PSEUDO[id];
  if (r?.Type === 'AWS::SNS::Topic') return `arn:aws:sns:${REGION}:${ACCOUNT}:${id}`;
  if (r?.Type === 'AWS::IAM::ManagedPolicy') return `arn:aws:iam::${ACCOUNT}:policy/${id}`;
  return r?.Type === 'AWS::S3::Bucket' ? id.toLowerCase() : id;
}

/** Resolves the intrinsics a CDK template uses in policies and function properties. */
export function resolve(value: unknown, resources: Resources): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, resources));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if ('Ref' in o) return refOf(String(o.Ref), resources[String(o.Ref)]);
  if ('Fn::GetAtt' in o) {
    const [id, attr] = o['Fn::GetAtt'] as [string, string];
    return attr === 'Arn' ? arnOf(id, resources[id]) : `${id}.${attr}`;
  }
  if ('Fn::Join' in o) {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return (resolve(parts, resources) as unknown[]).join(sep);
  }
  if ('Fn::Select' in o) {
    const [i, list] = o['Fn::Select'] as [number, unknown];
    return (resolve(list, resources) as unknown[])[i];
  }
  if ('Fn::Split' in o) {
    const [sep, s] = o['Fn::Split'] as [string, unknown];
    return String(resolve(s, resources)).split(sep);
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v, resources)]));
}

function role(id: string, props: Record<string, unknown>, resources: Resources): RoleInfo {
  const inline = Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
    .filter(([, r]) => ((r.Properties?.Roles ?? []) as unknown[]).some((x) => (x as { Ref?: string }).Ref === id))
    .map(([pid, r]) => ({ name: pid, document: resolve(r.Properties?.PolicyDocument, resources) as PolicyDocument }));
  const own = ((props.Policies ?? []) as { PolicyName: string; PolicyDocument: unknown }[]).map((p) => ({
    name: p.PolicyName,
    document: resolve(p.PolicyDocument, resources) as PolicyDocument,
  }));
  return {
    arn: arnOf(id, resources[id]),
    name: id,
    path: '/',
    accountId: ACCOUNT,
    trustPolicy: resolve(props.AssumeRolePolicyDocument, resources) as PolicyDocument,
    inlinePolicies: [...own, ...inline],
    attachedPolicies: ((resolve(props.ManagedPolicyArns ?? [], resources) as string[]) ?? []).map((arn) => ({
      arn,
      name: arn.split('/').pop() ?? arn,
    })),
    tags: {},
  };
}

function fn(id: string, props: Record<string, unknown>, resources: Resources): FunctionInfo {
  const p = resolve(props, resources) as Record<string, unknown>;
  const logging = p.LoggingConfig as { LogGroup?: string } | undefined;
  const env = (p.Environment as { Variables?: Record<string, string> } | undefined)?.Variables ?? {};
  return {
    arn: arnOf(id, resources[id]),
    name: id,
    accountId: ACCOUNT,
    region: REGION,
    runtime: p.Runtime as string,
    roleArn: p.Role as string,
    packageType: 'Zip',
    ...(logging?.LogGroup ? { logGroup: logging.LogGroup } : {}),
    ...((p.TracingConfig as { Mode?: string } | undefined)?.Mode === 'Active'
      ? { tracingMode: 'Active' as const }
      : {}),
    environmentVariableNames: Object.keys(env).sort(),
    tags: {},
    resourcePolicy: null,
    eventSourceMappings: [],
  };
}

/** The snapshot of the auditor's own functions and roles as the template deploys them. */
export function selfSnapshot(template: { Resources: Resources }): Snapshot {
  const resources = template.Resources;
  const of = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  return snapshot(
    {
      functions: of('AWS::Lambda::Function').map(([id, r]) => fn(id, r.Properties ?? {}, resources)),
      roles: of('AWS::IAM::Role').map(([id, r]) => role(id, r.Properties ?? {}, resources)),
    },
    { accountId: ACCOUNT, region: REGION, takenAt: '2026-12-01T00:00:00Z' },
  );
}
