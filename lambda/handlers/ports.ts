/**
 * The two observability ports the handler pipeline writes to, with Powertools adapters. Tests plug in
 * recording implementations; production uses Powertools Logger (structured JSON) and Metrics (EMF).
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';

/** Structured logging: a message plus flat attributes. Never pass environment values. */
export interface AuditLogger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

/** Counters. Dimensions must be low-cardinality (severity, category, class — never IDs). */
export interface MetricsSink {
  count(name: string, value?: number, dimensions?: Readonly<Record<string, string>>): void;
  /** Writes buffered metrics (end of invocation). */
  flush(): void;
}

/** Adapts Powertools Logger to {@link AuditLogger} (attributes land at the root of the JSON line). */
export function powertoolsLogger(logger: Logger): AuditLogger {
  return {
    info: (message, attributes) => logger.info(message, attributes ?? {}),
    warn: (message, attributes) => logger.warn(message, attributes ?? {}),
    error: (message, attributes) => logger.error(message, attributes ?? {}),
  };
}

/** Adapts Powertools Metrics to {@link MetricsSink}: dimensioned counts become single-metric EMF lines. */
export function powertoolsMetrics(metrics: Metrics): MetricsSink {
  return {
    count(name, value = 1, dimensions) {
      if (!dimensions || Object.keys(dimensions).length === 0) {
        metrics.addMetric(name, MetricUnit.Count, value);
        return;
      }
      const single = metrics.singleMetric();
      single.addDimensions({ ...dimensions });
      single.addMetric(name, MetricUnit.Count, value);
    },
    flush() {
      metrics.publishStoredMetrics();
    },
  };
}
