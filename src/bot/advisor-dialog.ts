import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { buildAnsweredCard, buildQuestionCard, VERBS } from '../cards';
import { botText } from '../content/bot';
import { localizeQuestion } from '../content';
import type { Lang } from '../content/types';
import { isAnswerValue, isQuestionId, nextQuestion } from '../engine';
import type { AnswerValue, Answers, QuestionId } from '../engine/types';
import type { Logger } from '../logger';
import type { CardAction } from './card-action';
import { cardMessage, noticeMessage } from './replies';
import { adviceMessages } from './results';
import { plainAnswers, storedAnswers, type StoredResult } from './state';
import { getTurnInfo, type TurnInfo } from './turn-info';
import { optionCount, parseTypedAnswer } from './typed-answer';
import { ambiguousAnswerLine, statedAtQuestion } from '../understanding';

/** What the advice can start with: the message that started it, when it described the situation. */
export interface AdvisorDialogOptions {
  readonly text?: string;
}

/** The dialog id of the admin advice. */
export const ADVISOR_DIALOG = 'advisor';

/** The question card currently shown, so it can be replaced by the "answered" card in place. */
export interface ShownQuestion {
  readonly question: QuestionId;
  readonly asked: number;
  readonly estimatedTotal: number;
  /** The id Teams gave the question card's message; absent if the channel returned none. */
  readonly activityId?: string;
}

/** One advice run, kept in the dialog instance state (JSON in conversation state). */
export interface AdvisorRunState {
  /** Random per run; every button of this run carries it, so buttons of other runs are recognized. */
  readonly flow: string;
  readonly answers: Readonly<Record<string, string>>;
  /** Questions in the order they were answered, for back. */
  readonly history: readonly QuestionId[];
  readonly shown?: ShownQuestion;
}

export interface AdvisorDialogDeps {
  readonly logger: Logger;
  /** A new random run id. */
  readonly newFlowId: () => string;
  /** Public base URL for the printable instruction pages. */
  readonly baseUrl?: string;
  /** Called once a run has produced its result, to keep it for the result buttons and commands. */
  readonly onFinished: (context: TurnContext, result: StoredResult) => Promise<void>;
}

type Pending = Extract<ReturnType<typeof nextQuestion>, { done: false }>;

/**
 * The admin advice as a botbuilder dialog: one question card per turn, only the questions the engine still needs,
 * typed or clicked answers, back, and kind answers to stale or tampered buttons. The run lives in the dialog's
 * instance state; nothing is kept on the dialog object.
 */
export class AdvisorDialog extends Dialog {
  constructor(private readonly deps: AdvisorDialogDeps) {
    super(ADVISOR_DIALOG);
  }

  /** Starts a new run with a fresh flow id and asks the first question. */
  override async beginDialog(dc: DialogContext, options?: AdvisorDialogOptions): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    // A first message that describes the situation fills every answer it states; only the rest is asked.
    const stated = options?.text === undefined ? undefined : statedAtQuestion({}, options.text, info.lang);
    const run: AdvisorRunState = { flow: this.deps.newFlowId(), answers: plainAnswers(stated?.answers ?? {}), history: [...(stated?.answered ?? [])] };
    return this.askNext(dc, run, info, stated?.lead);
  }

  /** Handles this turn's input for the running advice (answers, back, start, or text that should be an answer). */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const info = getTurnInfo(dc.context);
    const run = readRun(dc.activeDialog?.state);
    if (run === undefined) {
      // State from an older or damaged store: start cleanly rather than guess.
      this.deps.logger.warn({ conversationId: dc.context.activity.conversation?.id }, 'advisor run state unreadable; starting a new run');
      return this.beginDialog(dc);
    }
    const input = info.input;
    if (input.kind === 'action') return this.onAction(dc, run, info, input.action);
    const command = input.command?.command;
    if (command === 'back') return this.goBack(dc, run, info);
    if (command === 'start') {
      const where = this.position(run, info.lang);
      return this.askNext(dc, run, info, botText(info.lang).running.text(where.n, where.text));
    }
    const question = this.pending(run);
    if (question === undefined) return this.finish(dc, run, info);
    const value = parseTypedAnswer(question.question, input.text);
    // A sentence that states more than this question's answer fills every answer it states; a plain answer stays one.
    const stated = statedAtQuestion(answersOf(run), input.text, info.lang);
    const aboutOthers = stated !== undefined && stated.answered.some((k) => k !== question.question);
    if (stated !== undefined && (value === undefined || aboutOthers)) {
      const answered = stated.answers[question.question];
      if (answered !== undefined && run.shown?.question === question.question) await this.markAnswered(dc.context, run.shown, answered, info.lang);
      const next: AdvisorRunState = { flow: run.flow, answers: plainAnswers(stated.answers), history: [...run.history, ...stated.answered] };
      return this.askNext(dc, next, info, stated.lead);
    }
    if (value === undefined) {
      const lead = ambiguousAnswerLine(question.question, input.text, info.lang) ?? botText(info.lang).hint.answer(optionCount(question.question));
      return this.askNext(dc, run, info, lead);
    }
    return this.applyAnswer(dc, run, info, question.question, value);
  }

  private async onAction(dc: DialogContext, run: AdvisorRunState, info: TurnInfo, action: CardAction): Promise<DialogTurnResult> {
    const t = botText(info.lang);
    switch (action.verb) {
      case VERBS.answer: {
        if (action.flow !== run.flow) return this.notice(dc, run, info, t.stale.earlierRun);
        if (!isQuestionId(action.question)) return this.noticeText(dc, info, t.badAnswer.title, t.badAnswer.unknownQuestion);
        const current = this.pending(run);
        if (current === undefined) return this.finish(dc, run, info);
        if (action.question !== current.question) {
          return this.notice(dc, run, info, run.history.includes(action.question) ? t.stale.earlierQuestion : t.stale.notCurrent);
        }
        if (!isAnswerValue(current.question, action.value)) {
          return this.noticeText(dc, info, t.badAnswer.title, t.badAnswer.text(localizeQuestion(current.question, info.lang).text));
        }
        return this.applyAnswer(dc, run, info, current.question, action.value);
      }
      case VERBS.back:
        return action.flow === run.flow ? this.goBack(dc, run, info) : this.notice(dc, run, info, t.stale.earlierRun);
      case VERBS.employeeAnswer:
        return this.noticeText(dc, info, t.stale.title, t.stale.employeeNoRun);
      case VERBS.start: {
        const where = this.position(run, info.lang);
        return this.askNext(dc, run, info, t.running.text(where.n, where.text));
      }
      default:
        // The bot handles every other verb itself; re-asking keeps the run usable if one slips through.
        return this.askNext(dc, run, info);
    }
  }

  /** Records an answer, turns the question card into the "answered" card, and moves on. */
  private async applyAnswer<Q extends QuestionId>(
    dc: DialogContext,
    run: AdvisorRunState,
    info: TurnInfo,
    question: Q,
    value: AnswerValue<Q>,
  ): Promise<DialogTurnResult> {
    const next: AdvisorRunState = { flow: run.flow, answers: { ...run.answers, [question]: value }, history: [...run.history, question] };
    if (run.shown?.question === question) await this.markAnswered(dc.context, run.shown, value, info.lang);
    return this.askNext(dc, next, info);
  }

  /** Removes the last answer and asks again from there. */
  private async goBack(dc: DialogContext, run: AdvisorRunState, info: TurnInfo): Promise<DialogTurnResult> {
    const last = run.history[run.history.length - 1];
    if (last === undefined) return this.askNext(dc, run, info, botText(info.lang).back.first);
    const answers: Record<string, string> = { ...run.answers };
    delete answers[last];
    return this.askNext(dc, { flow: run.flow, answers, history: run.history.slice(0, -1) }, info);
  }

  /** Sends the next question card (with `lead` text above it), or the result when no question is left. */
  private async askNext(dc: DialogContext, run: AdvisorRunState, info: TurnInfo, lead?: string): Promise<DialogTurnResult> {
    const next = this.pending(run);
    if (next === undefined) {
      // A description can answer the last open question: say what was understood before the results.
      if (lead !== undefined) await dc.context.sendActivity(noticeMessage({ title: botText(info.lang).notice, text: lead }, info.lang));
      return this.finish(dc, run, info);
    }
    const sent = await dc.context.sendActivity(cardMessage(buildQuestionCard(next, run.flow, info.lang), lead));
    const shown: ShownQuestion = {
      question: next.question,
      asked: next.asked,
      estimatedTotal: next.estimatedTotal,
      ...(sent?.id ? { activityId: sent.id } : {}),
    };
    this.save(dc, { ...run, shown });
    return Dialog.EndOfTurn;
  }

  /** Sends the four result cards and the plain-text instructions, keeps the result, and ends the run. */
  private async finish(dc: DialogContext, run: AdvisorRunState, info: TurnInfo): Promise<DialogTurnResult> {
    const answers = answersOf(run);
    const org = await info.org();
    await dc.context.sendActivities(
      adviceMessages(answers, run.flow, info.lang, { ...(this.deps.baseUrl === undefined ? {} : { baseUrl: this.deps.baseUrl }), ...(org === undefined ? {} : { org }) }),
    );
    await this.deps.onFinished(dc.context, { flow: run.flow, answers: plainAnswers(answers) });
    return dc.endDialog();
  }

  /** Replaces the question card with the answered card; a failure is logged and never breaks the turn. */
  private async markAnswered(context: TurnContext, shown: ShownQuestion, value: string, lang: Lang): Promise<void> {
    if (shown.activityId === undefined) return;
    try {
      const card = buildAnsweredCard({ question: shown.question, value, progress: shown }, lang);
      await context.updateActivity({ ...cardMessage(card), id: shown.activityId });
    } catch (err) {
      this.deps.logger.warn(
        { err, conversationId: context.activity.conversation?.id, activityId: shown.activityId },
        'could not update the question card in place',
      );
    }
  }

  /** A notice saying where the run is ("We're at question 4: …"); the run is not changed. */
  private async notice(
    dc: DialogContext,
    run: AdvisorRunState,
    info: TurnInfo,
    text: (n: number, question: string) => string,
  ): Promise<DialogTurnResult> {
    const where = this.position(run, info.lang);
    return this.noticeText(dc, info, botText(info.lang).stale.title, text(where.n, where.text));
  }

  private async noticeText(dc: DialogContext, info: TurnInfo, title: string, text: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(noticeMessage({ title, text }, info.lang));
    return Dialog.EndOfTurn;
  }

  /** The question the run is waiting for (the engine decides; the stored card only adds its message id). */
  private pending(run: AdvisorRunState): Pending | undefined {
    const next = nextQuestion(answersOf(run));
    return next.done ? undefined : next;
  }

  /** The current question's number and text, for "we're at question 4: …". */
  private position(run: AdvisorRunState, lang: Lang): { n: number; text: string } {
    const next = this.pending(run);
    if (next === undefined) return { n: run.history.length, text: '' };
    return { n: next.asked + 1, text: localizeQuestion(next.question, lang).text };
  }

  private save(dc: DialogContext, run: AdvisorRunState): void {
    if (dc.activeDialog) dc.activeDialog.state = run;
  }
}

function answersOf(run: AdvisorRunState): Answers {
  return storedAnswers(run.answers) ?? {};
}

/** Reads a run from dialog state, or undefined when it is not one of ours. */
export function readRun(raw: unknown): AdvisorRunState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Readonly<Record<string, unknown>>;
  if (typeof r.flow !== 'string' || r.flow === '') return undefined;
  const answers = storedAnswers(r.answers ?? {});
  if (answers === undefined || !Array.isArray(r.history)) return undefined;
  const history = r.history.filter(isQuestionId);
  const shown = readShown(r.shown);
  return { flow: r.flow, answers: plainAnswers(answers), history, ...(shown === undefined ? {} : { shown }) };
}

function readShown(raw: unknown): ShownQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const s = raw as Readonly<Record<string, unknown>>;
  if (!isQuestionId(s.question) || typeof s.asked !== 'number' || typeof s.estimatedTotal !== 'number') return undefined;
  return {
    question: s.question,
    asked: s.asked,
    estimatedTotal: s.estimatedTotal,
    ...(typeof s.activityId === 'string' ? { activityId: s.activityId } : {}),
  };
}
