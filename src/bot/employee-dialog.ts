import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { buildEmployeeQuestionCard, VERBS } from '../cards';
import { botText } from '../content/bot';
import { employeeInstructionSet, employeeNextQuestion, employeeQuestionTotal, isEmployeeAnswerValue } from '../engine';
import { EMPLOYEE_QUESTION_IDS, type EmployeeAnswerValue, type EmployeeAnswers, type EmployeeQuestionId } from '../engine/types';
import type { Logger } from '../logger';
import type { CardAction } from './card-action';
import { cardMessage, noticeMessage } from './replies';
import { instructionMessages } from './results';
import { getTurnInfo, type TurnInfo } from './turn-info';
import { employeeOptionCount, parseEmployeeTypedAnswer } from './typed-answer';

/** The dialog id of the employee flow ("how do I enroll my device?"). */
export const EMPLOYEE_DIALOG = 'employee';

/** One employee run in the dialog instance state. */
export interface EmployeeRunState {
  readonly flow: string;
  readonly answers: EmployeeAnswers;
}

export interface EmployeeDialogDeps {
  readonly logger: Logger;
  readonly newFlowId: () => string;
  readonly baseUrl?: string;
  /** Seals the organization's values into the printable-page link. */
  readonly linkKey?: Buffer;
}

/**
 * The employee flow: at most two questions an employee can answer (whose device; how they got it), then the
 * instruction card for their situation, using the organization's published settings when there are any.
 */
export class EmployeeDialog extends Dialog {
  constructor(private readonly deps: EmployeeDialogDeps) {
    super(EMPLOYEE_DIALOG);
  }

  /** Starts a run with a fresh flow id: a short intro and the first question. */
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    return this.askNext(dc, { flow: this.deps.newFlowId(), answers: {} }, info, botText(info.lang).employee.intro);
  }

  /** Handles a clicked or typed answer; anything else re-asks with a hint. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    const run = readEmployeeRun(dc.activeDialog?.state);
    if (run === undefined) {
      this.deps.logger.warn({ conversationId: dc.context.activity.conversation?.id }, 'employee run state unreadable; starting again');
      return this.beginDialog(dc);
    }
    const org = (await info.org()) ?? {};
    const next = employeeNextQuestion(run.answers, org);
    if (next.done) return this.finish(dc, run, info);
    const input = info.input;
    if (input.kind === 'action') return this.onAction(dc, run, info, input.action, next.question);
    const value = parseEmployeeTypedAnswer(next.question, input.text);
    if (value === undefined) return this.askNext(dc, run, info, botText(info.lang).hint.employee(employeeOptionCount(next.question)));
    return this.askNext(dc, withAnswer(run, next.question, value), info);
  }

  private async onAction(
    dc: DialogContext,
    run: EmployeeRunState,
    info: TurnInfo,
    action: CardAction,
    current: EmployeeQuestionId,
  ): Promise<DialogTurnResult> {
    const t = botText(info.lang);
    if (action.verb === VERBS.answer || action.verb === VERBS.answerGroup || action.verb === VERBS.back) return this.notice(dc, info, t.stale.title, t.stale.noRun);
    if (action.verb !== VERBS.employeeAnswer) return this.askNext(dc, run, info);
    if (action.flow !== run.flow || action.question !== current) return this.notice(dc, info, t.stale.title, t.stale.employeeEarlier);
    if (!isEmployeeAnswerValue(current, action.value)) return this.notice(dc, info, t.badAnswer.title, t.hint.employee(employeeOptionCount(current)));
    return this.askNext(dc, withAnswer(run, current, action.value), info);
  }

  private async askNext(dc: DialogContext, run: EmployeeRunState, info: TurnInfo, lead?: string): Promise<DialogTurnResult> {
    const org = (await info.org()) ?? {};
    const next = employeeNextQuestion(run.answers, org);
    if (next.done) return this.finish(dc, run, info);
    const answered = EMPLOYEE_QUESTION_IDS.filter((q) => run.answers[q] !== undefined).length;
    const total = employeeQuestionTotal(run.answers, org);
    const card = buildEmployeeQuestionCard({ question: next.question, flow: run.flow, number: answered + 1, total }, info.lang);
    await dc.context.sendActivity(cardMessage(card, lead));
    if (dc.activeDialog) dc.activeDialog.state = run;
    return Dialog.EndOfTurn;
  }

  private async finish(dc: DialogContext, run: EmployeeRunState, info: TurnInfo): Promise<DialogTurnResult> {
    const org = await info.org();
    const set = employeeInstructionSet(run.answers, org ?? {});
    // The card only: its plain-text copy for e-mail is a link on it, not a second message.
    const options = {
      ...(this.deps.baseUrl === undefined ? {} : { baseUrl: this.deps.baseUrl }),
      ...(this.deps.linkKey === undefined ? {} : { linkKey: this.deps.linkKey }),
      ...(org === undefined ? {} : { org }),
    };
    await dc.context.sendActivities(instructionMessages([set], info.lang, options));
    return dc.endDialog();
  }

  private async notice(dc: DialogContext, info: TurnInfo, title: string, text: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(noticeMessage({ title, text }, info.lang));
    return Dialog.EndOfTurn;
  }
}

function withAnswer<Q extends EmployeeQuestionId>(run: EmployeeRunState, q: Q, value: EmployeeAnswerValue<Q>): EmployeeRunState {
  return { flow: run.flow, answers: { ...run.answers, [q]: value } };
}

/** Reads an employee run from dialog state, dropping any answer that is not an allowed value. */
export function readEmployeeRun(raw: unknown): EmployeeRunState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Readonly<Record<string, unknown>>;
  if (typeof r.flow !== 'string' || r.flow === '') return undefined;
  const stored = typeof r.answers === 'object' && r.answers !== null ? (r.answers as Readonly<Record<string, unknown>>) : {};
  const { deviceOwner, obtained, edition } = stored;
  const answers: EmployeeAnswers = {
    ...(isEmployeeAnswerValue('deviceOwner', deviceOwner) ? { deviceOwner } : {}),
    ...(isEmployeeAnswerValue('obtained', obtained) ? { obtained } : {}),
    ...(isEmployeeAnswerValue('edition', edition) ? { edition } : {}),
  };
  return { flow: r.flow, answers };
}
