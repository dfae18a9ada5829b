import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { nextQuestion, type Answers, type QuestionId } from '../src/engine';
import { QUESTION_VALUES } from '../src/engine/types';
import { understand } from '../src/understanding';
import { CORPUS, type CorpusRow } from '../test/fixtures/understanding-corpus';
import { HELDOUT } from '../test/fixtures/understanding-heldout';
import { HELDOUT_2 } from '../test/fixtures/understanding-heldout-2';

/** How the understanding fared on one corpus sentence. */
export interface RowScore {
  readonly text: string;
  readonly lang: 'en' | 'nl';
  readonly correct: number;
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
  readonly negated: boolean;
}

/** What the understanding benchmark measured over the corpus. */
export interface UnderstandingBenchResult {
  readonly sentences: number;
  readonly dutchSentences: number;
  readonly factsExpected: number;
  readonly factsFound: number;
  readonly precision: number;
  readonly recall: number;
  readonly wrongFactsOnNegatedSentences: number;
  readonly negatedSentences: number;
  readonly medianQuestionsAfterDescription: number;
  readonly medianQuestionsWithoutDescription: number;
  readonly descriptionsCounted: number;
  /** The same for the rich descriptions (four facts or more), like the issue's example. */
  readonly medianQuestionsAfterRichDescription: number;
  readonly medianQuestionsWithoutRichDescription: number;
  readonly richDescriptionsCounted: number;
  readonly wrongSentences: readonly { readonly text: string; readonly wrong: readonly string[]; readonly missed: readonly string[] }[];
  /** The same precision/recall/negation figures on sentences never used to tune the rules. */
  readonly heldOut: { readonly sentences: number; readonly precision: number; readonly recall: number; readonly wrongFactsOnNegatedSentences: number; readonly wrongSentences: readonly { readonly text: string; readonly wrong: readonly string[]; readonly missed: readonly string[] }[] };
  /** A second unseen set, written after all tuning. */
  readonly heldOut2: { readonly sentences: number; readonly precision: number; readonly recall: number; readonly wrongFactsOnNegatedSentences: number; readonly wrongSentences: readonly { readonly text: string; readonly wrong: readonly string[]; readonly missed: readonly string[] }[] };
  readonly goals: { readonly precision: boolean; readonly recall: boolean; readonly negation: boolean; readonly questions: boolean };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Scores each corpus sentence: facts found that were expected (correct), found but not expected (wrong), expected but not found (missed). */
export function scoreCorpus(rows: readonly (CorpusRow & { readonly lang: 'en' | 'nl' })[] = CORPUS): RowScore[] {
  return rows.map((row) => {
    const found = new Map(understand(row.text).facts.map((f) => [f.key as string, f.value as string]));
    const expected = new Map(Object.entries(row.facts));
    const wrong = [...found].filter(([k, v]) => expected.get(k) !== v).map(([k, v]) => `${k}=${v}`);
    const missed = [...expected].filter(([k, v]) => found.get(k) !== v).map(([k, v]) => `${k}=${v}`);
    return { text: row.text, lang: row.lang, correct: found.size - wrong.length, wrong, missed, negated: row.negated === true };
  });
}

/**
 * What a typical admin answers to a question their sentence did not cover (the same for both runs, so the comparison
 * with and without the description is fair): a cloud-first organization of single-user laptops.
 */
const TYPICAL: Answers = {
  ownership: 'organization',
  windowsVersion: 'win11',
  azureAdPremium: 'yes',
  identity: 'cloud',
  configMgr: 'none',
  alreadyInIntune: 'no',
  purchase: 'other',
  remoteWorkers: 'no',
  deviceAge: 'new',
  volume: 'bulk',
  userAffinity: 'single',
  demAccount: 'no',
  otherMdm: 'no',
  conditionalAccess: 'no',
  manage: 'account',
};

/**
 * The questions the engine's nextQuestion loop asks until done, starting from `start` and answering each question
 * from `truth` (what the sentence states, else the typical answer): the interview an admin goes through.
 */
export function questionsAsked(start: Answers, truth: Answers): number {
  const answers: Record<string, string> = { ...start };
  let asked = 0;
  for (let guard = 0; guard < 30; guard++) {
    const next = nextQuestion(answers as Answers);
    if (next.done) break;
    const q: QuestionId = next.question;
    answers[q] = truth[q] ?? TYPICAL[q] ?? 'unknown';
    asked++;
  }
  return asked;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function engineAnswers(facts: { readonly [k: string]: string | undefined }): Answers {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(facts)) {
    const values: readonly string[] = QUESTION_VALUES[k as QuestionId];
    if (v !== undefined && values.includes(v)) out[k] = v;
  }
  return out as Answers;
}

/** Fact precision, recall and wrong facts on negated sentences over `rows`. */
function factFigures(rows: readonly (CorpusRow & { readonly lang: 'en' | 'nl' })[]): { precision: number; recall: number; negatedWrong: number; scores: RowScore[] } {
  const scores = scoreCorpus(rows);
  const found = scores.reduce((n, s) => n + s.correct + s.wrong.length, 0);
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  const expected = rows.reduce((n, r) => n + Object.keys(r.facts).length, 0);
  return {
    precision: found === 0 ? 1 : correct / found,
    recall: expected === 0 ? 1 : correct / expected,
    negatedWrong: scores.filter((s) => s.negated).reduce((n, s) => n + s.wrong.length, 0),
    scores,
  };
}

const wrongOnes = (scores: readonly RowScore[]): { text: string; wrong: readonly string[]; missed: readonly string[] }[] =>
  scores.filter((s) => s.wrong.length > 0 || s.missed.length > 0).map((s) => ({ text: s.text, wrong: s.wrong, missed: s.missed }));

/** Precision, recall, negation errors and questions saved, over the whole corpus (and the held-out sentences). */
export function runUnderstandingBench(): UnderstandingBenchResult {
  const { precision, recall, negatedWrong, scores } = factFigures(CORPUS);
  const held = factFigures(HELDOUT);
  const held2 = factFigures(HELDOUT_2);
  const expected = CORPUS.reduce((n, r) => n + Object.keys(r.facts).length, 0);
  const found = scores.reduce((n, s) => n + s.correct + s.wrong.length, 0);
  // A one-sentence description: every corpus sentence that states at least two facts. The admin's true situation is
  // what the sentence states; the rest they answer "don't know" either way.
  const descriptions = CORPUS.filter((r) => Object.keys(r.facts).length >= 2);
  const withText = descriptions.map((r) => questionsAsked(understand(r.text).answers, engineAnswers(r.facts)));
  const without = descriptions.map((r) => questionsAsked({}, engineAnswers(r.facts)));
  const medianWith = median(withText);
  const rich = descriptions.map((r, i) => ({ r, i })).filter(({ r }) => Object.keys(r.facts).length >= 4);
  return {
    sentences: CORPUS.length,
    dutchSentences: CORPUS.filter((r) => r.lang === 'nl').length,
    factsExpected: expected,
    factsFound: found,
    precision: round(precision),
    recall: round(recall),
    wrongFactsOnNegatedSentences: negatedWrong,
    negatedSentences: scores.filter((s) => s.negated).length,
    medianQuestionsAfterDescription: medianWith,
    medianQuestionsWithoutDescription: median(without),
    descriptionsCounted: descriptions.length,
    medianQuestionsAfterRichDescription: median(rich.map(({ i }) => withText[i] ?? 0)),
    medianQuestionsWithoutRichDescription: median(rich.map(({ i }) => without[i] ?? 0)),
    richDescriptionsCounted: rich.length,
    wrongSentences: wrongOnes(scores),
    heldOut2: { sentences: HELDOUT_2.length, precision: round(held2.precision), recall: round(held2.recall), wrongFactsOnNegatedSentences: held2.negatedWrong, wrongSentences: wrongOnes(held2.scores) },
    heldOut: { sentences: HELDOUT.length, precision: round(held.precision), recall: round(held.recall), wrongFactsOnNegatedSentences: held.negatedWrong, wrongSentences: wrongOnes(held.scores) },
    goals: { precision: precision >= 0.97, recall: recall >= 0.85, negation: negatedWrong === 0, questions: medianWith <= 3 },
  };
}

/** Prints the understanding section of the benchmark. */
export function printUnderstanding(r: UnderstandingBenchResult): void {
  const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  console.log(`\nUnderstanding free text — ${r.sentences} corpus sentences (${r.dutchSentences} Dutch), ${r.factsExpected} stated facts`);
  console.log(`fact precision:               ${r.precision} (goal ≥ 0.97) ${mark(r.goals.precision)}`);
  console.log(`fact recall:                  ${r.recall} (goal ≥ 0.85) ${mark(r.goals.recall)}`);
  console.log(`wrong facts, negated:         ${r.wrongFactsOnNegatedSentences} in ${r.negatedSentences} negated sentences (goal 0) ${mark(r.goals.negation)}`);
  console.log(`median questions asked:       ${r.medianQuestionsAfterDescription} after a one-sentence description, ${r.medianQuestionsWithoutDescription} without it (${r.descriptionsCounted} descriptions; goal ≤ 3) ${mark(r.goals.questions)}`);
  console.log(`  rich descriptions (≥ 4 facts): ${r.medianQuestionsAfterRichDescription} after, ${r.medianQuestionsWithoutRichDescription} without (${r.richDescriptionsCounted} descriptions)`);
  const h = r.heldOut;
  console.log(`held-out sentences (${h.sentences}; first measured before tuning: precision 0.906, recall 0.774, 3 wrong on negated), now: precision ${h.precision}, recall ${h.recall}, wrong facts on negated ${h.wrongFactsOnNegatedSentences}`);
  for (const s of h.wrongSentences) console.log(`  held-out wrong: "${s.text}"${s.wrong.length > 0 ? ` wrong ${s.wrong.join(', ')}` : ''}${s.missed.length > 0 ? ` missed ${s.missed.join(', ')}` : ''}`);
  const h2 = r.heldOut2;
  console.log(`second held-out set (${h2.sentences}; first measured after all other tuning: precision 0.917, recall 0.733, 2 wrong on negated), now: precision ${h2.precision}, recall ${h2.recall}, wrong facts on negated ${h2.wrongFactsOnNegatedSentences}`);
  for (const s of h2.wrongSentences) console.log(`  held-out-2 wrong: "${s.text}"${s.wrong.length > 0 ? ` wrong ${s.wrong.join(', ')}` : ''}${s.missed.length > 0 ? ` missed ${s.missed.join(', ')}` : ''}`);
  for (const s of r.wrongSentences) console.log(`  still wrong: "${s.text}"${s.wrong.length > 0 ? ` wrong ${s.wrong.join(', ')}` : ''}${s.missed.length > 0 ? ` missed ${s.missed.join(', ')}` : ''}`);
}

/** Runs the understanding section alone (npm run bench -- understanding): prints it and writes bench/understanding-results.json. */
export function main(repoRoot = process.cwd()): UnderstandingBenchResult {
  const result = runUnderstandingBench();
  printUnderstanding(result);
  const file = path.join(repoRoot, 'bench', 'understanding-results.json');
  writeFileSync(file, `${JSON.stringify({ generatedAt: new Date().toISOString(), ...result }, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(repoRoot, file)}`);
  return result;
}
