/**
 * Slack/Teams rendering of a finding as an Amazon Q Developer in chat applications (AWS Chatbot) custom
 * notification: `version` "1.0", `source` "custom", markdown `content`, `metadata.threadId` = fingerprint
 * so repeats of one problem thread together.
 */
import type { Finding, Severity } from '../../findings/types';
import { DEFAULT_LANG, translator, type Lang, type Translate } from '../../i18n';
import { policyTypeNameIn } from '../../policy/wording';
import { categoryLabel, localizeFinding, severityLabel } from '../localize';
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

/**
 * Renders `finding` as a Chatbot custom notification in `lang` (untrusted text escaped: see ../sanitize.ts).
 * Keywords and `additionalContext` keep the English codes (severity, category, check ID): they are data.
 */
export function renderChatbotNotification(untrusted: Finding, lang: Lang = DEFAULT_LANG): ChatbotNotification {
  const finding = safeFinding(localizeFinding(untrusted, lang), slackText);
  const tr = translator(lang);
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
      description: truncate(description(finding, lang, tr), CHATBOT_LIMITS.description),
      nextSteps: nextSteps(finding, tr),
      keywords: [
        finding.severity,
        finding.category,
        finding.checkId,
        ...(finding.function ? [finding.function.name] : []),
      ],
    },
    metadata: {
      threadId: finding.fingerprint,
      summary: truncate(
        `${severityLabel(lang, finding.severity).toLocaleUpperCase(lang)}: ${finding.title}`,
        CHATBOT_LIMITS.title,
      ),
      eventType: CHATBOT_EVENT_TYPE,
      relatedResources: finding.function ? [finding.function.arn] : finding.principal ? [finding.principal] : [],
      additionalContext: context,
    },
  };
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function description(f: Finding, lang: Lang, tr: Translate): string {
  const field = (key: Parameters<Translate>[0], value: string): string => `*${tr(key)}:* ${value}`;
  const lines: string[] = [];
  if (f.function) {
    const where = tr('chat.accountRegion', { account: f.function.account, region: f.function.region });
    lines.push(field('label.function', `${code(f.function.name)} (${where})`));
  }
  if (f.principal) lines.push(field('label.principal', code(f.principal)));
  if (f.action) lines.push(field('label.action', code(f.action)));
  if (f.resource) lines.push(field('label.resource', code(f.resource)));
  lines.push(field('label.why', f.explanation.summary));
  const decided = f.explanation.decidingPolicyType;
  if (decided) lines.push(field('label.decidedBy', policyTypeNameIn(lang, decided)));
  if (f.event) {
    const e = f.event;
    lines.push(
      field(
        'label.when',
        tr('chat.when', { time: e.time, errorCode: code(e.errorCode), principal: code(e.principal) }),
      ),
    );
  }
  if (f.occurrences && f.occurrences.count > 1) {
    const o = f.occurrences;
    lines.push(field('label.occurrences', tr('chat.occurrences', { count: String(o.count), first: o.firstSeen })));
  }
  if (f.fix) {
    lines.push(field('label.fix', f.fix.summary));
    if (f.fix.policyJson !== undefined) {
      lines.push('```', truncate(prettyJson(f.fix.policyJson), CHATBOT_LIMITS.policyJson), '```');
    }
  }
  const category = categoryLabel(lang, f.category);
  lines.push(`_${tr('chat.footer', { checkId: f.checkId, category, fingerprint: f.fingerprint })}_`);
  return lines.join('\n');
}

function nextSteps(f: Finding, tr: Translate): string[] {
  const steps: string[] = [];
  if (f.fix) {
    steps.push(f.fix.summary);
    if (f.fix.cli) steps.push(tr('chat.cli', { cli: f.fix.cli }));
    steps.push(...f.fix.notes);
  }
  if (f.event?.authorizationId) {
    const where = f.event.authorizationUrl ?? tr('event.authorizationId', { id: f.event.authorizationId });
    steps.splice(1, 0, tr('chat.awsEvaluation', { where }));
  }
  steps.push(...f.references.map((r) => `${r.title}: ${r.url}`));
  return steps.slice(0, CHATBOT_LIMITS.nextSteps).map((s) => truncate(s, CHATBOT_LIMITS.nextStep));
}
