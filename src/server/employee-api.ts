import type { Request, Response, Server } from 'restify';
import type { ApiErrorDetail } from '../content/api-errors';
import { employeeQuestion } from '../content/employee';
import { localizeInstructions } from '../content/instructions';
import { isLang } from '../content/lang';
import { LANGS, type Lang, type LocalizedInstructions } from '../content/types';
import { employeeInstructionSet, employeeNextQuestion, isEmployeeAnswerValue } from '../engine/employee';
import { EMPLOYEE_QUESTION_IDS, EMPLOYEE_QUESTION_VALUES, type EmployeeAnswers, type EmployeeQuestionId } from '../engine/types';
import { ADVISOR_BODY_KEYS } from './advisor-api';
import { sendApiError, sendJson } from './http-error';
import { API_MAX_BODY_BYTES, jsonBody } from './json-body';
import { errorLang, queryLang } from './request-lang';

/** The employee endpoint, for the 404 message. */
export const EMPLOYEE_ENDPOINTS = ['POST /api/employee'] as const;

type EmployeeBody = { readonly ok: true; readonly answers: EmployeeAnswers; readonly lang: Lang } | { readonly ok: false; readonly detail: ApiErrorDetail; readonly lang: Lang };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmployeeQuestionId(key: string): key is EmployeeQuestionId {
  return (EMPLOYEE_QUESTION_IDS as readonly string[]).includes(key);
}

/** Checks `answers` key by key; the first problem names the key and what it accepts. */
function readAnswers(raw: unknown): { readonly ok: true; readonly answers: EmployeeAnswers } | { readonly ok: false; readonly detail: ApiErrorDetail } {
  if (!isPlainObject(raw)) return { ok: false, detail: { code: 'not-an-object', key: 'answers' } };
  const answers: { -readonly [Q in EmployeeQuestionId]?: string } = {};
  for (const key of Object.keys(raw)) {
    if (!isEmployeeQuestionId(key)) return { ok: false, detail: { code: 'unknown-key', key, where: 'answers', allowed: EMPLOYEE_QUESTION_IDS } };
    const value = raw[key];
    if (!isEmployeeAnswerValue(key, value)) return { ok: false, detail: { code: 'unknown-value', key, value, allowed: EMPLOYEE_QUESTION_VALUES[key] } };
    answers[key] = value;
  }
  return { ok: true, answers: answers as EmployeeAnswers };
}

/** Validates `{ answers?, lang? }` the way /api/next does: body, keys, lang, then every answer. */
function parseEmployeeBody(req: Request): EmployeeBody {
  const body: unknown = req.body;
  if (!isPlainObject(body)) return { ok: false, detail: { code: 'not-an-object', key: 'body' }, lang: errorLang(req) };
  const bodyLang = Object.prototype.hasOwnProperty.call(body, 'lang') ? body.lang : undefined;
  const lang = errorLang(req, bodyLang);
  const unknownKey = Object.keys(body).find((k) => !(ADVISOR_BODY_KEYS as readonly string[]).includes(k));
  if (unknownKey !== undefined) return { ok: false, detail: { code: 'unknown-key', key: unknownKey, where: 'body', allowed: ADVISOR_BODY_KEYS }, lang };
  if (bodyLang !== undefined && !isLang(bodyLang)) return { ok: false, detail: { code: 'unknown-lang', value: bodyLang, allowed: LANGS }, lang };
  const q = queryLang(req);
  if (q !== undefined && !isLang(q)) return { ok: false, detail: { code: 'unknown-lang', value: q, allowed: LANGS }, lang };
  const read = readAnswers(Object.prototype.hasOwnProperty.call(body, 'answers') ? body.answers : {});
  return read.ok ? { ok: true, answers: read.answers, lang } : { ok: false, detail: read.detail, lang };
}

/** The instruction set as the API shows it: steps and notes (every block beside the steps) as `{ text }` items. */
export function apiInstructionSet(instr: LocalizedInstructions): {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly { readonly text: string }[];
  readonly notes: readonly { readonly text: string; readonly kind: string; readonly heading: string }[];
} {
  return {
    id: instr.id,
    title: instr.title,
    steps: instr.steps.map((text) => ({ text })),
    notes: [
      { kind: 'intro', heading: instr.title, text: instr.intro },
      ...instr.sections.flatMap((s) => s.items.map((text) => ({ kind: s.id, heading: s.heading, text }))),
    ],
  };
}

/**
 * POST /api/employee — the employee's next question, or the general instruction set for their answers (the HTTP
 * API has no tenant, so no organization settings apply: personal devices always get "register").
 */
async function postEmployee(req: Request, res: Response): Promise<void> {
  const parsed = parseEmployeeBody(req);
  if (!parsed.ok) {
    sendApiError(res, parsed.detail, parsed.lang);
    return;
  }
  const next = employeeNextQuestion(parsed.answers);
  if (!next.done) {
    const q = employeeQuestion(next.question, parsed.lang);
    sendJson(res, 200, { done: false, question: { id: q.id, text: q.text, why: q.why, options: q.options } });
    return;
  }
  const set = employeeInstructionSet(parsed.answers);
  sendJson(res, 200, { done: true, instructionSet: apiInstructionSet(localizeInstructions(set, parsed.lang)) });
}

/** Mounts POST /api/employee on `server`. */
export function registerEmployeeApi(server: Server): void {
  server.post('/api/employee', jsonBody(API_MAX_BODY_BYTES), postEmployee);
}
