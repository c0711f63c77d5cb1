/**
 * The `report.` messages (issue 15): the Markdown report, the support bundle and the CLI's own texts (help,
 * usage errors, notes on stderr) in every language. Each part lives in its own file, all five languages side by
 * side; this file joins them so each language catalog spreads one object.
 */
import { BUNDLE_DE, BUNDLE_EN, BUNDLE_FR, BUNDLE_JA, BUNDLE_KO } from './report-bundle';
import { CASE_DE, CASE_EN, CASE_FR, CASE_JA, CASE_KO } from './report-case';
import { CLI_DE, CLI_EN, CLI_FR, CLI_JA, CLI_KO } from './report-cli';
import { HELP_DE, HELP_EN, HELP_FR, HELP_JA, HELP_KO } from './report-help';
import { COMPARE_DE, COMPARE_EN, COMPARE_FR, COMPARE_JA, COMPARE_KO } from './report-compare';
import { DEMO_DE, DEMO_EN, DEMO_FR, DEMO_JA, DEMO_KO } from './report-demo';
import { DENIAL_DE, DENIAL_EN, DENIAL_FR, DENIAL_JA, DENIAL_KO } from './report-denial';
import { NOTES_DE, NOTES_EN, NOTES_FR, NOTES_JA, NOTES_KO } from './report-notes';
import { MARKDOWN_DE, MARKDOWN_EN, MARKDOWN_FR, MARKDOWN_JA, MARKDOWN_KO } from './report-markdown';
import { OPTIONS_DE, OPTIONS_EN, OPTIONS_FR, OPTIONS_JA, OPTIONS_KO } from './report-options';

/** English source texts. */
export const REPORT_EN = {
  ...MARKDOWN_EN,
  ...BUNDLE_EN,
  ...CASE_EN,
  ...HELP_EN,
  ...OPTIONS_EN,
  ...CLI_EN,
  ...NOTES_EN,
  ...DENIAL_EN,
  ...COMPARE_EN,
  ...DEMO_EN,
} as const;

type ReportCatalog = Readonly<Record<keyof typeof REPORT_EN, string>>;

/** German. */
export const REPORT_DE: ReportCatalog = {
  ...MARKDOWN_DE,
  ...BUNDLE_DE,
  ...CASE_DE,
  ...HELP_DE,
  ...OPTIONS_DE,
  ...CLI_DE,
  ...NOTES_DE,
  ...DENIAL_DE,
  ...COMPARE_DE,
  ...DEMO_DE,
};
/** French. */
export const REPORT_FR: ReportCatalog = {
  ...MARKDOWN_FR,
  ...BUNDLE_FR,
  ...CASE_FR,
  ...HELP_FR,
  ...OPTIONS_FR,
  ...CLI_FR,
  ...NOTES_FR,
  ...DENIAL_FR,
  ...COMPARE_FR,
  ...DEMO_FR,
};
/** Japanese. */
export const REPORT_JA: ReportCatalog = {
  ...MARKDOWN_JA,
  ...BUNDLE_JA,
  ...CASE_JA,
  ...HELP_JA,
  ...OPTIONS_JA,
  ...CLI_JA,
  ...NOTES_JA,
  ...DENIAL_JA,
  ...COMPARE_JA,
  ...DEMO_JA,
};
/** Korean. */
export const REPORT_KO: ReportCatalog = {
  ...MARKDOWN_KO,
  ...BUNDLE_KO,
  ...CASE_KO,
  ...HELP_KO,
  ...OPTIONS_KO,
  ...CLI_KO,
  ...NOTES_KO,
  ...DENIAL_KO,
  ...COMPARE_KO,
  ...DEMO_KO,
};
