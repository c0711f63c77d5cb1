/**
 * Intake cost of oversized `errorMessage`s (docs/intake.md, "Long messages"): parse + classify of one event
 * whose message is padded to 4 KiB, 64 KiB and ~1 MiB (under the 1 MiB event cap), with the deciding policy
 * ARN and the authorization-ID link at the end of the padding-free grammar part. Shows the cost grows with
 * the message size (JSON decoding, truncation), not with regex backtracking.
 */
import { parseDenial } from '../lambda/core/cloudtrail';
import type { BenchResult } from './types';

const ROLE = 'arn:aws:sts::111122223333:assumed-role/fn-role/fn';

function event(padding: number): string {
  const message = `User: ${ROLE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-a1/service_control_policy/p-1 ${'x'.repeat(padding)}. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1`;
  return JSON.stringify({
    eventID: 'e',
    eventTime: '2026-12-01T10:00:00Z',
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    awsRegion: 'us-east-1',
    errorCode: 'AccessDenied',
    errorMessage: message,
    recipientAccountId: '111122223333',
    userIdentity: { type: 'AssumedRole', arn: ROLE, accountId: '111122223333' },
  });
}

function microsPerEvent(text: string, minMs = 1000): { us: number; runs: number } {
  parseDenial(text);
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    parseDenial(text);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { us: Math.round(((elapsed * 1000) / runs) * 10) / 10, runs };
}

/** Benchmark entry point used by `npm run bench`. */
export async function run(): Promise<BenchResult[]> {
  return [4_096, 65_536, 1_040_000].map((padding) => {
    const text = event(padding);
    const parsed = parseDenial(text);
    const okay = parsed.ok && parsed.value.reason.authorizationId === 'EXAMPLE1' && parsed.value.errorMessageTruncated;
    const { us, runs } = microsPerEvent(text);
    return {
      name: `intake: parse one event with a ${Math.round(text.length / 1024)} KiB errorMessage`,
      value: us,
      unit: 'µs/event',
      note: `${runs} runs, 1 core; reason and authorization ID still parsed: ${okay ? 'yes' : 'NO'}`,
    };
  });
}
