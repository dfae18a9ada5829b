import { localizeQuestion } from '../content';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { QuestionId } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { answerLabel, progressText, type PendingQuestion } from './question-card';
import { render } from './render';
import type { BaseVm } from './view-model';

export interface AnsweredCardVm extends BaseVm {
  readonly progress: string;
  readonly text: string;
  readonly answerLabel: string;
  readonly answer: string;
}

export interface AnsweredInput {
  readonly question: QuestionId;
  /** The value given (a known value or 'unknown'). */
  readonly value: string;
  /** The progress the question card showed, so the updated card reads the same. */
  readonly progress: Pick<PendingQuestion, 'asked' | 'estimatedTotal'>;
}

/** The view model of an answered question: the question and the chosen answer's label, no buttons. */
export function answeredCardVm(input: AnsweredInput, lang: Lang): AnsweredCardVm {
  return {
    lang,
    progress: progressText(input.progress, lang),
    text: localizeQuestion(input.question, lang).text,
    answerLabel: uiText(lang).answered.yourAnswer,
    answer: answerLabel(input.question, input.value, lang),
  };
}

/** The question card as it reads once answered (replaces the question card in place), without buttons. */
export function buildAnsweredCard(input: AnsweredInput, lang: Lang): AdaptiveCardJson {
  return render('answered', answeredCardVm(input, lang));
}
