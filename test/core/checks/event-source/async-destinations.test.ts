import { ASYNC_DESTINATIONS } from '../../../../lambda/core/checks/event-source/async-destinations';
import type { FunctionInfo, PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { loadActionCatalog } from '../../../../lambda/catalog';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, NOW, allow, deny, doc, fn, role, single } from '../../../support/factory';

const CATALOG = loadActionCatalog();

const DLQ = `arn:aws:sqs:us-east-1:${ACCOUNT}:a-dlq`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:a-failures`;
const BUS = `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/a-bus`;
const TARGET = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:a-next`;
const BUCKET = 'arn:aws:s3:::a-failures-bucket';

function run(extra: Partial<FunctionInfo>, policy: PolicyDocument) {
  const f = fn('a-async', 'a-async-role', extra);
  return ASYNC_DESTINATIONS.run({
    snapshot: single(f, role('a-async-role', { app: policy })),
    fn: f,
    catalog: CATALOG,
    now: NOW,
  });
}

describe('LAA-ASYNC-DESTINATIONS', () => {
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, string, string[]]>([
    ['SQS DLQ allowed', { deadLetterTargetArn: DLQ }, doc(allow('sqs:SendMessage', DLQ)), 'pass', []],
    ['SQS DLQ missing', { deadLetterTargetArn: DLQ }, doc(), 'fail', ['sqs:SendMessage']],
    ['SNS DLQ missing', { deadLetterTargetArn: TOPIC }, doc(allow('sqs:SendMessage')), 'fail', ['sns:Publish']],
    [
      'EventBridge on-success allowed',
      { destinations: { onSuccess: BUS } },
      doc(allow('events:PutEvents', BUS)),
      'pass',
      [],
    ],
    [
      'Lambda on-failure missing',
      { destinations: { onFailure: TARGET } },
      doc(allow('lambda:InvokeFunction', `${TARGET}-other`)),
      'fail',
      ['lambda:InvokeFunction'],
    ],
    [
      'S3 on-failure needs PutObject and ListBucket',
      { destinations: { onFailure: BUCKET } },
      doc(allow('s3:PutObject', `${BUCKET}/*`)),
      'fail',
      ['s3:ListBucket'],
    ],
    [
      'explicit deny on SNS',
      { destinations: { onFailure: TOPIC } },
      doc(allow('sns:*'), deny('sns:Publish', TOPIC)),
      'fail',
      ['sns:Publish'],
    ],
    [
      'two targets, one broken',
      { deadLetterTargetArn: DLQ, destinations: { onSuccess: BUS } },
      doc(allow('sqs:SendMessage', DLQ)),
      'fail',
      ['events:PutEvents'],
    ],
  ])('%s', (_name, extra, policy, status, actions) => {
    const out = run(extra, policy);
    expect(out.status).toBe(status);
    expect(out.findings.map((f) => f.action)).toEqual(actions.slice(0, out.findings.length));
    if (status === 'fail') {
      expect(out.findings).toHaveLength(1);
      expect(out.findings[0].severity).toBe('medium');
      expect(out.findings[0].fix?.cli).toMatch(/^aws iam (put-role-policy|get-role-policy)/);
    }
  });

  it('uses topic.grantPublish in CDK', () => {
    expect(run({ deadLetterTargetArn: TOPIC }, doc()).findings[0].fix?.cdk).toContain('topic.grantPublish(fn)');
  });

  it('is not applicable without DLQ or destinations', () => {
    expect(run({}, doc()).status).toBe('not-applicable');
  });

  it.each<[string, Partial<FunctionInfo>, string, string, string]>([
    [
      'SQS dead-letter queue',
      { deadLetterTargetArn: DLQ },
      'a-async kann nicht an die Warteschlange für unzustellbare Nachrichten zustellen',
      `Der Ausführungsrolle a-async-role wird sqs:SendMessage auf ${DLQ} verweigert, daher gehen fehlgeschlagene asynchrone Ereignisse von a-async verloren, statt die Warteschlange für unzustellbare Nachrichten zu erreichen.`,
      'Die Metrik DeadLetterErrors von a-async beobachten: Sie zählt diese stillen Zustellfehler.',
    ],
    [
      'SNS on-failure destination',
      { destinations: { onFailure: TOPIC } },
      'a-async kann nicht an das Ziel bei Fehlern zustellen',
      `Der Ausführungsrolle a-async-role wird sns:Publish auf ${TOPIC} verweigert, daher gehen fehlgeschlagene asynchrone Ereignisse von a-async verloren, statt das Ziel bei Fehlern zu erreichen.`,
      'Die Metrik DestinationDeliveryFailures von a-async beobachten: Sie zählt diese stillen Zustellfehler.',
    ],
    [
      'EventBridge on-success destination',
      { destinations: { onSuccess: BUS } },
      'a-async kann nicht an das Ziel bei Erfolg zustellen',
      `Der Ausführungsrolle a-async-role wird events:PutEvents auf ${BUS} verweigert, daher gehen fehlgeschlagene asynchrone Ereignisse von a-async verloren, statt das Ziel bei Erfolg zu erreichen.`,
      'Die Metrik DestinationDeliveryFailures von a-async beobachten: Sie zählt diese stillen Zustellfehler.',
    ],
  ])('%s: rendered in de, identifiers verbatim', (_name, extra, title, summary, metric) => {
    const finding = run(extra, doc()).findings[0];
    const de = localizeFinding(finding, 'de');
    expect(de.title).toBe(title);
    expect(de.explanation.summary).toBe(summary);
    expect(de.explanation.details).toContain(metric);
    expect(de.fix?.summary).toMatch(/^\w+:\w+ für Rolle a-async-role erlauben \(Inline-Richtlinie\)\.$/);
    expect(de.fix?.notes).toContain(
      'Verwendet die Warteschlange oder das Thema einen kundenverwalteten KMS-Schlüssel, muss auch dessen Schlüsselrichtlinie die Ausführungsrolle erlauben.',
    );
    expect(de.fingerprint).toBe(finding.fingerprint);
    expect(renderEmailBody(finding, 'de')).toContain(de.explanation.summary);
  });
});
