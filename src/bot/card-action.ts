import { ANSWER_INPUT_PREFIX, isVerb, VERBS, type SimpleData, type Verb } from '../cards/verbs';

/**
 * A card button's submit, read from activity.value with every field checked for its JSON type. Values are still raw
 * strings here: whether a question id or answer value is allowed is for the dialog to decide (and explain).
 */
export type CardAction =
  | { readonly verb: typeof VERBS.answer; readonly question: string; readonly value: string; readonly flow: string }
  | { readonly verb: typeof VERBS.employeeAnswer; readonly question: string; readonly value: string; readonly flow: string }
  | {
      readonly verb: typeof VERBS.answerGroup;
      readonly flow: string;
      /** The questions the card says it asked (raw strings, checked by the handler). */
      readonly questions: readonly string[];
      /** Each dropdown's value by the raw question id after ANSWER_INPUT_PREFIX; an empty dropdown is absent or ''. */
      readonly values: Readonly<Record<string, string>>;
    }
  | { readonly verb: typeof VERBS.back; readonly flow: string }
  | { readonly verb: SimpleData['verb'] }
  | { readonly verb: typeof VERBS.compare | typeof VERBS.showTasks; readonly flow?: string; readonly answers?: unknown }
  | { readonly verb: typeof VERBS.instructions; readonly flow?: string; readonly answers?: unknown; readonly set?: string }
  | { readonly verb: typeof VERBS.language; readonly lang: string }
  | { readonly verb: typeof VERBS.publish; readonly flow?: string; readonly settings?: unknown; readonly confirmed?: boolean }
  | { readonly verb: typeof VERBS.saveSettings; readonly inputs: Readonly<Record<string, unknown>> }
  | { readonly verb: typeof VERBS.change; readonly question: string; readonly flow: string }
  | { readonly verb: typeof VERBS.view; readonly view: string; readonly flow: string; readonly answers?: unknown };

/** Why a submit could not be read: no verb at all, a verb we do not have, or a verb with fields of the wrong shape. */
export type UnreadableAction =
  | { readonly problem: 'no-verb' }
  | { readonly problem: 'unknown-verb'; readonly verb: string }
  | { readonly problem: 'malformed'; readonly verb: Verb };

export type ReadAction = { readonly ok: true; readonly action: CardAction } | ({ readonly ok: false } & UnreadableAction);

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Own properties only, so a tampered `__proto__` or inherited field can never be read as data. */
function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field that must be present (non-empty, at most `max` characters). */
function requiredString(obj: Readonly<Record<string, unknown>>, key: string, max = 200): string | undefined {
  const v = own(obj, key);
  return typeof v === 'string' && v !== '' && v.length <= max ? v : undefined;
}

/** An optional string field: undefined when absent, null when present but not a usable string. */
function optionalString(obj: Readonly<Record<string, unknown>>, key: string, max = 200): string | undefined | null {
  const v = own(obj, key);
  if (v === undefined) return undefined;
  return typeof v === 'string' && v !== '' && v.length <= max ? v : null;
}

/** The most questions one prerequisite card asks (the four hard stops), with room for a tampered longer list to be refused. */
const MAX_GROUP = 8;

/** The prerequisite card's Continue: its questions and every `answer.<question>` input value (strings only). */
function readAnswerGroup(value: Readonly<Record<string, unknown>>): ReadAction {
  const malformed = { ok: false, problem: 'malformed', verb: VERBS.answerGroup } as const;
  const flow = requiredString(value, 'flow');
  const questions = own(value, 'questions');
  if (flow === undefined || !Array.isArray(questions) || questions.length === 0 || questions.length > MAX_GROUP) return malformed;
  if (!questions.every((q): q is string => typeof q === 'string' && q !== '' && q.length <= 200)) return malformed;
  const values: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    if (!key.startsWith(ANSWER_INPUT_PREFIX)) continue;
    const question = key.slice(ANSWER_INPUT_PREFIX.length);
    const given = own(value, key);
    if (UNSAFE_KEYS.has(question) || question === '' || question.length > 200) return malformed;
    if (typeof given !== 'string' || given.length > 200) return malformed;
    if (Object.keys(values).length >= MAX_GROUP) return malformed;
    values[question] = given;
  }
  return { ok: true, action: { verb: VERBS.answerGroup, flow, questions: [...questions], values } };
}

/**
 * Reads a card submit (activity.value) into a CardAction. Never throws: anything that is not one of our verbs with
 * the fields it needs comes back as an UnreadableAction the bot answers kindly.
 */
export function readCardAction(value: unknown): ReadAction {
  if (!isRecord(value)) return { ok: false, problem: 'no-verb' };
  const verb = own(value, 'verb');
  if (typeof verb !== 'string' || verb === '') return { ok: false, problem: 'no-verb' };
  if (!isVerb(verb)) return { ok: false, problem: 'unknown-verb', verb: verb.slice(0, 100) };
  const malformed = { ok: false, problem: 'malformed', verb } as const;
  switch (verb) {
    case VERBS.answer:
    case VERBS.employeeAnswer: {
      const question = requiredString(value, 'question');
      const answer = requiredString(value, 'value');
      const flow = requiredString(value, 'flow');
      if (question === undefined || answer === undefined || flow === undefined) return malformed;
      return { ok: true, action: { verb, question, value: answer, flow } };
    }
    case VERBS.answerGroup:
      return readAnswerGroup(value);
    case VERBS.back: {
      const flow = requiredString(value, 'flow');
      return flow === undefined ? malformed : { ok: true, action: { verb, flow } };
    }
    case VERBS.start:
    case VERBS.restart:
    case VERBS.cancel:
    case VERBS.help:
    case VERBS.settings:
    case VERBS.closeSettings:
      return { ok: true, action: { verb } };
    case VERBS.compare:
    case VERBS.showTasks: {
      const flow = optionalString(value, 'flow');
      if (flow === null) return malformed;
      const answers = own(value, 'answers');
      return { ok: true, action: { verb, ...(flow === undefined ? {} : { flow }), ...(answers === undefined ? {} : { answers }) } };
    }
    case VERBS.instructions: {
      const flow = optionalString(value, 'flow');
      const set = optionalString(value, 'set');
      if (flow === null || set === null) return malformed;
      const answers = own(value, 'answers');
      return {
        ok: true,
        action: { verb, ...(flow === undefined ? {} : { flow }), ...(answers === undefined ? {} : { answers }), ...(set === undefined ? {} : { set }) },
      };
    }
    case VERBS.language: {
      const lang = requiredString(value, 'lang', 20);
      return lang === undefined ? malformed : { ok: true, action: { verb, lang } };
    }
    case VERBS.publish: {
      const flow = optionalString(value, 'flow');
      if (flow === null) return malformed;
      const settings = own(value, 'settings');
      const confirmed = own(value, 'confirmed') === true;
      return {
        ok: true,
        action: { verb, ...(flow === undefined ? {} : { flow }), ...(settings === undefined ? {} : { settings }), ...(confirmed ? { confirmed } : {}) },
      };
    }
    case VERBS.saveSettings: {
      // Keys like __proto__ would be setters on a plain object; they are never settings inputs anyway.
      const inputs: Record<string, unknown> = {};
      for (const key of Object.keys(value)) if (key !== 'verb' && !UNSAFE_KEYS.has(key)) inputs[key] = own(value, key);
      return { ok: true, action: { verb, inputs } };
    }
    case VERBS.change: {
      const question = requiredString(value, 'question');
      const flow = requiredString(value, 'flow');
      return question === undefined || flow === undefined ? malformed : { ok: true, action: { verb, question, flow } };
    }
    case VERBS.view: {
      const view = requiredString(value, 'view', 40);
      const flow = requiredString(value, 'flow');
      if (view === undefined || flow === undefined) return malformed;
      const answers = own(value, 'answers');
      return { ok: true, action: { verb, view, flow, ...(answers === undefined ? {} : { answers }) } };
    }
    default: {
      const unhandled: never = verb;
      return { ok: false, problem: 'unknown-verb', verb: String(unhandled) };
    }
  }
}
