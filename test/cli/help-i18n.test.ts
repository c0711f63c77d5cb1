/**
 * `--help`, usage errors and notes of the CLI in the chosen language (issue 15): every command's help is fully
 * translated (no option falls back to English), the English catalog equals the specs' texts (so English help is
 * the specs' wording), option names, values and examples stay verbatim, and `--lang` / LANG choose the language.
 */
import { helpText, renderCommandHelp } from '../../lambda/cli/args';
import { COMMANDS, PROG, main } from '../../lambda/cli/main';
import { LANGS } from '../../lambda/core/i18n';
import { fakeDeps, memoryIo } from './helpers';

const OTHER_LANGS = LANGS.filter((l) => l !== 'en');
const OPTIONS = COMMANDS.flatMap((c) => c.spec.options.map((o) => [c.spec.name, o] as const));

describe('help texts', () => {
  it.each(OPTIONS.map(([cmd, o]) => [cmd, o.name, o] as const))('%s --%s has a translation', (cmd, name, o) => {
    const keys = [`report.opt.${cmd}.${name}`, `report.opt.${name}`];
    for (const lang of OTHER_LANGS) {
      expect(`${lang}: ${helpText(lang, keys, o.description)}`).not.toBe(`${lang}: ${o.description}`);
      if (o.defaultText && !o.choices) {
        const defaults = keys.map((k) => `${k}.default`);
        expect(`${lang}: ${helpText(lang, defaults, o.defaultText)}`).not.toBe(`${lang}: ${o.defaultText}`);
      }
    }
  });

  it.each(COMMANDS.map((c) => [c.spec.name, c] as const))('%s: summary and description are translated', (name, c) => {
    for (const lang of OTHER_LANGS) {
      expect(helpText(lang, [`report.help.${name}.summary`], c.spec.summary)).not.toBe(c.spec.summary);
      if (c.spec.description)
        expect(helpText(lang, [`report.help.${name}.description`], c.spec.description)).not.toBe(c.spec.description);
    }
  });

  it('shows the English of the spec when the catalog has a different English text (never a stale translation)', () => {
    expect(helpText('ja', ['report.opt.format'], 'Output format, edited.')).toBe('Output format, edited.');
    expect(helpText('ja', ['report.opt.format'], 'Output format.')).toBe('出力形式。');
  });
});

describe.each([
  ['ja', '使い方: lambda-access-auditor audit --snapshot FILE', 'オプション:', '--snapshot FILE', '(必須)'],
  ['de', 'Aufruf: lambda-access-auditor audit --snapshot FILE', 'Optionen:', '--format FORMAT', '(erforderlich)'],
  ['fr', 'Usage : lambda-access-auditor audit --snapshot FILE', 'Options :', '--fail-on SEVERITY', '(obligatoire)'],
  ['ko', '사용법: lambda-access-auditor audit --snapshot FILE', '옵션:', '--lang LANG', '(필수)'],
] as const)('audit --help in %s', (lang, usage, heading, option, required) => {
  const help = renderCommandHelp(PROG, COMMANDS.find((c) => c.spec.name === 'audit')!.spec, lang);

  it.each([usage, heading, option, required])('contains %j', (text) => {
    expect(help).toContain(text);
  });

  it('keeps the choices and the examples verbatim', () => {
    expect(help).toContain('table, json, sarif, markdown');
    expect(help).toContain('  lambda-access-auditor audit --snapshot snap.json --format sarif --out results.sarif\n');
  });

  it('has no English layout words', () => {
    for (const word of ['Usage:', 'Options:', 'Examples:', '(required', 'one of:', 'Show this help.'])
      expect(help).not.toContain(word);
  });
});

describe('main', () => {
  it.each([
    [['audit', '--help', '--lang', 'ja'], {}, '使い方: lambda-access-auditor audit'],
    [['audit', '--help'], { LANG: 'de_DE.UTF-8' }, 'Aufruf: lambda-access-auditor audit'],
    [['--help'], { LC_ALL: 'ko_KR.UTF-8' }, '명령:\n  demo'],
    [['help', 'bundle'], { LANG: 'fr_FR.UTF-8' }, 'Usage : lambda-access-auditor bundle'],
    [['--help', '--lang=ja'], {}, 'コマンド:\n  demo'],
    [['audit', '--help'], {}, 'Usage: lambda-access-auditor audit'],
  ])('%j with env %j prints help in that language', async (argv, env, expected) => {
    const m = memoryIo({ env });
    expect(await main(argv, m.io, fakeDeps())).toBe(0);
    expect(m.out()).toContain(expected);
  });

  it.each([
    [
      ['audit', '--bogus', '--lang', 'de'],
      {},
      'error: unbekannte Option --bogus für „audit“\n„lambda-access-auditor audit --help“ zeigt die Verwendung.\n',
    ],
    [
      ['audti'],
      { LANG: 'ja_JP.UTF-8' },
      'error: 不明なコマンド "audti" ("audit" のことですか?)\n使い方は "lambda-access-auditor --help" で確認できます。\n',
    ],
    [
      ['audit', '--snapshot', 'missing.json', '--lang', 'fr'],
      {},
      'error: impossible de lire l’instantané missing.json : fichier introuvable\n« lambda-access-auditor audit --help » affiche l’usage.\n',
    ],
    [
      ['audit', '--bogus'],
      {},
      'error: unknown option --bogus for "audit"\nRun "lambda-access-auditor audit --help" for usage.\n',
    ],
  ])('%j with env %j: usage error in that language', async (argv, env, expected) => {
    const m = memoryIo({ env });
    expect(await main(argv, m.io, fakeDeps())).toBe(2);
    expect(m.err()).toBe(expected);
  });
});
