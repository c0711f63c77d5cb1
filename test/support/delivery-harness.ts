/**
 * A simulated intake for delivery tests and the storm bench: the on-denial handler over a real DynamoDB API
 * (dynalite) with fault injection at each step, a fake SNS that records every alert, and an SQS-like driver
 * that redelivers failed records (and whole batches when the invocation crashed) after the visibility
 * timeout. No jest dependency (the bench uses it too).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PublishCommandInput, SNSClient } from '@aws-sdk/client-sns';
import type { Context, SQSRecord } from 'aws-lambda';
import type { DeniedRequest } from '../../lambda/core/cloudtrail';
import type { Check } from '../../lambda/core/checks/types';
import type { Snapshot } from '../../lambda/core/snapshot/types';
import type { AuditorConfig } from '../../lambda/handlers/config';
import { createOnDenialHandler } from '../../lambda/handlers/on-denial';
import type { AuditLogger, MetricsSink } from '../../lambda/handlers/ports';
import { unattributedSnapshot, type HandlerDeps } from '../../lambda/handlers/runtime';
import { loadActionCatalog } from '../../lambda/catalog';

/** The delivery steps a fault can hit. */
export type Step = 'claim' | 'count' | 'takeover' | 'complete' | 'release' | 'publish';
/** `crash`: the process dies after the step took effect; `fail`: the step errors without effect. */
export type FaultKind = 'crash' | 'fail';
/** One fault: fires on the `nth` (1-based) call of `step` on keys of `scope`. */
export interface Fault {
  readonly step: Step;
  readonly kind: FaultKind;
  readonly scope: 'event' | 'finding';
  readonly nth?: number;
}

/** Thrown for a simulated process death. */
export class Crash extends Error {
  override readonly name = 'SimulatedCrash';
}

/** Which step an SDK command is, from its input. */
function stepOf(name: string, input: { UpdateExpression?: string; ExpressionAttributeValues?: object }): Step {
  if (name === 'PutItemCommand') return 'claim';
  const values = input.ExpressionAttributeValues ?? {};
  if (':stale' in values) return 'takeover';
  if (':sent' in values) return 'complete';
  if (':zero' in values) return 'release';
  return 'count';
}

type Sendable = { constructor: { name: string }; input: Record<string, unknown> };

/** Shared state of one simulated deployment. */
export class Harness {
  /** Every published alert. */
  readonly published: PublishCommandInput[] = [];
  /** DynamoDB calls sent (all steps). */
  ddbCalls = 0;
  /** Collections (account reads) per event. */
  readonly collections: string[] = [];
  /** Set when the current invocation crashed: every later call of it fails. */
  private dead = false;
  private readonly seen = new Map<string, number>();
  /** Runs while a publish is in flight (e.g. a concurrent duplicate), before it resolves or fails. */
  duringPublish?: () => Promise<void>;
  clock: Date;

  constructor(
    private readonly real: DynamoDBClient,
    readonly config: AuditorConfig,
    start: Date,
    private readonly faults: readonly Fault[] = [],
  ) {
    this.clock = start;
  }

  private fire(step: Step, key: string): FaultKind | undefined {
    const scope = key.startsWith('event#') ? 'event' : 'finding';
    const id = `${step}/${scope}`;
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return this.faults.find((f) => f.step === step && f.scope === scope && (f.nth ?? 1) === n)?.kind;
  }

  /** A DynamoDB client that injects the faults. */
  ddb(): DynamoDBClient {
    const send = async (command: Sendable): Promise<unknown> => {
      if (this.dead) throw new Crash('process is gone');
      const input = command.input as {
        Key?: { fingerprint?: { S?: string } };
        Item?: { fingerprint?: { S?: string } };
      };
      const key = input.Key?.fingerprint?.S ?? input.Item?.fingerprint?.S ?? '';
      const fault = this.fire(stepOf(command.constructor.name, command.input), key);
      if (fault === 'fail') throw Object.assign(new Error('injected failure'), { name: 'InternalServerError' });
      this.ddbCalls++;
      const out = await this.real.send(command as never);
      if (fault === 'crash') this.crash();
      return out;
    };
    return { send } as unknown as DynamoDBClient;
  }

  /** An SNS client that records alerts and injects publish faults. */
  sns(): SNSClient {
    const send = async (command: Sendable): Promise<unknown> => {
      if (this.dead) throw new Crash('process is gone');
      const fault = this.fire('publish', 'finding');
      if (this.duringPublish) await this.duringPublish();
      if (fault === 'fail') throw Object.assign(new Error('injected SNS failure'), { name: 'InternalErrorException' });
      this.published.push(command.input as unknown as PublishCommandInput);
      if (fault === 'crash') this.crash();
      return { MessageId: `msg-${this.published.length}` };
    };
    return { send } as unknown as SNSClient;
  }

  /** True when the current invocation's process died. */
  get crashed(): boolean {
    return this.dead;
  }

  private crash(): never {
    this.dead = true;
    throw new Crash('process died');
  }

  /** Handler deps for one container (a fresh process after a crash). */
  deps(checks: readonly Check[]): HandlerDeps {
    this.dead = false;
    const logger: AuditLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const metrics: MetricsSink = { count: () => undefined, flush: () => undefined };
    const collect = async (d: DeniedRequest): Promise<Snapshot> => {
      if (this.dead) throw new Crash('process is gone');
      this.collections.push(`${d.action} ${d.classification.functionName ?? ''}`);
      return unattributedSnapshot(d, this.clock);
    };
    return {
      config: this.config,
      catalog: loadActionCatalog(),
      sns: this.sns(),
      ddb: this.ddb(),
      logger,
      metrics,
      checks,
      now: () => this.clock,
      collectForDenial: collect,
      collectSweep: () => Promise.reject(new Error('not used')),
    };
  }

  /** Alerts per fingerprint (the Chatbot thread ID of each published message). */
  alertsByFingerprint(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.published) {
      const chatbot = JSON.parse((JSON.parse(p.Message ?? '{}') as { default: string }).default) as {
        metadata: { threadId: string };
      };
      counts.set(chatbot.metadata.threadId, (counts.get(chatbot.metadata.threadId) ?? 0) + 1);
    }
    return counts;
  }
}

/** How the driver ended. */
export interface DrainResult {
  readonly invocations: number;
  /** Records still failing after `maxRounds` (they would go to the DLQ). */
  readonly stranded: number;
}

/**
 * Delivers `records` in batches like SQS + Lambda: failed records (or the whole batch after a crash) come
 * back after the visibility timeout (`visibilitySeconds`, the clock moves on), up to `maxRounds` receives.
 */
export async function drain(
  harness: Harness,
  checks: readonly Check[],
  records: readonly SQSRecord[],
  options: {
    batchSize?: number;
    visibilitySeconds?: number;
    maxRounds?: number;
    /** Time left in the invocation, by receive round (0-based). */
    remainingMs?: (round: number) => number;
  } = {},
): Promise<DrainResult> {
  const { batchSize = 10, visibilitySeconds = 720, maxRounds = 5 } = options;
  let round = 0;
  const context = {
    functionName: 'laa-on-denial',
    getRemainingTimeInMillis: () => options.remainingMs?.(round) ?? 60_000,
  } as unknown as Context;
  let queue = [...records];
  let invocations = 0;
  for (; round < maxRounds && queue.length > 0; round++) {
    const retry: SQSRecord[] = [];
    for (let i = 0; i < queue.length; i += batchSize) {
      const batch = queue.slice(i, i + batchSize);
      invocations++;
      const handler = createOnDenialHandler(harness.deps(checks));
      try {
        const out = await handler({ Records: batch }, context);
        const failed = new Set(out.batchItemFailures.map((f) => f.itemIdentifier));
        // A dead process returns no response: SQS redelivers the whole batch, done records included.
        retry.push(...batch.filter((r) => harness.crashed || failed.has(r.messageId)));
      } catch {
        retry.push(...batch); // the invocation died: SQS redelivers the whole batch
      }
    }
    queue = retry;
    harness.clock = new Date(harness.clock.getTime() + visibilitySeconds * 1000);
  }
  return { invocations, stranded: queue.length };
}
