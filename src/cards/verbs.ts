import type { AutopilotMode, EmployeeQuestionId, InstructionSetId, MethodId, QuestionId, Scopes } from '../engine/types';
import type { Lang } from '../content/types';
import type { ResultView } from '../content/conversation';

/**
 * Every card action's `data.verb`. The card builders and the bot's handler import this one table, so a
 * button can never send a verb the handler does not know.
 */
export const VERBS = {
  /** An answer to an admin question: `AnswerData`. */
  answer: 'answer',
  /**
   * Continue on the "before I recommend" card: `AnswerGroupData`, with each dropdown's value beside it under
   * `answerInputId(question)` (Adaptive Cards merge input values into the submit's data).
   */
  answerGroup: 'answerGroup',
  /** Go one question back in the run: `BackData`. */
  back: 'back',
  /** Start the advice (same as typing start/advies). */
  start: 'start',
  /** Throw the answers away and start again. */
  restart: 'restart',
  /** Stop the current questions. */
  cancel: 'cancel',
  /** Show the comparison table; with `flow`/`answers` the admin's situation is highlighted. */
  compare: 'compare',
  /** Employee instructions: for a run's recommendation (`flow`), one `set`, or none (ask the employee questions). */
  instructions: 'instructions',
  /** Show the help card. */
  help: 'help',
  /** Switch language: `LanguageData`. */
  language: 'language',
  /** Show the admin tasks of a run's recommendation. */
  showTasks: 'showTasks',
  /** "Use this for our organization": `PublishData`. */
  publish: 'publish',
  /** Open the settings card. */
  settings: 'settings',
  /** Submit of the settings card; the inputs arrive beside the verb under SETTINGS_INPUT_IDS. */
  saveSettings: 'saveSettings',
  /** Close the settings card without saving; unlike cancel it never stops a running advice. */
  closeSettings: 'closeSettings',
  /** An answer to one of the two employee questions: `EmployeeAnswerData`. */
  employeeAnswer: 'employeeAnswer',
  /** Ask an answered question of the run again: `ChangeData`. */
  change: 'change',
  /** Switch the result card to another view in place: `ViewData`. */
  view: 'view',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** All verbs, for validation and tests. */
export const VERB_VALUES: readonly Verb[] = Object.values(VERBS);

/** True when `v` is one of the verbs in VERBS. */
export function isVerb(v: unknown): v is Verb {
  return typeof v === 'string' && (VERB_VALUES as readonly string[]).includes(v);
}

/** The answers a run had, carried on result buttons so they still work when the run is gone from state. */
export type AnswersData = Readonly<Record<string, string>>;

/** Answer button: this exact shape is a public contract (tests, the tab and automation send it). */
export interface AnswerData {
  readonly verb: typeof VERBS.answer;
  readonly question: QuestionId;
  /** A value of QUESTION_VALUES[question] or 'unknown'. */
  readonly value: string;
  readonly flow: string;
}

/** The "before I recommend" card's Continue: the questions the card asked, in order, and the run. */
export interface AnswerGroupData {
  readonly verb: typeof VERBS.answerGroup;
  readonly questions: readonly QuestionId[];
  readonly flow: string;
}

/** The prefix of the prerequisite card's dropdown ids; the rest of the id is the question id. */
export const ANSWER_INPUT_PREFIX = 'answer.';

/** The id of the prerequisite card's dropdown for `question`: its value arrives under this key beside the verb. */
export function answerInputId(question: QuestionId): string {
  return `${ANSWER_INPUT_PREFIX}${question}`;
}

export interface BackData {
  readonly verb: typeof VERBS.back;
  readonly flow: string;
}

export interface SimpleData {
  readonly verb:
    | typeof VERBS.start
    | typeof VERBS.restart
    | typeof VERBS.cancel
    | typeof VERBS.help
    | typeof VERBS.settings
    | typeof VERBS.closeSettings;
}

export interface CompareData {
  readonly verb: typeof VERBS.compare;
  readonly flow?: string;
  readonly answers?: AnswersData;
}

export interface ShowTasksData {
  readonly verb: typeof VERBS.showTasks;
  readonly flow: string;
  readonly answers: AnswersData;
}

export interface InstructionsData {
  readonly verb: typeof VERBS.instructions;
  readonly flow?: string;
  readonly answers?: AnswersData;
  readonly set?: InstructionSetId;
}

export interface LanguageData {
  readonly verb: typeof VERBS.language;
  readonly lang: Lang;
}

/** What "Use this for our organization" proposes; the bot validates it and checks the clicker is an admin. */
export interface PublishedMethods {
  readonly organizationMethod?: MethodId;
  readonly personalMethod?: MethodId;
  readonly autopilotMode?: AutopilotMode;
  readonly personalScopes?: Scopes;
}

export interface PublishData {
  readonly verb: typeof VERBS.publish;
  readonly flow: string;
  readonly settings: PublishedMethods;
  /** True on the confirmation's "Yes, publish"; the first click only asks. */
  readonly confirmed?: boolean;
}

export interface SaveSettingsData {
  readonly verb: typeof VERBS.saveSettings;
  /** The settings revision the form showed; the bot refuses to save over a newer change made in between. */
  readonly revision?: number;
}

export interface EmployeeAnswerData {
  readonly verb: typeof VERBS.employeeAnswer;
  readonly question: EmployeeQuestionId;
  readonly value: string;
  readonly flow: string;
}

export interface ChangeData {
  readonly verb: typeof VERBS.change;
  readonly question: QuestionId;
  readonly flow: string;
}

export interface ViewData {
  readonly verb: typeof VERBS.view;
  readonly view: ResultView;
  readonly flow: string;
  /** The run's answers, so the view can be drawn after the run has left conversation state. */
  readonly answers: AnswersData;
}

/** The `data` of every button the cards can carry. */
export type CardActionData =
  | AnswerData
  | AnswerGroupData
  | BackData
  | SimpleData
  | CompareData
  | ShowTasksData
  | InstructionsData
  | LanguageData
  | PublishData
  | SaveSettingsData
  | EmployeeAnswerData
  | ChangeData
  | ViewData;
