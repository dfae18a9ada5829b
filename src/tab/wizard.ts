import { validateAnswers, type Answers, type QuestionId } from '../engine';

/** One answer as the tab sends it to /api/next and /api/recommend: a question id and a value from the API's options. */
export interface GivenAnswer {
  readonly question: QuestionId;
  readonly value: string;
}

/** The wizard's answers in the order they were given, so Back can undo the last one. */
export interface WizardState {
  readonly given: readonly GivenAnswer[];
}

/** No answers yet. */
export const EMPTY_WIZARD: WizardState = { given: [] };

/** The state after answering `question` with `value`; answering a question again replaces its earlier answer. */
export function withAnswer(state: WizardState, question: QuestionId, value: string): WizardState {
  return { given: [...state.given.filter((a) => a.question !== question), { question, value }] };
}

/** The state without its last answer, and that answer (to show it as chosen); unchanged at the start. */
export function withoutLast(state: WizardState): { readonly state: WizardState; readonly undone?: GivenAnswer } {
  const undone = state.given.at(-1);
  if (undone === undefined) return { state };
  return { state: { given: state.given.slice(0, -1) }, undone };
}

/** The answers as the API's JSON body expects them: `{ [questionId]: value }`. */
export function answersBody(state: WizardState): Readonly<Record<string, string>> {
  const body: Record<string, string> = {};
  for (const { question, value } of state.given) body[question] = value;
  return body;
}

/** The answers as the engine's type, or undefined when a value is not one the engine accepts. */
export function engineAnswers(state: WizardState): Answers | undefined {
  const checked = validateAnswers(answersBody(state));
  return checked.ok ? checked.answers : undefined;
}
