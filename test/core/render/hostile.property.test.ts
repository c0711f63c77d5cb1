/**
 * Hostile corpus for every renderer of findings that reaches a person: arbitrary text (controls, bidi,
 * Slack mentions and links, markdown, long messages) in every attacker-influenced field must come out as
 * text: no control or bidi character, no live Slack mention/link, ASCII subject under 100 characters.
 */
import fc from 'fast-check';
import type { Finding } from '../../../lambda/core/findings/types';
import { renderChatbotNotification } from '../../../lambda/core/render/alerts/chatbot';
import { renderEmailBody, renderEmailSubject } from '../../../lambda/core/render/alerts/email';
import { renderSnsAlert } from '../../../lambda/core/render/alerts/sns-message';
import { MAX_ALERT_ERROR_MESSAGE } from '../../../lambda/core/render/sanitize';
import { renderFindingDetails } from '../../../lambda/core/render/details';
import { renderFindingsTable } from '../../../lambda/core/render/table';
import { sampleFinding } from '../../support/factory';

const NASTY = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U024BE7LH>',
  '<#C0123>',
  '<https://evil.example|docs.aws.amazon.com>',
  '<!subteam^S123>',
  '\u001b[2J\u001b[31m',
  '\u009b31m',
  '\u202e',
  '\u2066',
  '\r\n',
  '\u0000',
  '*bold* _it_ ~s~ `code` ```block```',
  '@channel',
];
const hostile = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...NASTY, 'a', ' ', 'fn'), { maxLength: 8 }).map((parts) => parts.join('')),
);

function hostileFinding(t: string[]): Finding {
  const base = sampleFinding();
  const [a = '', b = '', c = '', d = '', e = ''] = t;
  return {
    ...base,
    title: `${a} cannot ${b}`,
    principal: `arn:aws:sts::111122223333:assumed-role/r/${c}`,
    resource: d,
    function: { ...base.function!, name: a, arn: `arn:aws:lambda:eu-west-1:111122223333:function:${a}` },
    explanation: { ...base.explanation, summary: e, details: [b, c], nearMisses: [d] },
    event: { ...base.event!, errorMessage: `${e}${b}`, principal: c, userAgent: d },
    fix: base.fix && { ...base.fix, summary: a, notes: [e] },
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LF_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const SLACK_LIVE = /<[!@#]|<https?:|@(channel|here|everyone)\b/i;
const inputs = fc.array(hostile, { minLength: 5, maxLength: 5 });

describe('renderers under hostile text', () => {
  it('email: ASCII subject under 100 characters, body without control or bidi characters', () => {
    fc.assert(
      fc.property(inputs, (t) => {
        const f = hostileFinding(t);
        const subject = renderEmailSubject(f);
        expect(subject).toMatch(/^[\x20-\x7e]{1,99}$/);
        const body = renderEmailBody(f);
        expect(body).not.toMatch(CONTROL_EXCEPT_LF_TAB);
        expect(body).not.toMatch(BIDI);
      }),
      { numRuns: 200 },
    );
  });

  it('Slack (Chatbot): no live mention or link, no control or bidi character in any text field', () => {
    fc.assert(
      fc.property(inputs, (t) => {
        const n = renderChatbotNotification(hostileFinding(t));
        const texts = [n.content.title, n.content.description, ...n.content.nextSteps, n.metadata.summary];
        for (const text of [...texts, ...n.content.keywords]) {
          expect(text).not.toMatch(SLACK_LIVE);
          expect(text).not.toMatch(CONTROL_EXCEPT_LF_TAB);
          expect(text).not.toMatch(BIDI);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('SNS payload: the published JSON carries only the sanitized renderings', () => {
    fc.assert(
      fc.property(inputs, (t) => {
        const alert = renderSnsAlert(hostileFinding(t));
        const message = JSON.parse(alert.message) as { default: string; email: string };
        expect(message.default).not.toMatch(SLACK_LIVE);
        expect(message.email).not.toMatch(BIDI);
        expect(alert.subject.length).toBeLessThan(100);
      }),
      { numRuns: 100 },
    );
  });

  it('CLI table and details: no raw control or bidi character reaches the terminal', () => {
    fc.assert(
      fc.property(inputs, (t) => {
        const f = hostileFinding(t);
        const table = renderFindingsTable([f]);
        for (const line of table.split('\n')) expect(line).not.toMatch(CONTROL_EXCEPT_LF);
        expect(table).not.toMatch(BIDI);
        const details = renderFindingDetails(f, 1);
        expect(details).not.toMatch(CONTROL_EXCEPT_LF);
        expect(details).not.toMatch(BIDI);
      }),
      { numRuns: 200 },
    );
  });

  it('an oversized errorMessage is cut with a marker in both email and Slack', () => {
    const long = 'x'.repeat(100_000);
    const f = { ...sampleFinding(), event: { ...sampleFinding().event!, errorMessage: long } };
    const marker = `[truncated: ${100_000 - MAX_ALERT_ERROR_MESSAGE} more characters]`;
    expect(renderEmailBody(f)).toContain(marker);
    expect(renderEmailBody(f)).not.toContain('x'.repeat(MAX_ALERT_ERROR_MESSAGE + 1));
    expect(renderSnsAlert(f).truncated).toBe(false);
  });
});
