/**
 * Which resource's policy decides for a given ARN (pure; shared by the collector, which reads it, and the
 * snapshot lookups, which find it): an S3 object's bucket, a DynamoDB index's
 * table, an `execute-api` ARN's REST API, a CodeArtifact package's repository, … Returns undefined for
 * ARNs whose service has no resource-based policy the collector reads (or KMS aliases, which name no key).
 */

/** ARN parts; `resource` is everything after the fifth colon. */
interface Parts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  readonly resource: string;
}

function parseArn(arn: string): Parts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', accountId = ''] = parts;
  return { partition, service, region, accountId, resource: parts.slice(5).join(':') };
}

/** Which reader reads the policy. */
export type ReaderKind =
  | 's3'
  | 'kms'
  | 'secretsmanager'
  | 'sqs'
  | 'sns'
  | 'dynamodb'
  | 'ecr'
  | 'events'
  | 'lambda-function'
  | 'lambda-layer'
  | 'apigateway'
  | 'codeartifact-repository'
  | 'codeartifact-domain'
  | 'efs'
  | 'es'
  | 'signer'
  | 'serverlessrepo';

/** The resource whose policy decides, with what its reader needs. */
export interface PolicyTarget {
  readonly kind: ReaderKind;
  /** IAM service prefix (`s3`, `sqs`, `es`, …), as stored in the snapshot. */
  readonly service: string;
  /** ARN of the resource that carries the policy. */
  readonly arn: string;
  readonly partition: string;
  /** Owner account; empty when the ARN does not say (S3 buckets, API Gateway). */
  readonly accountId: string;
  /** Region; empty for global resources (S3 bucket ARNs). */
  readonly region: string;
  /** Bucket, key ID, queue / table / repository / domain / profile / function / layer name, API ID. */
  readonly name: string;
  /** Second name where needed: CodeArtifact repository, function qualifier, layer version. */
  readonly extra?: string;
}

type Rule = (p: Parts, arn: string) => Omit<PolicyTarget, 'partition' | 'accountId' | 'region'> | undefined;

const at = (p: Parts, resource: string): string =>
  `arn:${p.partition}:${p.service}:${p.region}:${p.accountId}:${resource}`;

const RULES: Readonly<Record<string, Rule>> = {
  s3: (p) => {
    const bucket = /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/.exec(p.resource)?.[1];
    if (!bucket || p.region || p.accountId) return undefined;
    return { kind: 's3', service: 's3', arn: `arn:${p.partition}:s3:::${bucket}`, name: bucket };
  },
  kms: (p, arn) => {
    const id = /^key\/([A-Za-z0-9-]+)$/.exec(p.resource)?.[1];
    return id ? { kind: 'kms', service: 'kms', arn, name: id } : undefined;
  },
  secretsmanager: (p, arn) =>
    p.resource.startsWith('secret:')
      ? { kind: 'secretsmanager', service: 'secretsmanager', arn, name: p.resource.slice(7) }
      : undefined,
  sqs: (p, arn) =>
    /^[A-Za-z0-9_.-]+$/.test(p.resource) ? { kind: 'sqs', service: 'sqs', arn, name: p.resource } : undefined,
  sns: (p) => {
    const topic = /^([A-Za-z0-9_.-]+)(:[0-9a-f-]+)?$/.exec(p.resource)?.[1];
    return topic ? { kind: 'sns', service: 'sns', arn: at(p, topic), name: topic } : undefined;
  },
  dynamodb: (p) => {
    const m = /^table\/([A-Za-z0-9_.-]+)(\/stream\/[^/]+)?(\/.*)?$/.exec(p.resource);
    if (!m?.[1]) return undefined;
    const resource = `table/${m[1]}${m[2] ?? ''}`;
    return { kind: 'dynamodb', service: 'dynamodb', arn: at(p, resource), name: m[1] };
  },
  ecr: (p, arn) => {
    const name = /^repository\/(.+)$/.exec(p.resource)?.[1];
    return name ? { kind: 'ecr', service: 'ecr', arn, name } : undefined;
  },
  events: (p, arn) => {
    const name = /^event-bus\/([^/]+)$/.exec(p.resource)?.[1];
    return name ? { kind: 'events', service: 'events', arn, name } : undefined;
  },
  lambda: (p) => {
    const fn = /^function:([^:]+)(?::([^:]+))?$/.exec(p.resource);
    if (fn?.[1]) {
      const arn = at(p, `function:${fn[1]}${fn[2] ? `:${fn[2]}` : ''}`);
      return { kind: 'lambda-function', service: 'lambda', arn, name: fn[1], ...(fn[2] ? { extra: fn[2] } : {}) };
    }
    const layer = /^layer:([^:]+):(\d+)$/.exec(p.resource);
    if (!layer?.[1] || !layer[2]) return undefined;
    return { kind: 'lambda-layer', service: 'lambda', arn: at(p, p.resource), name: layer[1], extra: layer[2] };
  },
  apigateway: (p) => {
    const id = /^\/restapis\/([a-z0-9]+)(\/.*)?$/.exec(p.resource)?.[1];
    return id ? restApi(p.partition, p.region, id) : undefined;
  },
  'execute-api': (p) => {
    const id = /^([a-z0-9]+)(\/.*)?$/.exec(p.resource)?.[1];
    return id ? restApi(p.partition, p.region, id) : undefined;
  },
  codeartifact: (p) => {
    const repo = /^(?:repository|package)\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p.resource);
    if (repo?.[1] && repo[2]) {
      const arn = at(p, `repository/${repo[1]}/${repo[2]}`);
      return { kind: 'codeartifact-repository', service: 'codeartifact', arn, name: repo[1], extra: repo[2] };
    }
    const domain = /^domain\/([^/]+)$/.exec(p.resource)?.[1];
    return domain
      ? { kind: 'codeartifact-domain', service: 'codeartifact', arn: at(p, `domain/${domain}`), name: domain }
      : undefined;
  },
  elasticfilesystem: (p, arn) => {
    const id = /^(?:file-system|access-point)\/((?:fs|fsap)-[0-9a-f]+)$/.exec(p.resource)?.[1];
    return id ? { kind: 'efs', service: 'elasticfilesystem', arn, name: id } : undefined;
  },
  es: (p) => {
    const name = /^domain\/([a-z0-9-]+)(\/.*)?$/.exec(p.resource)?.[1];
    return name ? { kind: 'es', service: 'es', arn: at(p, `domain/${name}`), name } : undefined;
  },
  signer: (p) => {
    const name = /^\/signing-profiles\/([A-Za-z0-9_]+)(\/.*)?$/.exec(p.resource)?.[1];
    return name ? { kind: 'signer', service: 'signer', arn: at(p, `/signing-profiles/${name}`), name } : undefined;
  },
  serverlessrepo: (p) => {
    const name = /^applications\/([^/]+)$/.exec(p.resource)?.[1];
    return name ? { kind: 'serverlessrepo', service: 'serverlessrepo', arn: at(p, p.resource), name } : undefined;
  },
};

function restApi(partition: string, region: string, id: string): ReturnType<Rule> {
  const arn = `arn:${partition}:apigateway:${region}::/restapis/${id}`;
  return { kind: 'apigateway', service: 'apigateway', arn, name: id };
}

/** The resource whose policy decides access to `arn`, or undefined when no reader covers it. */
export function policyTarget(arn: string): PolicyTarget | undefined {
  const p = parseArn(arn);
  if (!p) return undefined;
  const found = RULES[p.service]?.(p, arn);
  return found ? { ...found, partition: p.partition, accountId: p.accountId, region: p.region } : undefined;
}

/** The ECR repository ARN of a private ECR image URI (`<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>`). */
export function ecrRepositoryArn(imageUri: string, partition = 'aws'): string | undefined {
  const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(imageUri);
  return m ? `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]}` : undefined;
}

/** The SQS queue URL of a queue target (`https://sqs.<region>.<domain>/<account>/<name>`). */
export function queueUrl(target: PolicyTarget): string {
  const domain = target.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sqs.${target.region}.${domain}/${target.accountId}/${target.name}`;
}
