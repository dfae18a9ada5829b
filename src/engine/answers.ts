import {
  QUESTION_IDS,
  QUESTION_VALUES,
  UNKNOWN,
  type AnswerError,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from './types';

/** Answers being built up, before they are handed out as read-only Answers. */
export type MutableAnswers = { -readonly [Q in QuestionId]?: AnswerValue<Q> };

/** Every question resolved: a missing answer is exactly `unknown`. */
export type ResolvedAnswers = { readonly [Q in QuestionId]: AnswerValue<Q> };

const ALLOWED_KEYS: readonly string[] = QUESTION_IDS;

/** Accepted values per question, `unknown` last, in the order error messages list them. */
const ALLOWED_VALUES: { readonly [Q in QuestionId]: readonly string[] } = {
  ownership: [...QUESTION_VALUES.ownership, UNKNOWN],
  windowsVersion: [...QUESTION_VALUES.windowsVersion, UNKNOWN],
  azureAdPremium: [...QUESTION_VALUES.azureAdPremium, UNKNOWN],
  identity: [...QUESTION_VALUES.identity, UNKNOWN],
  configMgr: [...QUESTION_VALUES.configMgr, UNKNOWN],
  alreadyInIntune: [...QUESTION_VALUES.alreadyInIntune, UNKNOWN],
  purchase: [...QUESTION_VALUES.purchase, UNKNOWN],
  remoteWorkers: [...QUESTION_VALUES.remoteWorkers, UNKNOWN],
  deviceAge: [...QUESTION_VALUES.deviceAge, UNKNOWN],
  volume: [...QUESTION_VALUES.volume, UNKNOWN],
  userAffinity: [...QUESTION_VALUES.userAffinity, UNKNOWN],
  demAccount: [...QUESTION_VALUES.demAccount, UNKNOWN],
  otherMdm: [...QUESTION_VALUES.otherMdm, UNKNOWN],
  conditionalAccess: [...QUESTION_VALUES.conditionalAccess, UNKNOWN],
  manage: [...QUESTION_VALUES.manage, UNKNOWN],
};

/** True when `key` names a question; uses the id list, never `in`, so `__proto__` or `constructor` are not questions. */
export function isQuestionId(key: unknown): key is QuestionId {
  return typeof key === 'string' && ALLOWED_KEYS.includes(key);
}

/** True when `v` is an accepted answer to question `q` (a known value or `unknown`). */
export function isAnswerValue<Q extends QuestionId>(q: Q, v: unknown): v is AnswerValue<Q> {
  return isQuestionId(q) && typeof v === 'string' && ALLOWED_VALUES[q].includes(v);
}

/** The values question `q` accepts, `unknown` included. */
export function allowedValues(q: QuestionId): readonly string[] {
  return ALLOWED_VALUES[q];
}

/**
 * Checks untrusted input (e.g. a parsed JSON body) and returns typed answers or the first problem found.
 * Arrays and null are not answer objects. A key is copied into a fresh object only once it is a known
 * question id, so `__proto__`, `constructor` or `prototype` are refused and nothing can be polluted.
 */
export function validateAnswers(input: unknown): { ok: true; answers: Answers } | { ok: false; error: AnswerError } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: { code: 'not-an-object' } };
  }
  const source = input as Readonly<Record<string, unknown>>;
  const answers: MutableAnswers = {};
  for (const key of Object.keys(source)) {
    if (!isQuestionId(key)) {
      return { ok: false, error: { code: 'unknown-key', key, allowed: ALLOWED_KEYS } };
    }
    const value = source[key];
    // An explicit undefined (JS callers only; JSON has none) means "not answered", like a missing key.
    if (value === undefined) continue;
    if (!isAnswerValue(key, value)) {
      return { ok: false, error: { code: 'unknown-value', key, value, allowed: ALLOWED_VALUES[key] } };
    }
    setAnswer(answers, key, value);
  }
  return { ok: true, answers };
}

/** Writes one answer into a mutable answers object (TypeScript cannot relate a generic key to its value type here). */
export function setAnswer<Q extends QuestionId>(target: MutableAnswers, key: Q, value: AnswerValue<Q>): void {
  (target as Record<QuestionId, string | undefined>)[key] = value;
}

/** Every question with its answer, `unknown` where none was given. */
export function resolveAnswers(a: Answers): ResolvedAnswers {
  return {
    ownership: a.ownership ?? UNKNOWN,
    windowsVersion: a.windowsVersion ?? UNKNOWN,
    azureAdPremium: a.azureAdPremium ?? UNKNOWN,
    identity: a.identity ?? UNKNOWN,
    configMgr: a.configMgr ?? UNKNOWN,
    alreadyInIntune: a.alreadyInIntune ?? UNKNOWN,
    purchase: a.purchase ?? UNKNOWN,
    remoteWorkers: a.remoteWorkers ?? UNKNOWN,
    deviceAge: a.deviceAge ?? UNKNOWN,
    volume: a.volume ?? UNKNOWN,
    userAffinity: a.userAffinity ?? UNKNOWN,
    demAccount: a.demAccount ?? UNKNOWN,
    otherMdm: a.otherMdm ?? UNKNOWN,
    conditionalAccess: a.conditionalAccess ?? UNKNOWN,
    manage: a.manage ?? UNKNOWN,
  };
}

/** Windows 7 and 8.1: the versions the guide says must be upgraded before enrollment. */
export function isLegacyWindows(a: { readonly windowsVersion?: AnswerValue<'windowsVersion'> }): boolean {
  return a.windowsVersion === 'win7' || a.windowsVersion === 'win8.1';
}
