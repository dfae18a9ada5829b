import { isLang } from '../content';
import { isResultView, type ResultView } from '../content/conversation';
import type { Lang } from '../content/types';
import { isQuestionId, validateAnswers } from '../engine';
import type { Answers, QuestionId } from '../engine/types';

/** A finished advice, kept so result buttons and the compare/tasks commands work later. */
export interface StoredResult {
  readonly flow: string;
  /** The answers as plain strings; re-validated whenever they are read back. */
  readonly answers: Readonly<Record<string, string>>;
}

/** Where a run is: waiting for the answer to a question, or showing its result. */
export type RunStep = QuestionId | 'result';

/**
 * The advice run of a conversation (docs/state-model.md): everything a card click is checked against — whose run it
 * is, which card is live, what was answered — so stale, foreign and tampered clicks are recognized.
 */
export interface AdviceRun {
  /** Random per run; every button of the run carries it as `flow`. */
  readonly id: string;
  /** The Entra object id (else the channel user id) of the person who started the run. */
  readonly ownerId: string;
  /** Their display name, for the note another person gets when they click the run's card. */
  readonly ownerName?: string;
  readonly flow: 'advice';
  readonly answers: Readonly<Record<string, string>>;
  /** Questions in the order they were answered, for Back and Change. */
  readonly history: readonly QuestionId[];
  /** The open question (a question Change re-opened is asked first while unanswered), or 'result'. */
  readonly step: RunStep;
  /** The id of the run's one live card (the wizard, then the result); absent before it was sent. */
  readonly cardActivityId?: string;
  /** The view the result card shows. */
  readonly view?: ResultView;
}

/** Per-conversation data beside the employee dialog's stack (JSON in Storage, shared by every instance). */
export interface ConversationData {
  readonly schema: 2;
  readonly run?: AdviceRun;
  readonly lastResult?: StoredResult;
  /** True once the welcome card was sent, so install events arriving together do not welcome twice. */
  readonly welcomed?: boolean;
}

/** Per-user data: the language the user chose with language/taal (otherwise the Teams locale decides). */
export interface UserProfile {
  readonly lang?: Lang;
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readStep(v: unknown): RunStep | undefined {
  return v === 'result' || isQuestionId(v) ? v : undefined;
}

/** Reads a stored run, or undefined when any field a click is checked against is missing or of the wrong shape. */
export function readRun(raw: unknown): AdviceRun | undefined {
  if (!isRecord(raw) || raw.flow !== 'advice') return undefined;
  const { id, ownerId, ownerName, cardActivityId, view } = raw;
  const answers = storedAnswers(raw.answers);
  const step = readStep(raw.step);
  if (typeof id !== 'string' || id === '' || typeof ownerId !== 'string' || answers === undefined || step === undefined) return undefined;
  if (!Array.isArray(raw.history)) return undefined;
  return {
    id,
    ownerId,
    ...(typeof ownerName === 'string' ? { ownerName } : {}),
    flow: 'advice',
    answers: plainAnswers(answers),
    history: raw.history.filter(isQuestionId),
    step,
    ...(typeof cardActivityId === 'string' && cardActivityId !== '' ? { cardActivityId } : {}),
    ...(isResultView(view) ? { view } : {}),
  };
}

/**
 * Reads stored conversation data: a schema-2 document field by field, or an older one (no `schema`) for what it
 * still means (`lastResult`, `welcomed`). Anything else is dropped, never trusted: a wrong shape, and fields the bot
 * no longer keeps, such as the old `recentActivityIds` (redelivery is the turn runner's marker now).
 */
export function readConversationData(raw: unknown): ConversationData {
  if (!isRecord(raw)) return { schema: 2 };
  const last = raw.lastResult;
  const lastAnswers = isRecord(last) ? storedAnswers(last.answers) : undefined;
  const lastResult = isRecord(last) && typeof last.flow === 'string' && lastAnswers !== undefined ? { flow: last.flow, answers: plainAnswers(lastAnswers) } : undefined;
  const run = raw.schema === 2 ? readRun(raw.run) : undefined;
  return {
    schema: 2,
    ...(run === undefined ? {} : { run }),
    ...(lastResult === undefined ? {} : { lastResult }),
    ...(raw.welcomed === true ? { welcomed: true } : {}),
  };
}

/** Reads a stored user profile; an unknown language is ignored. */
export function readUserProfile(raw: unknown): UserProfile {
  return isRecord(raw) && isLang(raw.lang) ? { lang: raw.lang } : {};
}

/** Stored or submitted answers as engine Answers, or undefined when they fail validation. */
export function storedAnswers(raw: unknown): Answers | undefined {
  const checked = validateAnswers(raw);
  return checked.ok ? checked.answers : undefined;
}

/** Answers as a plain JSON object of strings, the form they are stored in. */
export function plainAnswers(answers: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) if (typeof value === 'string') out[key] = value;
  return out;
}
