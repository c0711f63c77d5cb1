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
import { t, type Lang } from '../core/i18n';
import { localizeFinding } from '../core/render/localize';

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

/**
 * Tells stderr what `--suppressions` removed from the report and which rules expired, in `lang` (rule IDs,
 * reasons, check IDs and dates verbatim).
 */
export function noteSuppressions(io: CliIo, outcome: AuditResult, lang: Lang): void {
  for (const rule of outcome.expiredSuppressions) {
    const params = { id: terminalText(rule.id), expires: terminalText(rule.expires ?? '') };
    io.stderr.write(`${t(lang, 'report.notes.suppressionExpired', params)}\n`);
  }
  if (outcome.suppressed.length === 0) return;
  io.stderr.write(`${t(lang, 'report.notes.suppressed', { count: outcome.suppressed.length })}\n`);
  for (const { finding, rule } of outcome.suppressed) {
    const title = localizeFinding(finding, lang).title;
    io.stderr.write(
      `  ${finding.checkId} ${terminalText(title)} [${terminalText(rule.id)}: ${terminalText(rule.reason)}]\n`,
    );
  }
}
