import { buildAdminTasksCard, buildComparisonCard, buildResultCard } from '../../cards';
import { botText } from '../../content/bot';
import { isResultView, type ResultView } from '../../content/conversation';
import { instructionSets, recommend } from '../../engine';
import type { Answers, InstructionSetId } from '../../engine/types';
import type { CardAction } from '../card-action';
import { resolveInstructionsArgument } from '../instructions-argument';
import { cardMessage, noticeMessage } from '../replies';
import { instructionMessages } from '../results';
import { storedAnswers, type ConversationData } from '../state';
import { instructionOptions, showLiveCard, type Turn } from '../turn';

/** Where a result button's answers come from: the button itself, or the result kept in conversation state. */
interface ResultSource {
  readonly flow?: string;
  readonly answers?: unknown;
}

type Found = { readonly answers: Answers; readonly flow?: string } | 'invalid' | undefined;

/**
 * The answers a result button refers to: its own `answers` (validated: tampered values give 'invalid'), else the
 * kept last result when the flow matches or no flow was given; undefined when there is none.
 */
async function resultAnswers(turn: Turn, source: ResultSource): Promise<Found> {
  if (source.answers !== undefined) {
    const answers = storedAnswers(source.answers);
    if (answers === undefined) return 'invalid';
    return { answers, ...(source.flow === undefined ? {} : { flow: source.flow }) };
  }
  const last = (await turn.data()).lastResult;
  if (last === undefined || (source.flow !== undefined && source.flow !== last.flow)) return undefined;
  const answers = storedAnswers(last.answers);
  return answers === undefined ? undefined : { answers, flow: last.flow };
}

async function notice(turn: Turn, text: string, title = botText(turn.lang).notice): Promise<void> {
  await turn.context.sendActivity(noticeMessage({ title, text, actions: ['start'] }, turn.lang));
}

async function invalidAnswers(turn: Turn): Promise<void> {
  const t = botText(turn.lang).badAnswer;
  await notice(turn, t.savedAnswers, t.title);
}

/**
 * Switches a result card to `view` in place: the card the click came from (replyToId), else the run's card. The
 * answers come from the button, so old result cards keep working after newer runs.
 */
export async function onView(turn: Turn, source: ResultSource & { readonly view: string }): Promise<void> {
  if (!isResultView(source.view)) return invalidAnswers(turn);
  const found = await resultAnswers(turn, source);
  if (found === 'invalid') return invalidAnswers(turn);
  if (found === undefined || found.flow === undefined) return notice(turn, botText(turn.lang).results.noResult);
  const view: ResultView = source.view;
  const rec = recommend(found.answers);
  const org = await turn.org();
  const card = buildResultCard({ rec, answers: found.answers, flow: found.flow, view, ...(org === undefined ? {} : { org }) }, turn.lang);
  const data = await turn.data();
  const run = data.run?.id === found.flow ? data.run : undefined;
  const replyTo = turn.context.activity.replyToId;
  const target = typeof replyTo === 'string' && replyTo !== '' ? replyTo : run?.cardActivityId;
  const id = await showLiveCard(turn, card, target);
  if (run !== undefined && (target === undefined || target === run.cardActivityId)) {
    await turn.setData({ ...data, run: { ...run, view, ...(id === undefined ? {} : { cardActivityId: id }) } });
  }
}

/** The flow of the conversation's finished run when its result card is the latest result, else undefined. */
function finishedRunFlow(data: ConversationData): string | undefined {
  const run = data.run;
  return run !== undefined && run.step === 'result' && run.cardActivityId !== undefined && data.lastResult?.flow === run.id ? run.id : undefined;
}

/**
 * Compare: a result button's answers, or a typed compare while the latest result card is live, switch that card to the
 * comparison in place; otherwise the table is posted (for the running or the kept answers, or plain).
 */
export async function onCompare(turn: Turn, source: ResultSource): Promise<void> {
  if (source.answers !== undefined || source.flow !== undefined) return onView(turn, { ...source, view: 'comparison' });
  const data = await turn.data();
  // Typed (or a suggested action) right after a result: that result card switches in place, no second table.
  const finished = finishedRunFlow(data);
  if (finished !== undefined) return onView(turn, { flow: finished, view: 'comparison' });
  const running = data.run !== undefined && data.run.step !== 'result' ? storedAnswers(data.run.answers) : undefined;
  if (running !== undefined && Object.keys(running).length > 0) {
    await turn.context.sendActivity(cardMessage(buildComparisonCard({ answers: running, compact: true }, turn.lang)));
    return;
  }
  const last = await resultAnswers(turn, {});
  const input = last === undefined || last === 'invalid' ? { compact: true } : { answers: last.answers, rec: recommend(last.answers), compact: true };
  await turn.context.sendActivity(cardMessage(buildComparisonCard(input, turn.lang)));
}

/**
 * Admin tasks: a result button, or a typed tasks while the latest result card is live, switches that card to the tasks
 * view in place; otherwise the kept result's tasks are posted (a contradiction says why there are none).
 */
export async function onTasks(turn: Turn, source: ResultSource): Promise<void> {
  if (source.answers !== undefined) return onView(turn, { ...source, view: 'tasks' });
  const finished = source.flow === undefined ? finishedRunFlow(await turn.data()) : undefined;
  const kept = finished === undefined ? undefined : await resultAnswers(turn, { flow: finished });
  // A result with a recommendation switches its card in place; a contradiction has no tasks view (told below).
  if (finished !== undefined && kept !== undefined && kept !== 'invalid' && recommend(kept.answers).recommended !== null) {
    return onView(turn, { flow: finished, view: 'tasks' });
  }
  const found = await resultAnswers(turn, source);
  if (found === 'invalid') return invalidAnswers(turn);
  const t = botText(turn.lang).results;
  if (found === undefined) return notice(turn, t.noResult);
  const rec = recommend(found.answers);
  if (rec.recommended === null) return notice(turn, t.contradiction);
  const org = await turn.org();
  const card = buildAdminTasksCard({ rec, answers: found.answers, ...(org === undefined ? {} : { org }) }, turn.lang);
  await turn.context.sendActivity(cardMessage(card));
}

/** Posts the instruction cards for `sets` (e-mail text and printable page are actions on each card). */
export async function sendInstructions(turn: Turn, sets: readonly InstructionSetId[]): Promise<void> {
  await turn.context.sendActivities(instructionMessages(sets, turn.lang, instructionOptions(turn, await turn.org())));
}

/** The employee instructions of a result (both ownership variants for a mixed fleet). */
export async function onResultInstructions(turn: Turn, source: ResultSource): Promise<void> {
  const found = await resultAnswers(turn, source);
  if (found === 'invalid') return invalidAnswers(turn);
  const t = botText(turn.lang).results;
  if (found === undefined) return notice(turn, t.noResult);
  const sets = instructionSets(recommend(found.answers), found.answers);
  if (sets.length === 0) return notice(turn, t.contradiction);
  await sendInstructions(turn, sets);
}

/** "instructions autopilot" / a set id: that method's main instructions (and the names of its other variants). */
export async function onInstructionsFor(turn: Turn, argument: string): Promise<void> {
  const resolved = resolveInstructionsArgument(argument);
  const t = botText(turn.lang).instructions;
  if (resolved === undefined) {
    await turn.context.sendActivity(noticeMessage({ title: botText(turn.lang).notice, text: t.unknownMethod(argument.slice(0, 60)), actions: ['help'] }, turn.lang));
    return;
  }
  await sendInstructions(turn, [resolved.set]);
  if (resolved.variants.length > 0) await turn.context.sendActivity(t.variants(resolved.variants.join(', ')));
}

/** The instructions verb: a set, a result's sets, or (no data) the employee questions via `askEmployee`. */
export async function onInstructionsAction(
  turn: Turn,
  action: Extract<CardAction, { verb: 'instructions' }>,
  askEmployee: (turn: Turn) => Promise<void>,
): Promise<void> {
  if (action.set !== undefined) return onInstructionsFor(turn, action.set);
  if (action.answers !== undefined || action.flow !== undefined) return onResultInstructions(turn, action);
  return askEmployee(turn);
}
