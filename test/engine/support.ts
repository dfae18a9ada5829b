import { QUESTION_IDS, QUESTION_VALUES, type Answers, type AnswerValue, type QuestionId } from '../../src/engine';

/** Typed answers for a test row; only what the row is about, everything else stays unanswered. */
export function makeAnswers(answers: Answers): Answers {
  return answers;
}

/** Every value a question accepts, `unknown` last. */
export function valuesWithUnknown<Q extends QuestionId>(q: Q): AnswerValue<Q>[] {
  return [...QUESTION_VALUES[q], 'unknown'];
}

/** Mulberry32: a small seeded PRNG, so generated answer sets are the same on every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A random answer set: each question answered with probability `answered`, `unknown` among the values. */
export function randomAnswers(random: () => number, answered = 0.75): Answers {
  const a: Record<string, string> = {};
  for (const q of QUESTION_IDS) {
    if (random() < answered) a[q] = pick(random, valuesWithUnknown(q));
  }
  return a as Answers;
}
