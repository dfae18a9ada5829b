import { localizeQuestion, unknownLabel } from '../content';
import { conversationText } from '../content/conversation';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import { UNKNOWN, type QuestionId } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { answerLabel, progressText, type PendingQuestion } from './question-card';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';

/** The longest button title: Teams cuts longer titles off on narrow cards and phones. */
export const MAX_BUTTON_TITLE = 35;

export interface WizardCardVm extends BaseVm {
  readonly progress: string;
  /** "Devices: Organization-owned · Windows: Windows 11 · …" (empty before the first answer). */
  readonly answeredLine: string;
  /** A re-prompt shown on the live card (a typo, an unknown answer); empty when none. */
  readonly hintTitle: string;
  readonly hint: string;
  readonly text: string;
  /** Why we ask, followed by the full option labels when a button had to show a shorter one. */
  readonly why: string;
  readonly options: readonly SubmitActionVm[];
  readonly secondary: readonly SubmitActionVm[];
  readonly changeLabel: string;
  /** One "Change: <topic>" button per answered question. */
  readonly answered: readonly SubmitActionVm[];
}

export interface WizardInput {
  readonly next: PendingQuestion;
  /** The run id every button carries, so clicks on other runs' cards are recognized. */
  readonly flow: string;
  /** Answered questions in the order they were answered, with their values. */
  readonly answered: readonly { readonly question: QuestionId; readonly value: string }[];
  /**
   * A re-prompt or note shown on the card. `restatesAnswers`: the note already lists every answer so far (the "I
   * understood: …" line after a description), so the answers-so-far line is left out instead of saying it twice.
   */
  readonly hint?: { readonly title: string; readonly text: string; readonly restatesAnswers?: boolean };
}

/** Shortens a label to fit a button: drops a parenthetical, then cuts at a word boundary with an ellipsis. */
export function buttonTitle(title: string, max = MAX_BUTTON_TITLE): string {
  if (title.length <= max) return title;
  const bare = title.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (bare.length <= max) return bare;
  const cut = bare.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}\u2026`;
}

/** The compact "answers so far" line: one "topic: answer" per answered question. */
export function answeredLine(answered: WizardInput['answered'], lang: Lang): string {
  const topics = conversationText(lang).wizard.topics;
  return answered.map((a) => `${topics[a.question]}: ${answerLabel(a.question, a.value, lang)}`).join(' \u00b7 ');
}

/** What every live card of a run shows besides its question(s): the answers so far (each changeable) and a note. */
export type RunCardParts = Pick<WizardCardVm, 'answeredLine' | 'hintTitle' | 'hint' | 'changeLabel' | 'answered'>;

/** The answers-so-far line (left out when the note restates it), the note, and a Change button per answer. */
export function runCardParts(input: Pick<WizardInput, 'flow' | 'answered' | 'hint'>, lang: Lang): RunCardParts {
  const c = conversationText(lang).wizard;
  return {
    answeredLine: input.hint?.restatesAnswers === true ? '' : answeredLine(input.answered, lang),
    hintTitle: input.hint?.title ?? '',
    hint: input.hint?.text ?? '',
    changeLabel: c.change,
    answered: input.answered.map((a) => submit(buttonTitle(c.changeOne(c.topics[a.question])), { verb: VERBS.change, question: a.question, flow: input.flow })),
  };
}

/** The view model of the live wizard card: progress, answers so far (each changeable), a re-prompt, the question. */
export function wizardCardVm(input: WizardInput, lang: Lang): WizardCardVm {
  const ui = uiText(lang);
  const { next, flow } = input;
  const question = localizeQuestion(next.question, lang);
  const answer = (value: string) => ({ verb: VERBS.answer, question: next.question, value, flow });
  const titles = question.options.map((o, i) => `${i + 1}. ${o.label}`);
  const shortened = titles.some((t) => buttonTitle(t) !== t);
  return {
    lang,
    progress: progressText(next, lang),
    ...runCardParts(input, lang),
    text: question.text,
    why: shortened ? [question.why, ...titles].join('\n\n') : question.why,
    options: question.options.map((o, i) => submit(buttonTitle(titles[i] ?? o.label), answer(o.value))),
    secondary: [
      submit(buttonTitle(unknownLabel(lang)), answer(UNKNOWN)),
      ...(input.answered.length > 0 ? [submit(ui.buttons.back, { verb: VERBS.back, flow })] : []),
    ],
  };
}

/** The one live question card of an advice run; every answer updates it in place. */
export function buildWizardCard(input: WizardInput, lang: Lang): AdaptiveCardJson {
  return render('wizard', wizardCardVm(input, lang));
}

