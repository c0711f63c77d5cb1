/**
 * `--lang` and the locale fallback of the CLI (issue 15): the table report and the alert preview change
 * language; AWS identifiers and check IDs do not; an unusable language is English with a note on stderr.
 */
import { main } from '../../lambda/cli/main';
import { fakeDeps, memoryIo } from './helpers';

describe('--lang', () => {
  it.each([
    [['--lang', 'ja'], {}, '[1] 高  TEST-BROKEN  broken-fn', '概要: 監査した関数 3 件'],
    [[], { LANG: 'de_DE.UTF-8' }, '[1] HOCH  TEST-BROKEN  broken-fn', 'Zusammenfassung: 3 Funktionen geprüft'],
    [['--lang', 'fr'], { LANG: 'de_DE.UTF-8' }, '[1] ÉLEVÉE  TEST-BROKEN  broken-fn', 'Résumé : 3 fonctions auditées'],
    [['--lang', 'ko'], {}, '[1] 높음  TEST-BROKEN  broken-fn', '요약: 감사한 함수 3개'],
    [[], {}, '[1] HIGH  TEST-BROKEN  broken-fn', 'Summary: 3 functions audited'],
  ])('demo %j with env %j', async (flags, env, head, summary) => {
    const m = memoryIo({ env });
    expect(await main(['demo', ...flags], m.io, fakeDeps())).toBe(0);
    expect(m.out()).toContain(head);
    expect(m.out()).toContain(summary);
    expect(m.err()).toBe('');
  });

  it.each([
    [['--lang', 'xx'], {}, 'note: unknown language "xx" (supported: en, de, fr, ja, ko); using en\n'],
    [
      [],
      { LANG: 'pt_BR.UTF-8' },
      'note: LANG=pt_BR.UTF-8 names no supported language (en, de, fr, ja, ko); using en\n',
    ],
  ])('%j with env %j: English and one note on stderr', async (flags, env, note) => {
    const m = memoryIo({ env });
    expect(await main(['demo', '--alerts', ...flags], m.io, fakeDeps())).toBe(0);
    expect(m.out()).toContain('Summary: 3 functions audited');
    expect(m.err()).toBe(note);
  });

  it('shows the alert preview in the chosen language', async () => {
    const m = memoryIo();
    await main(['demo', '--alerts', '--lang', 'ja'], m.io, fakeDeps());
    expect(m.out()).toContain('アラート: 検出結果 2 件中');
    expect(m.out()).toContain('Slack (SNS の "default" キー');
  });
});
