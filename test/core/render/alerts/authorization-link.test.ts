import { consoleLink } from '../../../../lambda/core/checks/shared/finding';
import type { Finding } from '../../../../lambda/core/findings/types';
import { renderChatbotNotification } from '../../../../lambda/core/render/alerts/chatbot';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { ROLE_FINDING } from '../../../support/factory';

const ID = 'EXAMPLE1a2b3c4d5e';
const LINK = `https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/${ID}`;

describe('consoleLink (links in alerts lead only to the AWS console)', () => {
  it.each<[string, string | undefined, boolean]>([
    ['a regional console link (AWS docs example)', LINK, true],
    ['the global console', `https://console.aws.amazon.com/iam/home#/authorization-details/${ID}`, true],
    ['GovCloud', `https://console.amazonaws-us-gov.com/iam/home#/authorization-details/${ID}`, true],
    ['China', `https://console.amazonaws.cn/iam/home#/authorization-details/${ID}`, true],
    ['another host', `https://evil.example.com/iam/home#/authorization-details/${ID}`, false],
    ['a look-alike host', `https://console.aws.amazon.com.evil.example/iam/home#/authorization-details/${ID}`, false],
    ['plain http', `http://console.aws.amazon.com/iam/home#/authorization-details/${ID}`, false],
    ['not a URL', 'go to the console', false],
    ['no link', undefined, false],
  ])('%s', (_label, url, kept) => {
    expect(consoleLink(url)).toEqual(kept ? { authorizationUrl: url } : {});
  });
});

describe('alerts carry AWS authorization ID and link', () => {
  const withLink = (event: Partial<NonNullable<Finding['event']>>): Finding => ({
    ...ROLE_FINDING,
    event: { ...ROLE_FINDING.event!, ...event },
  });

  it('puts the console link in the email and in the Slack next steps', () => {
    const f = withLink({ authorizationId: ID, authorizationUrl: LINK });
    expect(renderEmailBody(f)).toContain(`AWS's own evaluation (IAM Access Troubleshooter): ${LINK}`);
    const steps = renderChatbotNotification(f).content.nextSteps;
    expect(steps.some((s) => s.includes(`authorization-details/${ID}`))).toBe(true);
  });

  it('names the authorization ID when there is no trusted link', () => {
    const f = withLink({ authorizationId: ID });
    expect(renderEmailBody(f)).toContain(`authorization ID ${ID}`);
    expect(renderChatbotNotification(f).content.nextSteps.join('\n')).toContain(`authorization ID ${ID}`);
  });

  it('adds nothing when AWS gave no authorization ID', () => {
    expect(renderEmailBody(ROLE_FINDING)).not.toContain('IAM Access Troubleshooter');
  });
});
