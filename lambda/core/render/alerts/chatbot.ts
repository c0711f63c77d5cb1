/**
 * Slack/Teams rendering of a finding as an Amazon Q Developer in chat applications (AWS Chatbot) custom
 * notification: `version` "1.0", `source` "custom", markdown `content`, `metadata.threadId` = fingerprint
 * so repeats of one problem thread together.
 */
import type { Finding, Severity } from '../../findings/types';
import { policyTypeName } from '../../policy/wording';
import { slackText } from '../sanitize';
import { safeFinding } from './safe-finding';
import { prettyJson, truncate } from './text';

/** The custom-notification schema (fields we use). */
export interface ChatbotNotification {
  readonly version: '1.0';
  readonly source: 'custom';
  readonly id: string;
  readonly content: {
    readonly textType: 'client-markdown';
    readonly title: string;
    readonly description: string;
    readonly nextSteps: readonly string[];
    readonly keywords: readonly string[];
  };
  readonly metadata: {
    readonly threadId: string;
    readonly summary: string;
    readonly eventType: string;
    readonly relatedResources: readonly string[];
    readonly additionalContext: Readonly<Record<string, string>>;
  };
}

/** Event type shown by Chatbot for our notifications. */
export const CHATBOT_EVENT_TYPE = 'LambdaAccessAuditorFinding';
/** Bounds that keep a message readable in a chat channel (Chatbot's own limits are undocumented). */
export const CHATBOT_LIMITS = { title: 250, description: 3500, nextStep: 300, nextSteps: 5, policyJson: 1200 } as const;

const SEVERITY_EMOJI: Readonly<Record<Severity, string>> = {
  critical: ':rotating_light:',
  high: ':no_entry:',
  medium: ':warning:',
  low: ':information_source:',
  info: ':speech_balloon:',
};

/** Renders `finding` as a Chatbot custom notification (untrusted text escaped: see ../sanitize.ts). */
export function renderChatbotNotification(untrusted: Finding): ChatbotNotification {
  const finding = safeFinding(untrusted, slackText);
  const title = truncate(`${SEVERITY_EMOJI[finding.severity]} ${finding.title}`, CHATBOT_LIMITS.title);
  const context: Record<string, string> = { checkId: finding.checkId, severity: finding.severity };
  if (finding.event) context.eventID = finding.event.eventId;
  if (finding.occurrences) context.occurrences = String(finding.occurrences.count);
  return {
    version: '1.0',
    source: 'custom',
    id: `${finding.fingerprint}-${finding.occurrences?.count ?? 1}`,
    content: {
      textType: 'client-markdown',
      title,
      description: truncate(description(finding), CHATBOT_LIMITS.description),
      nextSteps: nextSteps(finding),
      keywords: [
        finding.severity,
        finding.category,
        finding.checkId,
        ...(finding.function ? [finding.function.name] : []),
      ],
    },
    metadata: {
      threadId: finding.fingerprint,
      summary: truncate(`${finding.severity.toUpperCase()}: ${finding.title}`, CHATBOT_LIMITS.title),
      eventType: CHATBOT_EVENT_TYPE,
      relatedResources: finding.function ? [finding.function.arn] : finding.principal ? [finding.principal] : [],
      additionalContext: context,
    },
  };
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function description(f: Finding): string {
  const lines: string[] = [];
  if (f.function) lines.push(`*Function:* ${code(f.function.name)} (${f.function.account}, ${f.function.region})`);
  if (f.principal) lines.push(`*Principal:* ${code(f.principal)}`);
  if (f.action) lines.push(`*Action:* ${code(f.action)}`);
  if (f.resource) lines.push(`*Resource:* ${code(f.resource)}`);
  lines.push(`*Why:* ${f.explanation.summary}`);
  if (f.explanation.decidingPolicyType) lines.push(`*Decided by:* ${policyTypeName(f.explanation.decidingPolicyType)}`);
  if (f.event) {
    const e = f.event;
    lines.push(`*When:* ${e.time} UTC — ${code(e.errorCode)} for ${code(e.principal)}`);
  }
  if (f.occurrences && f.occurrences.count > 1) {
    lines.push(`*Occurrences:* ${f.occurrences.count} since ${f.occurrences.firstSeen}`);
  }
  if (f.fix) {
    lines.push(`*Fix:* ${f.fix.summary}`);
    if (f.fix.policyJson !== undefined) {
      lines.push('```', truncate(prettyJson(f.fix.policyJson), CHATBOT_LIMITS.policyJson), '```');
    }
  }
  lines.push(`_${f.checkId} · ${f.category} · fingerprint ${f.fingerprint}_`);
  return lines.join('\n');
}

function nextSteps(f: Finding): string[] {
  const steps: string[] = [];
  if (f.fix) {
    steps.push(f.fix.summary);
    if (f.fix.cli) steps.push(`CLI: ${f.fix.cli}`);
    steps.push(...f.fix.notes);
  }
  if (f.event?.authorizationId) {
    const where = f.event.authorizationUrl ?? `authorization ID ${f.event.authorizationId}`;
    steps.splice(1, 0, `AWS's own evaluation of this denial (IAM Access Troubleshooter): ${where}`);
  }
  steps.push(...f.references.map((r) => `${r.title}: ${r.url}`));
  return steps.slice(0, CHATBOT_LIMITS.nextSteps).map((s) => truncate(s, CHATBOT_LIMITS.nextStep));
}
