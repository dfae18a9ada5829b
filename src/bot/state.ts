import { isLang } from '../content';
import type { Lang } from '../content/types';
import { validateAnswers } from '../engine';
import type { Answers } from '../engine/types';

/** A finished advice, kept so result buttons and the compare/tasks commands work later. */
export interface StoredResult {
  readonly flow: string;
  /** The answers as plain strings; re-validated whenever they are read back. */
  readonly answers: Readonly<Record<string, string>>;
}

/** Per-conversation data beside the dialog stack (JSON in Storage, shared by every instance). */
export interface ConversationData {
  /** The latest handled activity ids, oldest first, so a redelivered activity is not answered twice. */
  readonly recentActivityIds?: readonly string[];
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

/** Reads stored conversation data defensively: anything of the wrong shape is dropped, never trusted. */
export function readConversationData(raw: unknown): ConversationData {
  if (!isRecord(raw)) return {};
  const ids = Array.isArray(raw.recentActivityIds) ? raw.recentActivityIds.filter((id): id is string => typeof id === 'string') : [];
  const last = raw.lastResult;
  const lastResult =
    isRecord(last) && typeof last.flow === 'string' && storedAnswers(last.answers) !== undefined
      ? { flow: last.flow, answers: plainAnswers(storedAnswers(last.answers) ?? {}) }
      : undefined;
  return {
    recentActivityIds: ids,
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
