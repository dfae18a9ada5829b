import { QUESTION_IDS, QUESTION_VALUES } from '../../src/engine/types';
import { EMPLOYEE_VALUES, LANGS, employeeQuestion, localizeQuestion, questionCatalogue, unknownLabel, type EmployeeQuestionId } from '../../src/content';

describe.each(LANGS)('question catalogue in %s', (lang) => {
  it('lists all 15 questions in catalogue order', () => {
    expect(questionCatalogue(lang).map((q) => q.id)).toEqual(QUESTION_IDS);
    expect(QUESTION_IDS).toHaveLength(15);
  });

  test.each(QUESTION_IDS)('%s offers a distinct label for every known value, in engine order', (id) => {
    const q = localizeQuestion(id, lang);
    expect(q.options.map((o) => o.value)).toEqual([...QUESTION_VALUES[id]]);
    expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
    expect(q.options.some((o) => o.label === unknownLabel(lang))).toBe(false);
    expect(q.text.endsWith('?')).toBe(true);
  });

  test.each(Object.keys(EMPLOYEE_VALUES) as EmployeeQuestionId[])('employee question %s has a label per value', (id) => {
    const q = employeeQuestion(id, lang);
    expect(q.id).toBe(id);
    expect(q.options.map((o) => o.value)).toEqual([...EMPLOYEE_VALUES[id]]);
    expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
  });
});

test('"don\'t know" reads naturally in both languages', () => {
  expect(unknownLabel('en')).toBe("Don't know");
  expect(unknownLabel('nl')).toBe('Weet ik niet');
});

test('the "why we ask" line ties each admin question to the guide or its settings', () => {
  for (const lang of LANGS) {
    for (const q of questionCatalogue(lang)) {
      expect({ id: q.id, tied: /guide|handleiding|scope|bereik/i.test(q.why) }).toEqual({ id: q.id, tied: true });
    }
  }
});
