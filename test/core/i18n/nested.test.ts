/**
 * A message param that is itself a message (`msg(key, { summary: ref })`): formatted in the same language as the
 * outer message, so a sentence that embeds another one (a fix summary after "Likely fix …:") is never mixed.
 */
import { en, formatRef, LANGS, msg, t } from '../../../lambda/core/i18n';

const INNER = msg('fix.engine.notInCatalog', { action: 's3:GetObjekt' });
const OUTER = msg('fix.message.likely', { summary: INNER });

describe.each(LANGS)('%s', (lang) => {
  it('formats the nested message in the same language', () => {
    const out = formatRef(lang, OUTER);
    expect(out).toBe(t(lang, 'fix.message.likely', { summary: formatRef(lang, INNER) }));
    expect(out).toContain('s3:GetObjekt');
  });
});

it('English of a nested message is the English of both', () => {
  expect(en(OUTER)).toBe(
    'Likely fix (AWS did not say which policy decided): s3:GetObjekt is not in the IAM action catalog: check the action name before granting it.',
  );
});

it('leaves params without nested messages as given', () => {
  expect(t('de', 'fix.engine.notInCatalog', { action: 'x:Y' })).toContain('x:Y');
});
