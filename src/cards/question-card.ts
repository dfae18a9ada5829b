import { UNKNOWN, type NextQuestion, type QuestionId } from '../engine/types';
import { localizeQuestion, unknownLabel } from '../content';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';

/** The question nextQuestion() returned (its not-done form). */
export type PendingQuestion = Extract<NextQuestion, { done: false }>;

export interface QuestionCardVm extends BaseVm {
  readonly progress: string;
  readonly text: string;
  readonly whyLabel: string;
  readonly why: string;
  /** One button per known value, numbered so a typed number matches what the user sees. */
  readonly options: readonly SubmitActionVm[];
  /** Don't know, and Back except on the first question. */
  readonly secondary: readonly SubmitActionVm[];
}

/** "Question n of about N": n counts this question, and the estimate never falls below it. */
export function progressText(next: Pick<PendingQuestion, 'asked' | 'estimatedTotal'>, lang: Lang): string {
  const n = Math.max(1, Math.floor(next.asked) + 1);
  return uiText(lang).question.progress(n, Math.max(n, Math.floor(next.estimatedTotal)));
}

/** The view model of one admin question for run `flow`: option buttons carry `{verb:'answer', question, value, flow}`. */
export function questionCardVm(next: PendingQuestion, flow: string, lang: Lang): QuestionCardVm {
  const ui = uiText(lang);
  const question = localizeQuestion(next.question, lang);
  const answer = (value: string) => ({ verb: VERBS.answer, question: next.question, value, flow });
  return {
    lang,
    progress: progressText(next, lang),
    text: question.text,
    whyLabel: ui.question.why,
    why: question.why,
    options: question.options.map((o, i) => submit(`${i + 1}. ${o.label}`, answer(o.value))),
    secondary: [
      submit(unknownLabel(lang), answer(UNKNOWN)),
      ...(next.asked > 0 ? [submit(ui.buttons.back, { verb: VERBS.back, flow })] : []),
    ],
  };
}

/** One admin question as a card: text, why we ask, progress, an answer button per option, Don't know and Back. */
export function buildQuestionCard(next: PendingQuestion, flow: string, lang: Lang): AdaptiveCardJson {
  return render('question', questionCardVm(next, flow, lang));
}

/** The label a user saw for `value` of `question` (option label, or Don't know); the raw value if it is not an option. */
export function answerLabel(question: QuestionId, value: string, lang: Lang): string {
  if (value === UNKNOWN) return unknownLabel(lang);
  return localizeQuestion(question, lang).options.find((o) => o.value === value)?.label ?? value;
}
