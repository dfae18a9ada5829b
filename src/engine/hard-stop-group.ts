import { HARD_STOPS } from './decision-focus';
import { INTERVIEW, contradictory, nextQuestion } from './next-question';
import { QUESTION_VALUES, UNKNOWN, type Answers, type NextQuestion, type QuestionId } from './types';

/**
 * The questions whose answers can make a hard stop irrelevant: the other hard stops, and what the interview asks
 * before the last of them (user affinity and enroll-or-register for a mixed or personal fleet).
 */
const LAST_HARD_STOP = Math.max(...HARD_STOPS.map((q) => INTERVIEW.findIndex((item) => item.id === q)));
const BEFORE_LAST_HARD_STOP: readonly QuestionId[] = INTERVIEW.slice(0, LAST_HARD_STOP + 1).map((item) => item.id);

function relevant(q: QuestionId, answers: Answers): boolean {
  return INTERVIEW.find((item) => item.id === q)?.relevant(answers) ?? false;
}

/** Every way the open questions `vary` can be answered (`unknown` included), each merged into `known`. */
function* completions(known: Answers, vary: readonly QuestionId[]): Generator<Answers> {
  const [first, ...rest] = vary;
  if (first === undefined) {
    yield known;
    return;
  }
  for (const value of [...QUESTION_VALUES[first], UNKNOWN]) yield* completions({ ...known, [first]: value } as Answers, rest);
}

/**
 * The hard stops a focused run (begun with a description) asks together on one "before I recommend" card: every open
 * hard stop that the interview asks whatever the admin answers to the others (and to user affinity or
 * enroll-or-register, where still open) without any of those answers ending in a contradiction, so asking them at once
 * asks nothing the one-by-one interview would not. While ownership is open it leads the card, and the others are
 * those an organization-owned fleet (most fleets) needs: an admin who then answers "personal" may have answered one
 * or two the one-by-one interview would have skipped (counted as asked by the benchmark). Returned only when the
 * focused interview's next question is one of them and there are at least two; otherwise empty (one by one).
 * `next` is that next question when the caller has already asked the engine for it (the focused call is the costly one).
 */
export function hardStopGroup(answers: Answers, next: NextQuestion = nextQuestion(answers, { focus: 'decision' })): readonly QuestionId[] {
  if (next.done || !HARD_STOPS.includes(next.question)) return [];
  const assumed: Answers = answers.ownership === undefined ? { ...answers, ownership: 'organization' } : answers;
  const open = HARD_STOPS.filter((q) => answers[q] === undefined && relevant(q, assumed));
  if (open.length < 2) return [];
  // What the interview would ask in between: user affinity or enroll-or-register where relevant now.
  const vary = BEFORE_LAST_HARD_STOP.filter((q) => assumed[q] === undefined && (HARD_STOPS.includes(q) || relevant(q, assumed)));
  const group = open.filter((q) => {
    if (q === 'ownership') return true;
    const others = vary.filter((v) => v !== q);
    // A contradiction (personal devices without a single user) ends the interview: nothing after it is asked.
    for (const probe of completions(assumed, others)) if (contradictory(probe) || !relevant(q, probe)) return false;
    return true;
  });
  return group.length >= 2 && group.includes(next.question) ? group : [];
}
