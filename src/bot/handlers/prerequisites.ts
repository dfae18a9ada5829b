import { localizeQuestion } from '../../content';
import { botText } from '../../content/bot';
import { conversationText } from '../../content/conversation';
import { isAnswerValue, isQuestionId } from '../../engine';
import type { QuestionId } from '../../engine/types';
import type { CardAction } from '../card-action';
import type { Turn } from '../turn';
import { applyAnswers, asking, runForClick, show, whereText } from './advice';

type GroupAction = Extract<CardAction, { verb: 'answerGroup' }>;

/** What a Continue on the prerequisite card amounts to, checked against the questions the live card asks. */
export type GroupReading =
  | { readonly kind: 'answers'; readonly answers: readonly (readonly [QuestionId, string])[] }
  | { readonly kind: 'unknownQuestion' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'badValue'; readonly question: QuestionId; readonly kept: Readonly<Record<string, string>> }
  | { readonly kind: 'missing'; readonly questions: readonly QuestionId[]; readonly kept: Readonly<Record<string, string>> };

function sameQuestions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((q) => b.includes(q));
}

/**
 * Reads a Continue against the live card's questions (`open`): a question id we do not know, a card that is not the
 * live one or a value for a question not on it (stale), a value that is not an option, empty dropdowns (with the
 * values that were chosen, to keep on the re-shown card), or every answer in the card's order.
 */
export function readGroup(action: GroupAction, open: readonly QuestionId[] | undefined): GroupReading {
  const keys = Object.keys(action.values);
  if (!action.questions.every(isQuestionId) || !keys.every(isQuestionId)) return { kind: 'unknownQuestion' };
  if (open === undefined || !sameQuestions(action.questions, open) || !keys.every((q) => open.includes(q))) return { kind: 'stale' };
  const kept: Record<string, string> = {};
  for (const q of open) {
    const v = action.values[q];
    if (v !== undefined && v !== '' && isAnswerValue(q, v)) kept[q] = v;
  }
  const bad = open.find((q) => (action.values[q] ?? '') !== '' && kept[q] === undefined);
  if (bad !== undefined) return { kind: 'badValue', question: bad, kept };
  const missing = open.filter((q) => kept[q] === undefined);
  if (missing.length > 0) return { kind: 'missing', questions: missing, kept };
  return { kind: 'answers', answers: open.map((q) => [q, kept[q] ?? ''] as const) };
}

/**
 * Continue on the "before I recommend" card: every answer at once (each a separate answer in the run's history, so
 * Back and Change undo them one at a time), or the same card again with a hint and the picked values kept.
 */
export async function onAnswerGroup(turn: Turn, action: GroupAction): Promise<void> {
  const t = botText(turn.lang);
  const run = await runForClick(turn, action.flow);
  if (run === undefined) return;
  const current = asking(run);
  if (current === undefined) return show(turn, run);
  const reading = readGroup(action, current.kind === 'group' ? current.questions : undefined);
  switch (reading.kind) {
    case 'answers':
      return applyAnswers(turn, run, reading.answers);
    case 'unknownQuestion':
      return show(turn, run, { title: t.badAnswer.title, text: t.badAnswer.unknownQuestion });
    case 'stale':
      return show(turn, run, { title: t.stale.title, text: t.stale.notCurrent(current.next.asked + 1, whereText(current, turn.lang)) });
    case 'badValue':
      return show(turn, run, { title: t.badAnswer.title, text: t.badAnswer.text(localizeQuestion(reading.question, turn.lang).text) }, reading.kept);
    case 'missing': {
      const p = conversationText(turn.lang).prerequisites;
      const topics = reading.questions.map((q) => conversationText(turn.lang).wizard.topics[q]).join(', ');
      return show(turn, run, { title: p.missingTitle, text: p.missing(topics) }, reading.kept);
    }
    default: {
      const unhandled: never = reading;
      return unhandled;
    }
  }
}
