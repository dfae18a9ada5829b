import { localizeQuestion, unknownLabel } from '../content';
import { conversationText } from '../content/conversation';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import { UNKNOWN, type QuestionId } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS, answerInputId } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';
import { buttonTitle, runCardParts, type WizardInput } from './wizard-card';

/** One dropdown of the prerequisite card: the question as its label, "Choose…" until a value is picked. */
export interface PrerequisiteFieldVm {
  readonly id: string;
  readonly label: string;
  readonly why: string;
  readonly placeholder: string;
  /** The value chosen before a re-prompt ('' for none), so a re-shown card keeps what was picked. */
  readonly value: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
}

export interface PrerequisitesCardVm extends BaseVm {
  readonly progress: string;
  readonly answeredLine: string;
  readonly hintTitle: string;
  readonly hint: string;
  readonly title: string;
  readonly intro: string;
  readonly fields: readonly PrerequisiteFieldVm[];
  readonly submit: readonly SubmitActionVm[];
  readonly secondary: readonly SubmitActionVm[];
  readonly changeLabel: string;
  readonly answered: readonly SubmitActionVm[];
}

export interface PrerequisitesInput {
  /** The open hard stops, in interview order (engine: hardStopGroup). */
  readonly questions: readonly QuestionId[];
  /** How many questions the run counts as asked before this card, and its estimate of the total. */
  readonly asked: number;
  readonly estimatedTotal: number;
  readonly flow: string;
  readonly answered: WizardInput['answered'];
  /** Values picked before a re-prompt; shown as the dropdowns' values. */
  readonly values?: Readonly<Partial<Record<QuestionId, string>>>;
  /** As on the wizard card (WizardInput.hint), `restatesAnswers` included. */
  readonly hint?: WizardInput['hint'];
}

/** "Questions 3–5 of about 7": the card's questions counted from `asked`, the estimate never below the last of them. */
export function prerequisitesProgress(input: Pick<PrerequisitesInput, 'questions' | 'asked' | 'estimatedTotal'>, lang: Lang): string {
  const from = Math.max(1, Math.floor(input.asked) + 1);
  const to = from + input.questions.length - 1;
  return conversationText(lang).prerequisites.progress(from, to, Math.max(to, Math.floor(input.estimatedTotal)));
}

/** The view model of the "before I recommend" card: one dropdown per open hard stop, with its why, and Continue. */
export function prerequisitesCardVm(input: PrerequisitesInput, lang: Lang): PrerequisitesCardVm {
  const p = conversationText(lang).prerequisites;
  const { flow } = input;
  const fields = input.questions.map((q): PrerequisiteFieldVm => {
    const question = localizeQuestion(q, lang);
    const choices = [...question.options.map((o) => ({ title: o.label, value: o.value })), { title: unknownLabel(lang), value: UNKNOWN }];
    const chosen = input.values?.[q] ?? '';
    return {
      id: answerInputId(q),
      label: question.text,
      why: question.why,
      placeholder: p.placeholder,
      value: choices.some((o) => o.value === chosen) ? chosen : '',
      choices,
    };
  });
  return {
    lang,
    progress: prerequisitesProgress(input, lang),
    ...runCardParts(input, lang),
    title: p.title,
    intro: p.intro,
    fields,
    submit: [submit(buttonTitle(p.submit), { verb: VERBS.answerGroup, questions: [...input.questions], flow }, 'positive')],
    secondary: input.answered.length > 0 ? [submit(uiText(lang).buttons.back, { verb: VERBS.back, flow })] : [],
  };
}

/** The run's live card while its open hard stops are asked together; Continue and every re-prompt update it in place. */
export function buildPrerequisitesCard(input: PrerequisitesInput, lang: Lang): AdaptiveCardJson {
  return render('prerequisites', prerequisitesCardVm(input, lang));
}
