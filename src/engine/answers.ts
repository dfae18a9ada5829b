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

/**
 * Every question with its answer, `unknown` where none was given. Answer objects arrive in many shapes,
 * so this walks the given keys once (for-in stays fast whatever the shape) into one fixed-shape object.
 */
export function resolveAnswers(a: Answers): ResolvedAnswers {
  const r: { -readonly [Q in QuestionId]: AnswerValue<Q> } = {
    ownership: UNKNOWN,
    windowsVersion: UNKNOWN,
    azureAdPremium: UNKNOWN,
    identity: UNKNOWN,
    configMgr: UNKNOWN,
    alreadyInIntune: UNKNOWN,
    purchase: UNKNOWN,
    remoteWorkers: UNKNOWN,
    deviceAge: UNKNOWN,
    volume: UNKNOWN,
    userAffinity: UNKNOWN,
    demAccount: UNKNOWN,
    otherMdm: UNKNOWN,
    conditionalAccess: UNKNOWN,
    manage: UNKNOWN,
  };
  // Reads what `a.ownership` etc. would read; Answers come from validateAnswers or typed code, never from raw input.
  for (const key in a) {
    const v = (a as Readonly<Record<string, string | undefined>>)[key];
    if (v === undefined) continue;
    switch (key) {
      case 'ownership': r.ownership = v as AnswerValue<'ownership'>; break;
      case 'windowsVersion': r.windowsVersion = v as AnswerValue<'windowsVersion'>; break;
      case 'azureAdPremium': r.azureAdPremium = v as AnswerValue<'azureAdPremium'>; break;
      case 'identity': r.identity = v as AnswerValue<'identity'>; break;
      case 'configMgr': r.configMgr = v as AnswerValue<'configMgr'>; break;
      case 'alreadyInIntune': r.alreadyInIntune = v as AnswerValue<'alreadyInIntune'>; break;
      case 'purchase': r.purchase = v as AnswerValue<'purchase'>; break;
      case 'remoteWorkers': r.remoteWorkers = v as AnswerValue<'remoteWorkers'>; break;
      case 'deviceAge': r.deviceAge = v as AnswerValue<'deviceAge'>; break;
      case 'volume': r.volume = v as AnswerValue<'volume'>; break;
      case 'userAffinity': r.userAffinity = v as AnswerValue<'userAffinity'>; break;
      case 'demAccount': r.demAccount = v as AnswerValue<'demAccount'>; break;
      case 'otherMdm': r.otherMdm = v as AnswerValue<'otherMdm'>; break;
      case 'conditionalAccess': r.conditionalAccess = v as AnswerValue<'conditionalAccess'>; break;
      case 'manage': r.manage = v as AnswerValue<'manage'>; break;
      default: break;
    }
  }
  return r;
}

/** Windows 7 and 8.1: the versions the guide says must be upgraded before enrollment. */
export function isLegacyWindows(a: { readonly windowsVersion?: AnswerValue<'windowsVersion'> }): boolean {
  return a.windowsVersion === 'win7' || a.windowsVersion === 'win8.1';
}
