import { employeeQuestion } from '../content';
import type { EmployeeQuestionId, Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';
import { buttonTitle } from './wizard-card';

export interface EmployeeQuestionCardVm extends BaseVm {
  readonly title: string;
  readonly progress: string;
  readonly text: string;
  readonly why: string;
  readonly options: readonly SubmitActionVm[];
}

export interface EmployeeQuestionInput {
  readonly question: EmployeeQuestionId;
  readonly flow: string;
  /** 1 for the first question; the flow has at most two. */
  readonly number: number;
  /** 1 when the second question will not be needed (e.g. personal devices), else 2. */
  readonly total: number;
}

/** The view model of one employee question; buttons carry `{verb:'employeeAnswer', question, value, flow}`. */
export function employeeQuestionCardVm(input: EmployeeQuestionInput, lang: Lang): EmployeeQuestionCardVm {
  const ui = uiText(lang);
  const q = employeeQuestion(input.question, lang);
  const n = Math.max(1, Math.floor(input.number));
  const titles = q.options.map((o, i) => `${i + 1}. ${o.label}`);
  const shortened = titles.some((t) => buttonTitle(t) !== t);
  return {
    lang,
    title: ui.employee.title,
    progress: ui.employee.progress(n, Math.max(n, Math.floor(input.total))),
    text: q.text,
    // Labels too long for a button are shortened there and given in full below the question.
    why: shortened ? [q.why, ...titles].join('\n\n') : q.why,
    options: q.options.map((o, i) =>
      submit(buttonTitle(titles[i] ?? o.label), { verb: VERBS.employeeAnswer, question: input.question, value: o.value, flow: input.flow }),
    ),
  };
}

/** One of the two questions an employee can answer (whose device; how they got it), one button per answer. */
export function buildEmployeeQuestionCard(input: EmployeeQuestionInput, lang: Lang): AdaptiveCardJson {
  return render('employee-question', employeeQuestionCardVm(input, lang));
}
