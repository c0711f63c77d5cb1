import { renderChatbotNotification } from '../../../../lambda/core/render/alerts/chatbot';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import {
  SNS_MAX_MESSAGE_BYTES,
  TRUNCATION_NOTE,
  renderSnsAlert,
} from '../../../../lambda/core/render/alerts/sns-message';
import type { Finding } from '../../../../lambda/core/findings/types';
import { sampleFinding } from '../../../support/factory';

function bigFinding(statementCount: number, textSize: number): Finding {
  const base = sampleFinding();
  const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${'é'.repeat(textSize)}` };
  return {
    ...base,
    explanation: {
      ...base.explanation,
      statements: Array.from({ length: statementCount }, (_, i) => ({
        ...base.explanation.statements[0],
        index: i,
        statement,
      })),
      details: Array.from({ length: statementCount }, (_, i) => `detail ${i} ${'ü'.repeat(textSize)}`),
    },
  };
}

describe('renderSnsAlert', () => {
  it('renders default (Chatbot JSON string) and email (plain text) for a normal finding', () => {
    const finding = sampleFinding();
    const alert = renderSnsAlert(finding);
    const message = JSON.parse(alert.message) as Record<string, unknown>;
    expect(Object.keys(message).sort()).toEqual(['default', 'email']);
    expect(typeof message.default).toBe('string');
    expect(JSON.parse(message.default as string)).toEqual(renderChatbotNotification(finding));
    expect(message.email).toBe(renderEmailBody(finding));
    expect(alert.truncated).toBe(false);
    expect(alert.subject).toBe(
      '[LAA HIGH] orders-processor cannot s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
    );
  });

  it.each([
    ['many statements of moderate size', 400, 500],
    ['few enormous texts', 3, 200_000],
    ['thousands of small statements', 5_000, 10],
  ])('fits %s under 256 KB (UTF-8 bytes) with a note', (_name, count, size) => {
    const finding = bigFinding(count, size);
    const alert = renderSnsAlert(finding);
    expect(Buffer.byteLength(alert.subject) + Buffer.byteLength(alert.message)).toBe(alert.bytes);
    expect(alert.bytes).toBeLessThanOrEqual(SNS_MAX_MESSAGE_BYTES);
    expect(alert.truncated).toBe(true);
    const email = (JSON.parse(alert.message) as { email: string }).email;
    expect(email).toContain(TRUNCATION_NOTE);
    expect(email).toContain('Fingerprint: 0123456789abcdef');
  });

  it('honours a smaller budget by shortening further', () => {
    const alert = renderSnsAlert(bigFinding(50, 2_000), 8_000);
    expect(alert.bytes).toBeLessThanOrEqual(8_000);
    expect(alert.truncated).toBe(true);
  });

  it('falls back to the identity fields when even the shortest level is too big', () => {
    const alert = renderSnsAlert(bigFinding(50, 2_000), 3_000);
    const email = (JSON.parse(alert.message) as { email: string }).email;
    expect(email).toContain('orders-processor cannot s3:GetObject');
    expect(email).toContain(TRUNCATION_NOTE);
    expect(email).not.toContain('detail 0');
  });
});
