import { performance } from 'node:perf_hooks';
import { QUESTION_IDS, QUESTION_VALUES, recommend, type Answers, type QuestionId } from '../src/engine';
import { prng } from '../test/helpers/prng';

/** What one benchmark run measured. */
export interface EngineBenchResult {
  readonly recommendationsPerSecond: number;
  readonly answerSets: number;
  readonly ms: number;
}


/** A fixed, deterministic set of answer sets: each question answered 80% of the time, `unknown` included. */
export function benchAnswerSets(count: number, seed = 20210401): Answers[] {
  const random = prng(seed);
  const sets: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string> = {};
    for (const q of QUESTION_IDS) {
      if (random() < 0.2) continue;
      const values: readonly string[] = [...valuesOf(q), 'unknown'];
      answers[q] = values[Math.floor(random() * values.length)];
    }
    sets.push(answers as Answers);
  }
  return sets;
}

function valuesOf(q: QuestionId): readonly string[] {
  return QUESTION_VALUES[q];
}

/**
 * Recommendations per second over `answerSets` fixed answer sets, after a warm-up round so the JIT has
 * compiled the engine. Each of `rounds` rounds is timed on its own and the fastest one gives the rate:
 * on a shared 2-core machine the slower rounds measure the neighbours, not the engine.
 */
export function runEngineBench(answerSets = 20_000, rounds = 10): EngineBenchResult {
  const sets = benchAnswerSets(answerSets);
  let sink = 0;
  for (const a of sets) sink += recommend(a).warnings.length;
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const a of sets) sink += recommend(a).warnings.length;
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    total += ms;
  }
  // The sink keeps the work observable so it cannot be optimized away.
  if (sink < 0) throw new Error('unreachable');
  return { recommendationsPerSecond: Math.round((answerSets / best) * 1000), answerSets, ms: Math.round(total) };
}
