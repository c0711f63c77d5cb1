import { XRAY_TRACING } from '../../../../lambda/core/checks/execution-role/xray-tracing';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import type { FunctionInfo, KmsKeyInfo, PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, doc, fn, role, single } from '../../../support/factory';

function world(extra: Partial<FunctionInfo>, policy: PolicyDocument, kmsKeys?: KmsKeyInfo[]) {
  const f = fn('a-feat', 'a-feat-role', extra);
  return { f, snapshot: single(f, role('a-feat-role', { app: policy }), { kmsKeys }) };
}

describe('LAA-XRAY-TRACING', () => {
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, string]>([
    [
      'active with permissions',
      { tracingMode: 'Active' },
      doc(allow(['xray:PutTraceSegments', 'xray:PutTelemetryRecords'])),
      'pass',
    ],
    ['active without permissions', { tracingMode: 'Active' }, doc(), 'fail'],
    ['active, telemetry missing', { tracingMode: 'Active' }, doc(allow('xray:PutTraceSegments')), 'fail'],
    [
      'active, scoped to its own function',
      { tracingMode: 'Active' },
      doc(
        allow('xray:PutTraceSegments', '*', {
          Condition: {
            ArnEquals: { 'lambda:SourceFunctionArn': `arn:aws:lambda:us-east-1:${ACCOUNT}:function:a-feat` },
          },
        }),
        allow('xray:PutTelemetryRecords'),
      ),
      'pass',
    ],
    ['pass-through', { tracingMode: 'PassThrough' }, doc(), 'not-applicable'],
  ])('%s', (_name, extra, policy, status) => {
    const { f, snapshot } = world(extra, policy);
    const out = XRAY_TRACING.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe(status);
    if (status === 'fail') expect(out.findings[0].fix?.cdk).toContain('AWSXRayDaemonWriteAccess');
  });

  it.each<[string, PolicyDocument, string, string]>([
    [
      'both denied',
      doc(),
      'Der Ausführungsrolle a-feat-role wird xray:PutTraceSegments, xray:PutTelemetryRecords verweigert, daher erreichen die Traces von a-feat X-Ray nie.',
      'xray:PutTraceSegments, xray:PutTelemetryRecords für Rolle a-feat-role erlauben (Inline-Richtlinie).',
    ],
    [
      'telemetry denied',
      doc(allow('xray:PutTraceSegments')),
      'Der Ausführungsrolle a-feat-role wird xray:PutTelemetryRecords verweigert, daher erreichen die Traces von a-feat X-Ray nie.',
      'xray:PutTelemetryRecords für Rolle a-feat-role erlauben (Inline-Richtlinie).',
    ],
  ])('%s: rendered in de, identifiers verbatim', (_name, policy, summary, fixSummary) => {
    const { f, snapshot } = world({ tracingMode: 'Active' }, policy);
    const finding = XRAY_TRACING.run({ snapshot, fn: f, now: NOW }).findings[0];
    const de = localizeFinding(finding, 'de');
    expect(de.title).toBe('a-feat nutzt aktive Nachverfolgung, kann aber keine Traces an X-Ray senden');
    expect(de.explanation.summary).toBe(summary);
    expect(de.fix?.summary).toBe(fixSummary);
    expect(de.fix?.notes).toContain(
      'CDK fügt diese Berechtigungen selbst hinzu, wenn die Funktion mit tracing: lambda.Tracing.ACTIVE erstellt wird.',
    );
    expect(renderEmailBody(finding, 'de')).toContain(de.explanation.summary);
  });
});
