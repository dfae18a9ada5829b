import { buildInstructionsCard } from '../cards/instructions-card';
import type { AdaptiveCardJson } from '../cards/card-json';
import { tabText } from '../content/tab';
import type { Lang } from '../content/types';
import type { EmployeeQuestionId, InstructionSetId } from '../engine/types';
import type { EmployeeStep } from './api';
import { button, el } from './dom';

/** The employee's answers in the order given, so Back can undo the last one. */
export interface EmployeeAnswersGiven {
  readonly given: readonly { readonly question: EmployeeQuestionId; readonly value: string }[];
}

export const NO_EMPLOYEE_ANSWERS: EmployeeAnswersGiven = { given: [] };

/** The answers as the /api/employee body expects them. */
export function employeeBody(state: EmployeeAnswersGiven): Readonly<Record<string, string>> {
  const body: Record<string, string> = {};
  for (const { question, value } of state.given) body[question] = value;
  return body;
}

/** The state after answering `question`; answering it again replaces the earlier answer. */
export function withEmployeeAnswer(state: EmployeeAnswersGiven, question: EmployeeQuestionId, value: string): EmployeeAnswersGiven {
  return { given: [...state.given.filter((a) => a.question !== question), { question, value }] };
}

/** The state without its last answer (unchanged at the start). */
export function withoutLastEmployeeAnswer(state: EmployeeAnswersGiven): EmployeeAnswersGiven {
  return { given: state.given.slice(0, -1) };
}

/** The employee instruction card as the tab shows it: the bot's own card, general instructions, links to the page. */
export function employeeInstructionsCard(set: InstructionSetId, lang: Lang, baseUrl: string): AdaptiveCardJson {
  return buildInstructionsCard(set, lang, { baseUrl });
}

export interface EmployeeScreenHandlers {
  readonly answer: (question: EmployeeQuestionId, value: string) => void;
  readonly back: () => void;
  readonly restart: () => void;
  readonly heading: (text: string) => HTMLElement;
}

/** One employee question: its text, why we ask (including how to check, e.g. the Windows edition), a button per answer. */
export function employeeQuestionScreen(
  step: Extract<EmployeeStep, { done: false }>,
  number: number,
  lang: Lang,
  handlers: EmployeeScreenHandlers,
): HTMLElement {
  const t = tabText(lang).employee;
  const q = step.question;
  return el(
    'section',
    { className: 'panel question employee', attrs: { 'data-question': q.id, 'data-flow': 'employee' } },
    el('div', { className: 'progress' }, el('span', { className: 'progress-label' }, `${t.title} \u00b7 ${t.question} ${number}`)),
    handlers.heading(q.text),
    el('p', { className: 'why' }, el('span', { className: 'why-label' }, `${t.why}: `), q.why),
    el(
      'div',
      { className: 'options', attrs: { role: 'group' } },
      ...q.options.map((o) => button(o.label, 'option', () => handlers.answer(q.id, o.value), { 'data-value': o.value })),
    ),
    el('div', { className: 'row footer' }, button(tabText(lang).backToStart, 'btn', handlers.back, { 'data-action': 'back' })),
  );
}

/** The finished employee path: the instruction card and a way to start again. */
export function employeeDoneScreen(card: HTMLElement, lang: Lang, handlers: EmployeeScreenHandlers): HTMLElement {
  const t = tabText(lang);
  return el(
    'section',
    { className: 'results employee', attrs: { 'data-flow': 'employee' } },
    el(
      'div',
      { className: 'results-head' },
      handlers.heading(t.employee.done),
      el('div', { className: 'row' }, button(t.backToQuestions, 'btn', handlers.back, { 'data-action': 'back' }), button(t.employee.again, 'btn subtle', handlers.restart, { 'data-action': 'restart' })),
    ),
    card,
  );
}
