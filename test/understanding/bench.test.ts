import { interview, questionsAsked, runUnderstandingBench, scoreCorpus } from '../../bench/understanding-bench';
import { understand } from '../../src/understanding';
import type { Answers } from '../../src/engine';
import { CORPUS } from '../fixtures/understanding-corpus';

describe('the understanding benchmark', () => {
  test('a fact that contradicts the expected one counts as wrong, and the expected one as missed', () => {
    const [score] = scoreCorpus([{ lang: 'en', text: 'We keep SCCM and have 300 new laptops', facts: { configMgr: 'none', volume: 'bulk', deviceAge: 'new' }, negated: true }]);
    expect(score).toMatchObject({ correct: 2, wrong: ['configMgr=keep'], missed: ['configMgr=none'], negated: true });
  });

  test('stated answers shorten the interview the engine runs', () => {
    const truth = { ownership: 'organization', identity: 'hybrid', configMgr: 'keep', volume: 'bulk', deviceAge: 'new' } as const;
    const without = questionsAsked({}, truth);
    const withFacts = questionsAsked(truth, truth);
    expect(withFacts).toBeLessThan(without);
    expect(questionsAsked({ ownership: 'organization' }, truth)).toBe(without - 1);
  });

  test('the focused interview, only what still decides: fewer questions than the full one, with or without the description', () => {
    const truth = { ownership: 'organization', identity: 'cloud', configMgr: 'none' } as const;
    expect(questionsAsked(truth, truth, 'decision')).toBeLessThan(questionsAsked(truth, truth, 'full'));
    expect(questionsAsked({}, truth, 'decision')).toBeLessThan(questionsAsked({}, truth, 'full'));
  });

  test('over the corpus the focused interview after a description gives the full interview’s method for ≥ 95% of descriptions, and asks fewer', () => {
    const r = runUnderstandingBench();
    expect(r.methodAgreement).toBeGreaterThanOrEqual(0.95);
    // Per description, not by median: the medians of the two can meet when the corpus gains sentences that state little.
    expect(r.medianQuestionsAfterDescription).toBeLessThanOrEqual(r.medianQuestionsFullAfterDescription);
    const runs = CORPUS.filter((row) => Object.keys(row.facts).length >= 2).map((row) => {
      const stated = understand(row.text).answers;
      const truth = { ...stated, ...row.facts } as Answers;
      return { focused: interview(stated, truth, 'decision'), full: interview(stated, truth, 'full') };
    });
    const total = (pick: (x: (typeof runs)[number]) => number): number => runs.reduce((n, x) => n + pick(x), 0);
    expect(total((x) => x.focused.asked)).toBeLessThan(total((x) => x.full.asked));
    // The prerequisite card: fewer cards than questions whenever two or more hard stops were open together.
    expect(r.medianStepsAfterDescription).toBeLessThan(r.medianQuestionsAfterDescription);
    expect(total((x) => x.focused.steps)).toBeLessThan(total((x) => x.focused.asked));
    expect(r.medianQuestionsFocusedWithoutDescription).toBeLessThan(r.medianQuestionsWithoutDescription);
    expect(r.disagreements.length).toBe(Math.round((1 - r.decisionAgreement) * r.descriptionsCounted));
  });
});
