import { buildPrerequisitesCard, buildResultCard, buildRetiredCard, buildWizardCard, type PendingQuestion } from '../../cards';
import { botText } from '../../content/bot';
import { conversationText, type RetiredReason } from '../../content/conversation';
import { localizeQuestion } from '../../content';
import { hardStopGroup, instructionSets, isAnswerValue, isQuestionId, nextQuestion, recommend } from '../../engine';
import type { Answers, QuestionId } from '../../engine/types';
import type { CardAction } from '../card-action';
import { noticeMessage } from '../replies';
import { instructionMessages } from '../results';
import { isPersonalChat, resultSuggestions, withSuggestions } from '../suggestions';
import { plainAnswers, storedAnswers, type AdviceRun, type ConversationData } from '../state';
import { instructionOptions, retireCard, senderId, showLiveCard, type Turn } from '../turn';
import { optionCount, parseTypedAnswer } from '../typed-answer';
import { escapeMarkdown } from '../../content/markdown';
import { ambiguousAnswerLine, statedAtQuestion } from '../../understanding';

/** A note on the live card; `restatesAnswers` when it lists every answer so far (see WizardInput.hint). */
type Hint = { readonly title: string; readonly text: string; readonly restatesAnswers?: boolean };

function answersOf(run: AdviceRun): Answers {
  return storedAnswers(run.answers) ?? {};
}

/**
 * What the run's live card asks now: the engine's next question, except that a question the admin chose to change
 * (its `step`, still unanswered) is asked first, so Change on a fact stated in a sentence re-asks that very question;
 * in a run begun with a description, two or more open hard stops are asked together on one prerequisite card.
 */
export type Asking =
  | { readonly kind: 'one'; readonly next: PendingQuestion }
  | { readonly kind: 'group'; readonly next: PendingQuestion; readonly questions: readonly QuestionId[] };

/** What the run asks now, or undefined when the advice is complete. */
export function asking(run: AdviceRun): Asking | undefined {
  const answers = answersOf(run);
  const next = nextQuestion(answers, run.focus === undefined ? {} : { focus: run.focus });
  if (next.done) return undefined;
  const chosen = run.step;
  if (chosen !== 'result' && chosen !== next.question && answers[chosen] === undefined) return { kind: 'one', next: { ...next, question: chosen } };
  const group = run.focus === 'decision' ? hardStopGroup(answers, next) : [];
  return group.length > 0 ? { kind: 'group', next, questions: group } : { kind: 'one', next };
}

/** The question (or the prerequisite card's title) a stale-click note names as where the run is now. */
export function whereText(current: Asking, lang: Turn['lang']): string {
  return current.kind === 'group' ? conversationText(lang).prerequisites.title : localizeQuestion(current.next.question, lang).text;
}

/** The answered questions in the order they were answered, for the answers-so-far line. */
export function answeredList(run: AdviceRun): { question: QuestionId; value: string }[] {
  return run.history.flatMap((question) => {
    const value = run.answers[question];
    return value === undefined ? [] : [{ question, value }];
  });
}

/** True when this turn's sender started the run (or the run has no recorded owner). */
export function isOwner(turn: Turn, run: AdviceRun): boolean {
  return run.ownerId === '' || senderId(turn.context.activity) === run.ownerId;
}

/** True while the run waits for an answer (its card is a live question card). */
export function isAsking(run: AdviceRun | undefined): run is AdviceRun {
  return run !== undefined && run.step !== 'result';
}

/** A copy of `obj` without `key` (stored documents carry no undefined fields). */
function omit<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

function withoutRun(data: ConversationData): ConversationData {
  return omit(data, 'run');
}

async function saveRun(turn: Turn, run: AdviceRun): Promise<void> {
  await turn.setData({ ...(await turn.data()), run });
}

/**
 * Shows what the run asks now on its live card (with an optional re-prompt, and on a prerequisite card the values
 * picked before it), or its result when nothing is left.
 */
export async function show(turn: Turn, run: AdviceRun, hint?: Hint, values?: Readonly<Record<string, string>>): Promise<void> {
  const current = asking(run);
  if (current === undefined) {
    // A description can answer the last open question: say what was understood before the result.
    if (hint !== undefined) await turn.context.sendActivity(noticeMessage({ title: hint.title, text: hint.text }, turn.lang));
    return finish(turn, run);
  }
  const base = { flow: run.id, answered: answeredList(run), ...(hint === undefined ? {} : { hint }) };
  const { next } = current;
  const card =
    current.kind === 'group'
      ? buildPrerequisitesCard({ ...base, questions: current.questions, asked: next.asked, estimatedTotal: next.estimatedTotal, ...(values === undefined ? {} : { values }) }, turn.lang)
      : buildWizardCard({ ...base, next }, turn.lang);
  const id = await showLiveCard(turn, card, run.cardActivityId);
  await saveRun(turn, { ...omit(run, 'cardActivityId'), step: next.question, ...(id === undefined ? {} : { cardActivityId: id }) });
}

/** Turns the live card into the result (Recommendation view) and posts the employee instructions as a second message. */
async function finish(turn: Turn, run: AdviceRun): Promise<void> {
  const answers = answersOf(run);
  const rec = recommend(answers);
  const org = await turn.org();
  const card = buildResultCard({ rec, answers, flow: run.id, view: 'recommendation', ...(org === undefined ? {} : { org }) }, turn.lang);
  const id = await showLiveCard(turn, card, run.cardActivityId);
  const sets = rec.recommended === null ? [] : instructionSets(rec, answers);
  if (sets.length > 0) {
    const messages = instructionMessages(sets, turn.lang, instructionOptions(turn, org));
    const personal = isPersonalChat(turn.context.activity);
    const asker = turn.context.activity.from?.id;
    const suggested = resultSuggestions(turn.lang, sets, typeof asker === 'string' && asker !== '' ? [asker] : []);
    await turn.context.sendActivities(personal ? withSuggestions(messages, suggested) : messages);
  }
  const done: AdviceRun = { ...omit(run, 'cardActivityId'), step: 'result', view: 'recommendation', ...(id === undefined ? {} : { cardActivityId: id }) };
  await turn.setData({ ...(await turn.data()), run: done, lastResult: { flow: run.id, answers: plainAnswers(answers) } });
}

/** Makes the run's live question card read-only (why: `reason`) and forgets the run; a finished run's result stays live. */
export async function retireRun(turn: Turn, reason: RetiredReason): Promise<boolean> {
  const data = await turn.data();
  if (!isAsking(data.run)) return false;
  await retireCard(turn, data.run.cardActivityId, buildRetiredCard({ reason, answered: answeredList(data.run) }, turn.lang));
  await turn.setData(withoutRun(data));
  return true;
}

/**
 * `start`: continues the sender's running advice on a fresh card at the bottom of the chat (the old one is closed),
 * else starts a new run. `restart`: always a new run; the old question card is closed.
 */
export async function startAdvice(turn: Turn, mode: 'start' | 'restart', description?: string): Promise<void> {
  const current = (await turn.data()).run;
  // In a group chat someone else's start, restart or cancel must not throw away the advice another person is answering.
  if (isAsking(current) && !isOwner(turn, current)) return ownerNote(turn, current);
  if (mode === 'start' && isAsking(current)) {
    await show(turn, omit(current, 'cardActivityId'));
    await retireCard(turn, current.cardActivityId, buildRetiredCard({ reason: 'moved', answered: answeredList(current) }, turn.lang));
    return;
  }
  await (await turn.dialogs()).cancelAllDialogs();
  await retireRun(turn, mode === 'restart' ? 'restarted' : 'replaced');
  const from = turn.context.activity.from;
  // A first message that describes the situation fills every answer it states; only the rest is asked.
  const stated = description === undefined ? undefined : statedAtQuestion({}, description, turn.lang, escapeMarkdown);
  const run: AdviceRun = {
    id: turn.newRunId(),
    ownerId: senderId(turn.context.activity),
    ...(typeof from?.name === 'string' && from.name !== '' ? { ownerName: from.name.slice(0, 100) } : {}),
    flow: 'advice',
    answers: plainAnswers(stated?.answers ?? {}),
    history: [...(stated?.answered ?? [])],
    step: 'ownership',
    ...(stated !== undefined && stated.answered.length > 0 ? { focus: 'decision' as const } : {}),
  };
  // Every answer of the new run comes from the sentence, so the "I understood" note lists them all: no second line.
  await show(turn, run, stated === undefined ? undefined : { title: botText(turn.lang).notice, text: stated.lead, restatesAnswers: stated.answered.length > 0 });
}

/** `cancel`: closes the running question card (or employee questions) and says so. */
export async function cancel(turn: Turn): Promise<void> {
  const t = botText(turn.lang).cancel;
  const current = (await turn.data()).run;
  if (isAsking(current) && !isOwner(turn, current)) return ownerNote(turn, current);
  const closed = await retireRun(turn, 'cancelled');
  const dc = await turn.dialogs();
  const employee = dc.activeDialog !== undefined;
  if (employee) await dc.cancelAllDialogs();
  const text = closed || employee ? t.text : t.nothing;
  await turn.context.sendActivity(noticeMessage({ title: t.title, text, actions: ['start', 'help'] }, turn.lang));
}

async function notice(turn: Turn, title: string, text: string, actions: readonly 'start'[] = []): Promise<void> {
  await turn.context.sendActivity(noticeMessage({ title, text, actions }, turn.lang));
}

/** Checks a click against the running advice; answers and returns undefined when it does not belong to it. */
export async function runForClick(turn: Turn, flow: string): Promise<AdviceRun | undefined> {
  const t = botText(turn.lang).stale;
  const run = (await turn.data()).run;
  if (!isAsking(run) || flow !== run.id) {
    await notice(turn, t.title, t.noRun, ['start']);
    return undefined;
  }
  if (!isOwner(turn, run)) {
    await ownerNote(turn, run);
    return undefined;
  }
  return run;
}

/**
 * Tells someone who clicked or answered another person's advice that it is not theirs. Bots cannot send a message
 * only one person in a chat sees (with Action.Submit), so in a group chat or channel the note @mentions them.
 */
async function ownerNote(turn: Turn, run: AdviceRun): Promise<void> {
  const o = conversationText(turn.lang).owner;
  const message = noticeMessage({ title: o.title, text: o.text(escapeMarkdown(run.ownerName ?? o.someone)) }, turn.lang);
  const from = turn.context.activity.from;
  const shared = turn.context.activity.conversation?.isGroup === true;
  if (!shared || from?.id === undefined) {
    await turn.context.sendActivity(message);
    return;
  }
  const name = (from.name ?? '').replace(/[<>]/g, '').slice(0, 100) || o.someone;
  const at = `<at>${name}</at>`;
  await turn.context.sendActivity({ ...message, text: at, entities: [{ type: 'mention', text: at, mentioned: { id: from.id, name } }] });
}

/** Records answers (in this order, after the earlier ones) and shows what the run asks next. */
export async function applyAnswers(turn: Turn, run: AdviceRun, given: readonly (readonly [QuestionId, string])[]): Promise<void> {
  const answers: Record<string, string> = { ...run.answers };
  for (const [q, v] of given) answers[q] = v;
  const questions = given.map(([q]) => q);
  await show(turn, { ...run, answers, history: [...run.history.filter((q) => !questions.includes(q)), ...questions] });
}

/**
 * A clicked answer: checked against the run, the current question and its allowed values; re-prompts go on the live
 * card. While the prerequisite card is live, an answer to one of its questions counts as that answer.
 */
export async function onAnswer(turn: Turn, action: Extract<CardAction, { verb: 'answer' }>): Promise<void> {
  const t = botText(turn.lang);
  const run = await runForClick(turn, action.flow);
  if (run === undefined) return;
  const current = asking(run);
  if (current === undefined) return finish(turn, run);
  if (!isQuestionId(action.question)) return show(turn, run, { title: t.badAnswer.title, text: t.badAnswer.unknownQuestion });
  const open = current.kind === 'group' ? current.questions : [current.next.question];
  if (!open.includes(action.question)) {
    const text = run.history.includes(action.question) ? t.stale.earlierQuestion : t.stale.notCurrent;
    return show(turn, run, { title: t.stale.title, text: text(current.next.asked + 1, whereText(current, turn.lang)) });
  }
  const where = localizeQuestion(action.question, turn.lang).text;
  if (!isAnswerValue(action.question, action.value)) return show(turn, run, { title: t.badAnswer.title, text: t.badAnswer.text(where) });
  return applyAnswers(turn, run, [[action.question, action.value]]);
}

/** Back: the previous question again, on the same card. */
export async function onBack(turn: Turn, flow: string): Promise<void> {
  const run = await runForClick(turn, flow);
  if (run === undefined) return;
  const last = run.history[run.history.length - 1];
  if (last === undefined) return show(turn, run, { title: botText(turn.lang).notice, text: botText(turn.lang).back.first });
  return changeFrom(turn, run, last);
}

/** Change: asks an answered question again; the answers given after it are asked again too, as they may no longer apply. */
export async function onChange(turn: Turn, action: Extract<CardAction, { verb: 'change' }>): Promise<void> {
  const run = await runForClick(turn, action.flow);
  if (run === undefined) return;
  const question = run.history.find((q) => q === action.question);
  if (question === undefined) return show(turn, run);
  return changeFrom(turn, run, question);
}

async function changeFrom(turn: Turn, run: AdviceRun, question: QuestionId): Promise<void> {
  const keep = run.history.slice(0, run.history.indexOf(question));
  const answers: Record<string, string> = {};
  for (const q of keep) {
    const value = run.answers[q];
    if (value !== undefined) answers[q] = value;
  }
  // A prerequisite card that re-opens shows the earlier choices, so changing one of them is one pick.
  return show(turn, { ...run, answers, history: keep, step: question }, undefined, run.answers);
}

/** A message that is only an option number, the way most admins answer a question card. */
const OPTION_NUMBER = /^\s*\d{1,2}\.?\s*$/;

/**
 * A typed message while a question is open: the sender's answer (or back), else a re-prompt on the live card. While
 * the prerequisite card is live, a sentence fills what it states and the rest stays on the card; a bare "yes" or
 * number cannot be assigned to one of its questions and gets a hint there.
 */
export async function onTypedAnswer(turn: Turn, run: AdviceRun, text: string): Promise<void> {
  if (!isOwner(turn, run)) return ownerNote(turn, run);
  const current = asking(run);
  if (current === undefined) return finish(turn, run);
  const question = current.next.question;
  const value = current.kind === 'group' ? undefined : parseTypedAnswer(question, text);
  // A sentence that states more than this question's answer fills every answer it states; a plain answer stays one.
  // An option number ("3") states no facts (checked for 0–99), so the free-text reading is skipped for it.
  const stated = OPTION_NUMBER.test(text) ? undefined : statedAtQuestion(answersOf(run), text, turn.lang, escapeMarkdown);
  const aboutOthers = stated !== undefined && stated.answered.some((q) => q !== question);
  if (stated !== undefined && (value === undefined || aboutOthers)) {
    const history = [...run.history.filter((q) => !stated.answered.includes(q)), ...stated.answered];
    const focused = aboutOthers ? { focus: 'decision' as const } : {};
    return show(turn, { ...run, answers: plainAnswers(stated.answers), history, ...focused }, { title: botText(turn.lang).notice, text: stated.lead });
  }
  if (current.kind === 'group') {
    const p = conversationText(turn.lang).prerequisites;
    return show(turn, run, { title: p.typedTitle, text: p.typed });
  }
  const t = botText(turn.lang).hint;
  if (value === undefined) {
    return show(turn, run, { title: t.title, text: ambiguousAnswerLine(question, text, turn.lang, escapeMarkdown) ?? t.answer(optionCount(question)) });
  }
  return applyAnswers(turn, run, [[question, value]]);
}

/** Typed `back` while a question is open. */
export async function onTypedBack(turn: Turn, run: AdviceRun): Promise<void> {
  return onBack(turn, run.id);
}
