/**
 * Client-side rate limiting so the collector never throttles itself: one token bucket per AWS quota
 * (several APIs may share a bucket, e.g. Lambda's "other control-plane calls") plus a cap on calls in
 * flight. Buckets hold at most two tokens, so the sustained rate never exceeds the quota and bursts
 * stay far below AWS's.
 */
import type { CollectorApi } from './permissions';

/** A rate in requests per second and the APIs that share it. */
export interface RateQuota {
  readonly perSecond: number;
  readonly apis: readonly CollectorApi[];
  /**
   * Bucket size (default 2). The sustained rate never exceeds `perSecond`; a second token absorbs timer
   * lateness (a waiter woken 3 ms late does not lose those 3 ms of budget) without real bursting.
   */
  readonly burst?: number;
}

/**
 * Default quotas (per account and Region). Lambda and CloudTrail figures are AWS's published fixed
 * quotas; IAM, EventBridge, SNS, S3, Logs, EFS and STS are assumptions documented in the README ("Collector").
 * The resource-policy reads (KMS, Secrets Manager, SQS, DynamoDB, ECR, API Gateway, CodeArtifact,
 * OpenSearch, Signer, Serverless Application Repository, Organizations) use conservative assumed rates far
 * below the services' published request quotas (e.g. KMS: docs.aws.amazon.com/kms/latest/developerguide/
 * requests-per-second.html): the collector reads at most one policy per distinct resource per run.
 */
export const DEFAULT_QUOTAS: Readonly<Record<string, RateQuota>> = {
  'lambda:GetFunction': { perSecond: 100, apis: ['lambda:GetFunction'] },
  'lambda:GetPolicy': { perSecond: 15, apis: ['lambda:GetPolicy'] },
  'lambda:control': {
    perSecond: 15,
    apis: [
      'lambda:GetFunctionUrlConfig',
      'lambda:GetFunctionEventInvokeConfig',
      'lambda:ListEventSourceMappings',
      'lambda:ListFunctions',
      'lambda:ListAliases',
      'lambda:GetLayerVersionPolicy',
    ],
  },
  iam: {
    perSecond: 20,
    apis: [
      'iam:GetRole',
      'iam:ListRolePolicies',
      'iam:GetRolePolicy',
      'iam:ListAttachedRolePolicies',
      'iam:GetPolicy',
      'iam:GetPolicyVersion',
      'iam:GetAccountAuthorizationDetails',
      'iam:GenerateServiceLastAccessedDetails',
      'iam:GetServiceLastAccessedDetails',
    ],
  },
  'cloudtrail:LookupEvents': { perSecond: 2, apis: ['cloudtrail:LookupEvents'] },
  cloudtrail: {
    perSecond: 5,
    apis: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  },
  logs: { perSecond: 5, apis: ['logs:FilterLogEvents', 'logs:DescribeSubscriptionFilters'] },
  events: {
    perSecond: 20,
    apis: [
      'events:ListEventBuses',
      'events:ListRuleNamesByTarget',
      'events:ListRules',
      'events:ListTargetsByRule',
      'events:DescribeEventBus',
      'events:DescribeRule',
    ],
  },
  sns: { perSecond: 30, apis: ['sns:ListSubscriptions', 'sns:ListTopics', 'sns:GetTopicAttributes'] },
  s3: { perSecond: 50, apis: ['s3:GetBucketNotificationConfiguration', 's3:ListBuckets', 's3:GetBucketPolicy'] },
  kms: { perSecond: 20, apis: ['kms:GetKeyPolicy', 'kms:ListGrants'] },
  secretsmanager: { perSecond: 20, apis: ['secretsmanager:GetResourcePolicy'] },
  sqs: { perSecond: 20, apis: ['sqs:GetQueueAttributes'] },
  dynamodb: { perSecond: 10, apis: ['dynamodb:GetResourcePolicy'] },
  ecr: { perSecond: 10, apis: ['ecr:GetRepositoryPolicy'] },
  apigateway: { perSecond: 5, apis: ['apigateway:GetRestApi'] },
  codeartifact: {
    perSecond: 5,
    apis: ['codeartifact:GetRepositoryPermissionsPolicy', 'codeartifact:GetDomainPermissionsPolicy'],
  },
  es: { perSecond: 5, apis: ['es:DescribeDomainConfig'] },
  signer: { perSecond: 5, apis: ['signer:ListProfilePermissions'] },
  serverlessrepo: { perSecond: 5, apis: ['serverlessrepo:GetApplicationPolicy'] },
  organizations: {
    perSecond: 5,
    apis: ['organizations:ListParents', 'organizations:ListPoliciesForTarget', 'organizations:DescribePolicy'],
  },
  efs: {
    perSecond: 10,
    apis: ['elasticfilesystem:DescribeAccessPoints', 'elasticfilesystem:DescribeFileSystemPolicy'],
  },
  sts: { perSecond: 10, apis: ['sts:GetCallerIdentity'] },
};

/** A token bucket refilled continuously at `perSecond`, holding at most `capacity` tokens. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private tail: Promise<void> = Promise.resolve();

  /**
   * @param perSecond sustained rate
   * @param capacity burst size (default 1: no burst)
   * @param now clock in milliseconds (injectable for tests)
   */
  constructor(
    private readonly perSecond: number,
    private readonly capacity = 1,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Resolves when a token is available and takes it. Waiters are served in arrival order. */
  take(): Promise<void> {
    const turn = this.tail.then(() => this.wait());
    this.tail = turn;
    return turn;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) * this.perSecond) / 1000);
    this.last = t;
  }

  private async wait(): Promise<void> {
    this.refill();
    while (this.tokens < 1) {
      await sleep(Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.perSecond)));
      this.refill();
    }
    this.tokens -= 1;
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Caps how many promises run at once. */
export class Semaphore {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  /** @param max maximum concurrent holders (≥ 1) */
  constructor(private readonly max: number) {}

  /** Runs `task` once a slot is free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

/** Per-API token buckets built from {@link DEFAULT_QUOTAS} (or overrides). */
export class RateLimiter {
  private readonly buckets = new Map<CollectorApi, TokenBucket>();

  /** @param quotas quotas by bucket name; every API should appear in exactly one */
  constructor(quotas: Readonly<Record<string, RateQuota>> = DEFAULT_QUOTAS) {
    for (const quota of Object.values(quotas)) {
      const bucket = new TokenBucket(quota.perSecond, quota.burst ?? 2);
      for (const api of quota.apis) this.buckets.set(api, bucket);
    }
  }

  /** Waits for the API's bucket (APIs without a quota pass immediately). */
  async acquire(api: CollectorApi): Promise<void> {
    await this.buckets.get(api)?.take();
  }
}

/** Maps `items` through `task` with at most `concurrency` running at once, keeping order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
