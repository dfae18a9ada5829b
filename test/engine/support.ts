import { QUESTION_IDS, QUESTION_VALUES, type Answers, type AnswerValue, type QuestionId } from '../../src/engine';
export { prng } from '../helpers/prng';

/** Typed answers for a test row; only what the row is about, everything else stays unanswered. */
export function makeAnswers(answers: Answers): Answers {
  return answers;
}

/**
 * A typical organization with every answer known and favourable (cloud identity, Entra ID P1, no Configuration
 * Manager, no other MDM, single-user devices, a few at a time); each test row changes what it is about.
 */
export const TYPICAL_ORGANIZATION: Answers = makeAnswers({
  ownership: 'organization',
  windowsVersion: 'win11',
  azureAdPremium: 'yes',
  identity: 'cloud',
  configMgr: 'none',
  purchase: 'other',
  remoteWorkers: 'no',
  volume: 'few',
  userAffinity: 'single',
  demAccount: 'no',
  otherMdm: 'no',
});

/** Every value a question accepts, `unknown` last. */
export function valuesWithUnknown<Q extends QuestionId>(q: Q): AnswerValue<Q>[] {
  return [...QUESTION_VALUES[q], 'unknown'];
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
