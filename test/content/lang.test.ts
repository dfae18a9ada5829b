import { isLang, langFromLocale, localizeInstructions, methodName, warningText, type Lang } from '../../src/content';

type LocaleRow = { readonly locale: string | undefined; readonly lang: Lang };

const LOCALES: readonly LocaleRow[] = [
  { locale: 'nl', lang: 'nl' },
  { locale: 'nl-NL', lang: 'nl' },
  { locale: 'nl-BE', lang: 'nl' },
  { locale: 'NL-nl', lang: 'nl' },
  { locale: 'nl_NL', lang: 'nl' },
  { locale: ' nl-NL ', lang: 'nl' },
  { locale: 'en-US', lang: 'en' },
  { locale: 'en', lang: 'en' },
  { locale: 'de-DE', lang: 'en' },
  { locale: 'fr-BE', lang: 'en' },
  { locale: 'nb-NO', lang: 'en' },
  { locale: 'nld', lang: 'en' },
  { locale: '', lang: 'en' },
  { locale: undefined, lang: 'en' },
];

describe('langFromLocale', () => {
  test.each(LOCALES)('$locale → $lang', ({ locale, lang }) => {
    expect(langFromLocale(locale)).toBe(lang);
  });

  it('answers English for values that are not strings at run time', () => {
    expect(langFromLocale(42 as unknown as string)).toBe('en');
    expect(langFromLocale(null as unknown as string)).toBe('en');
  });
});

describe('isLang', () => {
  test.each<[unknown, boolean]>([
    ['en', true],
    ['nl', true],
    ['NL', false],
    ['nl-NL', false],
    ['de', false],
    ['', false],
    [undefined, false],
    [null, false],
    [1, false],
    [{}, false],
  ])('%p → %p', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});

test('a language that slipped past the types falls back to English instead of crashing', () => {
  const bad = 'fr' as unknown as Lang;
  expect(methodName('groupPolicy', bad)).toBe('Group Policy');
  expect(warningText('entra-renamed', bad)).toMatch(/^Since the guide/);
  expect(localizeInstructions('group-policy', bad).steps.length).toBeGreaterThan(0);
});
