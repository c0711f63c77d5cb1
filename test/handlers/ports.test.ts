import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { powertoolsLogger, powertoolsMetrics } from '../../lambda/handlers/ports';

/** Captures what Powertools writes to stdout (EMF and JSON log lines). */
function captureStdout(run: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines
    .join('')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('powertools adapters', () => {
  it('emits a dimensioned count as its own EMF line and plain counts on flush', () => {
    const sink = powertoolsMetrics(new Metrics({ namespace: 'LambdaAccessAuditor', serviceName: 'laa' }));
    const out = captureStdout(() => {
      sink.count('Findings', 1, { severity: 'high' });
      sink.count('AlertsPublished', 2);
      sink.flush();
    });
    const directives = out.map(
      (o) =>
        (o._aws as { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] })
          .CloudWatchMetrics[0],
    );
    expect(directives.map((d) => [d.Metrics.map((m) => m.Name), d.Dimensions])).toEqual([
      [['Findings'], [['service', 'severity']]],
      [['AlertsPublished'], [['service']]],
    ]);
    expect(out[0]).toMatchObject({ severity: 'high', Findings: 1 });
    expect(out[1]).toMatchObject({ AlertsPublished: 2 });
  });

  it('logs attributes at the root of the JSON line', () => {
    const logger = powertoolsLogger(new Logger({ serviceName: 'laa' }));
    const out = captureStdout(() => logger.info('finding', { checkId: 'LAA-X', severity: 'high' }));
    expect(out[0]).toMatchObject({
      level: 'INFO',
      message: 'finding',
      checkId: 'LAA-X',
      severity: 'high',
      service: 'laa',
    });
  });
});
