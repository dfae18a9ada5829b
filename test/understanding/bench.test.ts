import { questionsAsked, scoreCorpus } from '../../bench/understanding-bench';

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
});
