/**
 * The `report.` messages (issue 15): the Markdown report, the support bundle and the CLI's own texts (help,
 * usage errors, notes on stderr) in every language. Each part lives in its own file, all five languages side by
 * side; this file joins them so each language catalog spreads one object.
 */
import { MARKDOWN_DE, MARKDOWN_EN, MARKDOWN_FR, MARKDOWN_JA, MARKDOWN_KO } from './report-markdown';

/** English source texts. */
export const REPORT_EN = { ...MARKDOWN_EN } as const;

type ReportCatalog = Readonly<Record<keyof typeof REPORT_EN, string>>;

/** German. */
export const REPORT_DE: ReportCatalog = { ...MARKDOWN_DE };
/** French. */
export const REPORT_FR: ReportCatalog = { ...MARKDOWN_FR };
/** Japanese. */
export const REPORT_JA: ReportCatalog = { ...MARKDOWN_JA };
/** Korean. */
export const REPORT_KO: ReportCatalog = { ...MARKDOWN_KO };
