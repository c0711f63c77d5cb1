/**
 * Noise control: an ordered ignore list. A matching rule either silences a denial (`ignore`: counted,
 * never alerted) or lowers its severity (`low-severity`). Built-ins are conservative and documented;
 * users add their own (same shape) through configuration.
 */
import type { DenialClassification, DeniedRequest } from './types';

/** Ignore list (noise control): built-ins + user rules. All given criteria must match (AND). */
export interface IgnoreRule {
  /** Stable identifier shown in findings and metrics (`ignoredBy.rule`). */
  id: string;
  description: string;
  /** Glob (`*`, `?`) on the caller ARN, role ARN or invoking service. */
  principal?: string;
  /** Glob on the IAM action, case-insensitive (`ec2:Describe*`). */
  action?: string;
  /** Glob on the error code, case-insensitive. */
  errorCode?: string;
  /** Glob on `eventSource`, case-insensitive. */
  eventSource?: string;
  /** Matches the CloudTrail `readOnly` flag. */
  readOnly?: boolean;
  /** Matches calls made from the AWS console. */
  viaConsole?: boolean;
  effect: 'ignore' | 'low-severity';
}

/**
 * Built-in rules. Humans browsing the console hit read-only denials constantly (each console page calls
 * many List/Describe APIs), so those become low severity rather than alerts. The auditor's own role is
 * deliberately NOT ignored: if it cannot read, its findings are incomplete and someone must know.
 */
export const BUILTIN_IGNORE_RULES: readonly IgnoreRule[] = [
  {
    id: 'builtin-console-read-only',
    description: 'Read-only (Get/List/Describe) calls denied while a person browses the AWS console',
    readOnly: true,
    viaConsole: true,
    effect: 'low-severity',
  },
  {
    id: 'builtin-service-linked-read-only',
    description: 'Read-only probes by AWS service-linked roles (Config, Access Analyzer, …); AWS manages those roles',
    principal: 'arn:*:sts::*:assumed-role/AWSServiceRoleFor*',
    readOnly: true,
    effect: 'ignore',
  },
];

const globCache = new Map<string, RegExp>();

/** Case-insensitive glob (`*` any run, `?` one character) to a cached anchored RegExp. */
function glob(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'is');
    if (globCache.size < 1000) globCache.set(pattern, re);
  }
  return re;
}

function principalMatches(pattern: string, req: DeniedRequest): boolean {
  const re = glob(pattern);
  const { arn, roleArn, invokedBy } = req.caller;
  return [arn, roleArn, invokedBy].some((v) => v !== undefined && re.test(v));
}

/** True when every criterion the rule sets matches the request. */
export function ruleMatches(rule: IgnoreRule, req: DeniedRequest): boolean {
  if (rule.principal !== undefined && !principalMatches(rule.principal, req)) return false;
  if (rule.action !== undefined && !glob(rule.action).test(req.action)) return false;
  if (rule.errorCode !== undefined && !glob(rule.errorCode).test(req.errorCode)) return false;
  if (rule.eventSource !== undefined && !glob(rule.eventSource).test(req.eventSource)) return false;
  if (rule.readOnly !== undefined && rule.readOnly !== (req.readOnly === true)) return false;
  if (rule.viaConsole !== undefined && rule.viaConsole !== req.caller.viaConsole) return false;
  return true;
}

/**
 * Applies the first matching rule to the classification (user rules are expected before built-ins).
 * @returns the classification, with `ignoredBy` / `severityHint` and one more reason when a rule matched
 */
export function applyIgnoreRules(req: DeniedRequest, rules: readonly IgnoreRule[]): DenialClassification {
  const c = req.classification;
  const rule = rules.find((r) => ruleMatches(r, req));
  if (!rule) return c;
  const reason = `ignore rule ${rule.id}: ${rule.description}`;
  if (rule.effect === 'ignore') {
    return {
      ...c,
      reasons: [...c.reasons, reason],
      ignoredBy: { rule: rule.id, reason: rule.description },
      severityHint: 'info',
    };
  }
  return { ...c, reasons: [...c.reasons, reason], severityHint: 'low' };
}
