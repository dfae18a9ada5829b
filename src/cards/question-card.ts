import { UNKNOWN, type NextQuestion, type QuestionId } from '../engine/types';
import { localizeQuestion, unknownLabel } from '../content';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';

/** The question nextQuestion() returned (its not-done form). */
export type PendingQuestion = Extract<NextQuestion, { done: false }>;

/** "Question n of about N": n counts this question, and the estimate never falls below it. */
export function progressText(next: Pick<PendingQuestion, 'asked' | 'estimatedTotal'>, lang: Lang): string {
  const n = Math.max(1, Math.floor(next.asked) + 1);
  return uiText(lang).question.progress(n, Math.max(n, Math.floor(next.estimatedTotal)));
}

/** The label a user saw for `value` of `question` (option label, or Don't know); the raw value if it is not an option. */
export function answerLabel(question: QuestionId, value: string, lang: Lang): string {
  if (value === UNKNOWN) return unknownLabel(lang);
  return localizeQuestion(question, lang).options.find((o) => o.value === value)?.label ?? value;
}
