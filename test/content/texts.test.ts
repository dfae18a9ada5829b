import { LANGS, type Lang } from '../../src/content';
import { SAME_IN_BOTH_LANGUAGES, textInventory, textProblems, type TextEntry } from './text-inventory';

const INVENTORY: Readonly<Record<Lang, readonly TextEntry[]>> = { en: textInventory('en'), nl: textInventory('nl') };

const rows = (lang: Lang): [string, string][] => INVENTORY[lang].map((e) => [e.key, e.text]);

describe.each(LANGS)('every text in %s', (lang) => {
  test.each(rows(lang))('%s is clean', (_key, text) => {
    expect(textProblems(text)).toEqual([]);
  });
});

describe('English and Dutch have the same keys and real translations', () => {
  it('lists the same keys in the same order in both languages', () => {
    expect(INVENTORY.nl.map((e) => e.key)).toEqual(INVENTORY.en.map((e) => e.key));
  });

  const pairs: [string, string, string][] = INVENTORY.en.map((e, i) => [e.key, e.text, INVENTORY.nl[i]?.text ?? '']);

  test.each(pairs.filter(([key]) => !SAME_IN_BOTH_LANGUAGES.has(key)))('%s is translated, not copied', (_key, en, nl) => {
    expect(nl).not.toBe(en);
  });

  test.each(pairs.filter(([key]) => SAME_IN_BOTH_LANGUAGES.has(key)))('%s is a proper name, identical in both', (_key, en, nl) => {
    expect(nl).toBe(en);
  });

  it('uses Dutch words in the Dutch texts (not English left behind)', () => {
    const englishLeftovers = INVENTORY.nl.filter((e) => /\b(the|you|your|devices|enrollment|with)\b/.test(e.text));
    expect(englishLeftovers.map((e) => `${e.key}: ${e.text}`)).toEqual([]);
  });
});

type LengthRow = { readonly prefix: string; readonly max: number };

/**
 * Teams cards stay readable: a reason ≤ ~200, a step ≤ ~250 characters. Notes from Microsoft's current guidance carry
 * facts an admin acts on (licence lists, connector versions), so those rows allow a little more.
 */
const LIMITS: readonly LengthRow[] = [
  { prefix: 'question.', max: 220 },
  { prefix: 'criterion.', max: 80 },
  { prefix: 'method.', max: 170 },
  { prefix: 'note.', max: 200 },
  { prefix: 'prerequisite.', max: 200 },
  { prefix: 'warning.', max: 280 },
  { prefix: 'policy.', max: 200 },
  { prefix: 'instructions.', max: 250 },
  { prefix: 'contradiction.', max: 280 },
  { prefix: 'task.', max: 600 },
];

describe.each(LANGS)('text lengths in %s', (lang) => {
  test.each(LIMITS)('$prefix* at most $max characters', ({ prefix, max }) => {
    const tooLong = INVENTORY[lang].filter((e) => e.key.startsWith(prefix) && e.text.length > max);
    expect(tooLong.map((e) => `${e.key} (${e.text.length})`)).toEqual([]);
  });
});
