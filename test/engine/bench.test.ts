import { benchAnswerSets, runEngineBench } from '../../bench/engine-bench';
import { validateAnswers } from '../../src/engine';

describe('engine benchmark module', () => {
  test('benchmarks a fixed set: the same answer sets on every run, all valid', () => {
    const first = benchAnswerSets(500);
    expect(benchAnswerSets(500)).toEqual(first);
    expect(first.every((a) => validateAnswers(a).ok)).toBe(true);
    // Every kind of fleet is in the mix, and so are unanswered questions.
    expect(new Set(first.map((a) => a.ownership))).toEqual(new Set(['organization', 'personal', 'mixed', 'unknown', undefined]));
  });

  test('reports recommendations per second, answer sets and milliseconds', () => {
    const result = runEngineBench(300, 2);
    expect(result.answerSets).toBe(300);
    expect(result.recommendationsPerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(result.recommendationsPerSecond)).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });
});
