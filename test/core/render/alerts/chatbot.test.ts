import {
  CHATBOT_EVENT_TYPE,
  CHATBOT_LIMITS,
  renderChatbotNotification,
} from '../../../../lambda/core/render/alerts/chatbot';
import type { Severity } from '../../../../lambda/core/findings/types';
import { sampleFinding } from '../../../support/factory';

describe('renderChatbotNotification', () => {
  const n = renderChatbotNotification(sampleFinding());

  it('has the required custom-notification header', () => {
    expect(n.version).toBe('1.0');
    expect(n.source).toBe('custom');
    expect(n.content.textType).toBe('client-markdown');
    expect(n.metadata.eventType).toBe(CHATBOT_EVENT_TYPE);
  });

  it('threads repeats of one problem by fingerprint and relates the function', () => {
    expect(n.metadata.threadId).toBe('0123456789abcdef');
    expect(n.metadata.relatedResources).toEqual(['arn:aws:lambda:eu-west-1:111122223333:function:orders-processor']);
    expect(n.metadata.additionalContext).toEqual({
      checkId: 'LAA-ROLE-DENIED-ACTION',
      severity: 'high',
      eventID: '560bcc37-36b9-43f4-8447-2bab2d7cd7cf',
    });
  });

  it.each([
    ['function', '*Function:* `orders-processor` (111122223333, eu-west-1)'],
    ['action', '*Action:* `s3:GetObject`'],
    ['why', '*Why:* No identity-based policy of role orders-processor-role allows s3:GetObject'],
    ['deciding policy type', '*Decided by:* identity-based policy'],
    ['when', '*When:* 2026-11-23T01:02:03Z UTC'],
    ['fix policy JSON in a code block', '```\n{\n  "Effect": "Allow"'],
  ])('describes the %s in markdown', (_name, text) => {
    expect(n.content.description).toContain(text);
  });

  it('lists the fix, CLI, note and reference as next steps', () => {
    expect(n.content.nextSteps[0]).toBe(
      'Allow s3:GetObject on arn:aws:s3:::orders-bucket/incoming/* for role orders-processor-role.',
    );
    expect(n.content.nextSteps[1]).toMatch(/^CLI: aws iam put-role-policy/);
    expect(n.content.nextSteps).toHaveLength(4);
  });

  it.each<[Severity, string]>([
    ['critical', ':rotating_light:'],
    ['high', ':no_entry:'],
    ['medium', ':warning:'],
    ['low', ':information_source:'],
    ['info', ':speech_balloon:'],
  ])('marks %s findings with %s', (severity, emoji) => {
    expect(renderChatbotNotification(sampleFinding({ severity })).content.title.startsWith(`${emoji} `)).toBe(true);
  });

  it('bounds description, title and next steps of huge findings', () => {
    const huge = sampleFinding({
      title: 't'.repeat(1000),
      explanation: { ...sampleFinding().explanation, summary: 's'.repeat(10_000) },
      fix: { summary: 'f'.repeat(1000), notes: Array.from({ length: 20 }, (_, i) => `note ${i}`) },
    });
    const out = renderChatbotNotification(huge);
    expect(out.content.title.length).toBeLessThanOrEqual(CHATBOT_LIMITS.title);
    expect(out.content.description.length).toBeLessThanOrEqual(CHATBOT_LIMITS.description);
    expect(out.content.nextSteps.length).toBeLessThanOrEqual(CHATBOT_LIMITS.nextSteps);
    for (const step of out.content.nextSteps) expect(step.length).toBeLessThanOrEqual(CHATBOT_LIMITS.nextStep);
  });

  it('does not let a backtick in a value break inline code', () => {
    const out = renderChatbotNotification(sampleFinding({ action: 's3:Get`Object' }));
    expect(out.content.description).toContain("*Action:* `s3:Get'Object`");
  });
});
