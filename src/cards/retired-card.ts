import { conversationText, type RetiredReason } from '../content/conversation';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { QuestionId } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import type { BaseVm } from './view-model';
import { answeredLine } from './wizard-card';

export interface RetiredCardVm extends BaseVm {
  readonly title: string;
  readonly answeredLine: string;
  readonly reason: string;
}

export interface RetiredInput {
  readonly reason: RetiredReason;
  readonly answered: readonly { readonly question: QuestionId; readonly value: string }[];
}

/** The view model of a closed card: what was answered and why the card is no longer live. */
export function retiredCardVm(input: RetiredInput, lang: Lang): RetiredCardVm {
  return {
    lang,
    title: uiText(lang).welcome.title,
    answeredLine: answeredLine(input.answered, lang),
    reason: conversationText(lang).retired[input.reason],
  };
}

/** A read-only card that replaces a superseded question card: no buttons, so nothing on it can be clicked. */
export function buildRetiredCard(input: RetiredInput, lang: Lang): AdaptiveCardJson {
  return render('retired', retiredCardVm(input, lang));
}
