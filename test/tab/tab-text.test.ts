import { TAB_VIEWS, tabText } from '../../src/content/tab';
import { textLeaves } from '../helpers/text-leaves';


const LEAVES = textLeaves(tabText('en'), tabText('nl'));
/** Language names are written in their own language, so they read the same on both pages. */
const SAME_IN_BOTH = new Set(['.languageNames.en', '.languageNames.nl']);

describe('tab texts (src/content/tab.ts)', () => {
  test('there are texts to check', () => {
    expect(LEAVES.length).toBeGreaterThan(20);
  });

  test.each(LEAVES)('$path exists in English and Dutch, non-empty, without placeholders', ({ en, nl }) => {
    for (const text of [en, nl]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\$\{|undefined|MISMATCH|\[object/);
    }
  });

  test.each(LEAVES.filter((l) => !SAME_IN_BOTH.has(l.path)))('$path is translated (Dutch differs from English)', ({ en, nl }) => {
    expect(nl).not.toBe(en);
  });

  test('every results view has a name in both languages', () => {
    for (const lang of ['en', 'nl'] as const) expect(Object.keys(tabText(lang).views).sort()).toEqual([...TAB_VIEWS].sort());
  });

  test('a language that slipped past the types falls back to English', () => {
    expect(tabText('fr' as 'en').appName).toBe(tabText('en').appName);
  });
});
