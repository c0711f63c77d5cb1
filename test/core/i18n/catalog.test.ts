/**
 * The catalogs (issue 15): every language has every key of the English source, each message parses as ICU
 * MessageFormat and uses exactly the English message's placeholders, and AWS identifiers given as params come
 * out verbatim in every language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, LANGS, simpleParts, t, type Lang, type MessageKey } from '../../../lambda/core/i18n';
import { EN } from '../../../lambda/core/i18n/catalog/en';

interface AstNode {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly AstNode[] }>>;
  readonly children?: readonly AstNode[];
}

/** Names of the arguments a message uses (simple, plural, select, …), found by walking its ICU AST. */
function placeholders(message: string, lang: Lang): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly AstNode[]): void => {
    for (const n of nodes) {
      if (n.type !== 0 && n.type !== 7 && typeof n.value === 'string') names.add(n.value);
      for (const option of Object.values(n.options ?? {})) walk(option.value);
      if (n.children) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst() as unknown as AstNode[]);
  return [...names].sort();
}

const KEYS = Object.keys(EN) as MessageKey[];
const OTHER_LANGS = LANGS.filter((l) => l !== 'en');
/** Labels spelled as in English: tool names everywhere, plus words that are the same in that language. */
const TOOLS = ['label.cli', 'label.cdk'];
const SAME_AS_ENGLISH: Readonly<Record<Lang, readonly string[]>> = {
  en: [],
  de: ['label.details', ...TOOLS, 'label.ids'],
  fr: ['label.principal', 'label.action', 'label.occurrences', 'label.message', ...TOOLS],
  ja: [...TOOLS],
  ko: [...TOOLS],
};

describe.each(OTHER_LANGS)('catalog %s', (lang) => {
  it('has exactly the keys of the English catalog', () => {
    expect(Object.keys(CATALOGS[lang]).sort()).toEqual([...KEYS].sort());
  });

  it.each(KEYS)('%s uses the placeholders of the English message', (key) => {
    expect(placeholders(CATALOGS[lang][key], lang)).toEqual(placeholders(EN[key], 'en'));
  });

  it('translates the visible labels (only tool names and true cognates stay as in English)', () => {
    const same = KEYS.filter((k) => k.startsWith('label.') && CATALOGS[lang][k] === EN[k]);
    expect(same).toEqual(SAME_AS_ENGLISH[lang]);
  });
});

describe('every message in every language', () => {
  const IDS = {
    action: 's3:GetObject',
    arn: 'arn:aws:iam::123456789012:role/service-role/my-fn-role-a1b2',
    checkId: 'LAA-ROLE-DENIED-ACTION',
    json: '{"Effect":"Allow","Action":"s3:GetObject"}',
    cli: "aws lambda add-permission --function-name my-fn --statement-id 'x'",
  };
  const cases = LANGS.flatMap((lang) => KEYS.map((key) => [lang, key] as const));

  it.each(cases)('%s %s formats and passes every identifier through verbatim', (lang, key) => {
    const names = placeholders(EN[key], 'en');
    const values = Object.values(IDS);
    const params = Object.fromEntries(
      names.map((n, i) => [n, ['count', 'index', 'runs', 'bytes', 'sent', 'total'].includes(n) ? 3 : values[i % 5]]),
    );
    const out = t(lang, key, params);
    expect(out.length).toBeGreaterThan(0);
    // A select argument chooses a wording and is not printed itself.
    const selects = new Set([...EN[key].matchAll(/\{(\w+), select,/g)].map((m) => m[1]));
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'string' && !selects.has(name)) expect(`${name}: ${out}`).toContain(value);
    }
  });
});

describe('t', () => {
  it.each([
    ['en', 1, '1 function audited'],
    ['en', 2, '2 functions audited'],
    ['en', 12345, '12345 functions audited'],
    ['de', 1, '1 Funktion geprüft'],
    ['de', 2, '2 Funktionen geprüft'],
    ['fr', 1, '1 fonction auditée'],
    ['fr', 2, '2 fonctions auditées'],
    ['ja', 2, '監査した関数 2 件'],
    ['ko', 2, '감사한 함수 2개'],
  ] as const)('%s plural of %d: %s', (lang, count, expected) => {
    expect(t(lang, 'summary.functions', { count })).toBe(expected);
  });

  it.each([
    ['email.footer', /needs the param checkId/],
    ['summary.functions', /count/],
  ] as const)('a missing param of %s is an error, not an empty text', (key, message) => {
    expect(() => t('de', key, { fingerprint: 'f' })).toThrow(message);
  });

  it.each(LANGS)('%s: the fast path for simple messages gives what ICU formatting gives', (lang) => {
    const params = { fingerprint: '0123', checkId: 'LAA-X' };
    const icu = new IntlMessageFormat(CATALOGS[lang]['email.footer'], lang, undefined, { ignoreTag: true });
    expect(t(lang, 'email.footer', params)).toBe(icu.format(params));
  });

  /** Parts with adjacent literals merged (ICU may split one literal in two). */
  const merged = (parts: readonly (string | { readonly arg: string })[]): (string | { arg: string })[] =>
    parts.reduce<(string | { arg: string })[]>((out, p) => {
      const last = out[out.length - 1];
      if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
      else if (p !== '') out.push(typeof p === 'string' ? p : { arg: p.arg });
      return out;
    }, []);

  it.each(LANGS)('%s: every message the quick splitter takes splits as ICU parses it', (lang) => {
    let simple = 0;
    for (const key of KEYS) {
      const message = CATALOGS[lang][key];
      const parts = simpleParts(message);
      if (!parts) continue;
      simple++;
      const ast = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst() as unknown as {
        type: number;
        value: string;
      }[];
      expect({ key, parts: merged(ast.map((e) => (e.type === 0 ? e.value : { arg: e.value }))) }).toEqual({
        key,
        parts: merged(parts),
      });
    }
    expect(simple).toBeGreaterThan(KEYS.length / 2);
  });

  it.each([
    ['plain text', 'no arguments', ['no arguments']],
    ['arguments', 'a {x} b {y_2}', ['a ', { arg: 'x' }, ' b ', { arg: 'y_2' }]],
    ['an apostrophe in a word', "l'action {a}", ["l'action ", { arg: 'a' }]],
    ['the empty message', '', ['']],
    ['a plural', '{n, plural, one {a} other {b}}', undefined],
    ['a select', '{s, select, x {a} other {b}}', undefined],
    ['ICU quoting of a brace', "'{'literal'}' {a}", undefined],
    ['an escaped apostrophe', "it''s {a}", undefined],
    ['a stray brace', 'a } b', undefined],
    ['an argument with a space', '{ a }', undefined],
  ] as const)('the quick splitter on %s', (_name, message, expected) => {
    expect(simpleParts(message)).toEqual(expected);
  });

  it('keeps ASCII quotes and angle brackets of English messages literal', () => {
    expect(t('en', 'email.awsEvaluation', { where: '<id>' })).toBe(
      "AWS's own evaluation (IAM Access Troubleshooter): <id>",
    );
  });
});

describe('catalog start-up cost (docs/lean-lambdas.md, "The message catalogs at start-up")', () => {
  /** The body of `export const XX: Catalog = { … };` or `export const EN = { … } as const;` in a catalog file. */
  function exported(lang: Lang): string {
    const text = readFileSync(join(__dirname, '../../../lambda/core/i18n/catalog', `${lang}.ts`), 'utf8');
    const head = new RegExp(`^export const ${lang.toUpperCase()}(?:: Catalog)? = \\{$`, 'm').exec(text);
    if (!head) throw new Error(`no exported catalog in ${lang}.ts`);
    return text.slice(head.index + head[0].length, text.indexOf('\n}', head.index));
  }

  // Own keys before spreads made V8 copy the descriptor array per spread key: +230 ms at a Lambda cold start.
  it.each(LANGS)('%s: the exported catalog is built from spreads only', (lang) => {
    const body = exported(lang)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('//'));
    expect(body.length).toBeGreaterThan(10);
    expect(body.filter((l) => !/^\.\.\.[A-Z_]+,$/.test(l))).toEqual([]);
  });
});
