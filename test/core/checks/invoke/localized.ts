/**
 * Shared assertion of the invoke checks' tests (issue 15): a finding rendered as an email in another language
 * shows the check's title, summary, fix summary and catalog lines in that language, with AWS identifiers
 * verbatim and the fingerprint unchanged.
 */
import type { Finding } from '../../../../lambda/core/findings/types';
import type { Lang } from '../../../../lambda/core/i18n';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';

/** What a localized case expects. */
export interface LocalizedExpectation {
  /** The exact title in the language. */
  readonly title: string;
  /** Identifiers the localized summary must carry verbatim. */
  readonly ids: readonly string[];
  /** How many detail and fix-note lines are localized: the check's own and the engine's reason lines (render/engine-lines.ts). */
  readonly lines: number;
}

/** Renders `f` as a `lang` email and asserts every text the check owns is localized. */
export function expectLocalized(f: Finding, lang: Lang, want: LocalizedExpectation): void {
  const local = localizeFinding(f, lang);
  const body = renderEmailBody(f, lang);
  expect(local.title).toBe(want.title);
  expect(body).toContain(want.title);
  expect(local.explanation.summary).not.toBe(f.explanation.summary);
  expect(body).toContain(local.explanation.summary);
  for (const id of want.ids) expect(local.explanation.summary).toContain(id);
  expect(f.fix).toBeDefined();
  expect(local.fix?.summary).not.toBe(f.fix?.summary);
  expect(body).toContain(local.fix?.summary);
  const before = [...f.explanation.details, ...(f.fix?.notes ?? [])];
  const after = [...local.explanation.details, ...(local.fix?.notes ?? [])];
  expect(after.filter((line, i) => line !== before[i])).toHaveLength(want.lines);
  expect(local.fingerprint).toBe(f.fingerprint);
}
