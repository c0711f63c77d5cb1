/**
 * Child process of `bench/lambda.ts` (run as `node --import tsx bench/lib/lambda-invoke.ts BUNDLE HANDLER`):
 * stubs every SDK client class like the end-to-end test's mocked account (the bundle requires the SDK from
 * node_modules, as it would from the Lambda runtime, so the stubs answer its clients), loads the bundled
 * handler, and times its first and second invocation. Prints one `LAMBDA_BENCH_RESULT {json}` line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerLikeAws, stubAccount } from '../../test/handlers/end-to-end-account';

/** The denial the end-to-end account is built around (an execution role missing dynamodb:PutItem). */
const DENIAL_FIXTURE = join(
  __dirname,
  '..',
  '..',
  'test',
  'fixtures',
  'cloudtrail',
  'exec-role-dynamodb-implicit-identity.json',
);

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

function sqsEvent(messageId: string): unknown {
  const body = readFileSync(DENIAL_FIXTURE, 'utf8');
  const record = { messageId, receiptHandle: `rh-${messageId}`, body, attributes: {}, messageAttributes: {} };
  return {
    Records: [
      {
        ...record,
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:intake',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main(bundle: string, handlerName: string): Promise<void> {
  Object.assign(process.env, {
    TOPIC_ARN: 'arn:aws:sns:us-east-1:111122223333:laa-alerts',
    TABLE_NAME: 'laa-dedup',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'bench-only-not-a-secret',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  answerLikeAws(stubAccount());
  const load = performance.now();
  const { handler } = (await import(bundle)) as { handler: Handler };
  const loadMs = performance.now() - load;
  const context = { functionName: `laa-${handlerName}`, awsRequestId: 'req-1' };
  const event = (id: string): unknown => (handlerName === 'sweep' ? {} : sqsEvent(id));
  const first = await timed(() => handler(event('m-1'), context));
  const second = await timed(() => handler(event('m-2'), context));
  process.stdout.write(`\nLAMBDA_BENCH_RESULT ${JSON.stringify({ loadMs, first, second })}\n`);
}

main(process.argv[2] ?? '', process.argv[3] ?? 'on-denial').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
