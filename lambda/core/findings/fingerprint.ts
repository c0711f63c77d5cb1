/**
 * Stable finding fingerprints: the dedup key across events and sweeps.
 */
import { createHash } from 'node:crypto';

/** The parts a fingerprint is made of. Missing parts count as empty strings. */
export interface FingerprintParts {
  readonly checkId: string;
  readonly functionArn?: string;
  readonly principal?: string;
  readonly action?: string;
  /** A resource *pattern*, so the same bug on many objects of one bucket dedups into one finding. */
  readonly resourcePattern?: string;
  /** The cause: e.g. deciding policy type, missing statement, trigger ARN. */
  readonly cause?: string;
}

/**
 * Returns a 16-hex-digit SHA-256 prefix of the normalized parts. Actions are compared
 * case-insensitively (AWS writes `SNS:Publish` and `sqs:sendmessage`), everything else exactly.
 */
export function fingerprint(parts: FingerprintParts): string {
  const normalized = [
    parts.checkId,
    parts.functionArn ?? '',
    parts.principal ?? '',
    (parts.action ?? '').toLowerCase(),
    parts.resourcePattern ?? '',
    parts.cause ?? '',
  ].join('\u0000');
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}
