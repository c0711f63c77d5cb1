/**
 * `--suppressions FILE` for audit, sweep, explain and demo: a JSON array of ignore rules for findings, the
 * same rules and matcher (lambda/core/findings/suppress.ts) as the deployed handlers' `suppressions` prop.
 * Suppressed findings leave the report; they and expired rules are listed on stderr, never silently.
 */
import type { OptionSpec, ParsedArgs } from './args';
import { parseSuppressions, type Suppression } from '../core/findings/suppress';
import { terminalText } from '../core/render/sanitize';
import { inputError, readJson, type CliIo } from './io';
import type { AuditResult } from '../core/audit';

/** The option itself. */
export const SUPPRESSIONS_OPTION: OptionSpec = {
  name: 'suppressions',
  type: 'string',
  valueName: 'FILE',
  description: 'JSON array of ignore rules for findings (checkId, target glob, fingerprint, reason, expires).',
};

/** The rules of `--suppressions`, or none; a bad file is a usage error naming the file and the rule. */
export function loadSuppressions(args: ParsedArgs, io: CliIo): readonly Suppression[] {
  const path = args.options.suppressions;
  if (typeof path !== 'string') return [];
  const parsed = parseSuppressions(readJson(io, path, 'suppressions file'));
  if (!parsed.ok) throw inputError(`suppressions file ${path}: ${parsed.error.message}`);
  return parsed.value;
}

/** Tells stderr what `--suppressions` removed from the report and which rules expired. */
export function noteSuppressions(io: CliIo, outcome: AuditResult): void {
  for (const rule of outcome.expiredSuppressions) {
    io.stderr.write(
      `suppression ${terminalText(rule.id)} expired on ${terminalText(rule.expires ?? '')}: no longer applied\n`,
    );
  }
  if (outcome.suppressed.length === 0) return;
  io.stderr.write(`${outcome.suppressed.length} finding(s) suppressed:\n`);
  for (const { finding, rule } of outcome.suppressed) {
    io.stderr.write(
      `  ${finding.checkId} ${terminalText(finding.title)} [${terminalText(rule.id)}: ${terminalText(rule.reason)}]\n`,
    );
  }
}
