import { buildAdminTasksCard, buildComparisonCard, buildRecommendationCard, cardByteSize, VERB_VALUES, collectVerbs } from '../../src/cards';
import { LANGS } from '../../src/content/types';
import { instructionSets, recommend } from '../../src/engine';
import { buildInstructionsCard } from '../../src/cards';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/engine/types';
import { prng } from '../helpers/prng';


/** Random answer sets: each question missing, unknown, or one of its values. */
function sampleAnswers(count: number, seed: number): Answers[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const answers: Record<string, string> = {};
    for (const q of QUESTION_IDS) {
      const options: readonly string[] = [...QUESTION_VALUES[q], 'unknown'];
      const pick = Math.floor(random() * (options.length + 1));
      const value = options[pick];
      if (value !== undefined) answers[q] = value;
    }
    return answers as Answers;
  });
}

const SAMPLE = sampleAnswers(80, 20260401);

describe('cards for any engine result (seeded sample of 80 answer sets × 2 languages)', () => {
  test.each(LANGS)('[%s] recommendation, comparison, admin tasks and instruction cards render, stay ≤ 28 KB, and use only known verbs', (lang) => {
    let largest = 0;
    for (const answers of SAMPLE) {
      const rec = recommend(answers);
      const cards = [
        buildRecommendationCard({ rec, answers, flow: 'f' }, lang),
        buildComparisonCard({ answers, rec, flow: 'f' }, lang),
        buildAdminTasksCard({ rec, answers, flow: 'f' }, lang),
        ...instructionSets(rec, answers).map((set) => buildInstructionsCard(set, lang)),
      ];
      for (const card of cards) {
        largest = Math.max(largest, cardByteSize(card));
        for (const verb of collectVerbs(card)) expect(VERB_VALUES).toContain(verb);
      }
    }
    expect(largest).toBeLessThanOrEqual(28 * 1024);
  });
});
