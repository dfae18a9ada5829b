import { HELP_COMMAND_IDS, uiText } from '../../src/content/ui';
import { textLeaves } from '../helpers/text-leaves';


/** Label functions are called with sample arguments (question 3 of 6). */
const LEAVES = textLeaves(uiText('en'), uiText('nl'), [3, 6]);
/** Labels that are rightly the same in both languages. */
const SAME_IN_BOTH = new Set(['.settings.supportUrlPlaceholder']);

describe('card labels (src/content/ui.ts)', () => {
  test('there are labels to check', () => {
    expect(LEAVES.length).toBeGreaterThan(80);
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

  test('progress reads naturally in both languages', () => {
    expect(uiText('en').question.progress(3, 6)).toBe('Question 3 of about 6');
    expect(uiText('nl').question.progress(3, 6)).toBe('Vraag 3 van ongeveer 6');
  });

  test('the help card covers every command id in both languages', () => {
    for (const lang of ['en', 'nl'] as const) expect(Object.keys(uiText(lang).help.commands).sort()).toEqual([...HELP_COMMAND_IDS].sort());
  });
});
