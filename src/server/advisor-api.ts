import type { Request, Response, Server } from 'restify';
import type { ApiErrorDetail } from '../content/api-errors';
import { contradictionText, contradictionsFor } from '../content/contradictions';
import { isLang } from '../content/lang';
import { localizeQuestion, questionCatalogue, unknownLabel } from '../content/questions';
import { localizeRecommendation } from '../content/recommendation';
import { LANGS, type Lang, type LocalizedQuestion } from '../content/types';
import { decisionSummary } from '../content/decision';
import { localizeAdminTasks } from '../content/tasks';
import { adminTasks, instructionSets, nextQuestion, recommend, validateAnswers, type AnswerError, type Answers } from '../engine';
import { INTERVIEW_FOCUSES, UNKNOWN, type InterviewFocus } from '../engine/types';
import { sendApiError, sendJson } from './http-error';
import { API_MAX_BODY_BYTES, jsonBody } from './json-body';
import { errorLang, queryLang } from './request-lang';

/** The keys a POST /api/next or /api/recommend body may have. */
export const ADVISOR_BODY_KEYS = ['answers', 'lang'] as const;
/** POST /api/next also takes `focus`: "decision" asks only what can still change the decision (runs that began with a description). */
export const NEXT_BODY_KEYS = [...ADVISOR_BODY_KEYS, 'focus'] as const;

type BodyResult =
  | { readonly ok: true; readonly answers: Answers; readonly lang: Lang; readonly focus: InterviewFocus }
  | { readonly ok: false; readonly detail: ApiErrorDetail; readonly lang: Lang };

function isInterviewFocus(value: unknown): value is InterviewFocus {
  return typeof value === 'string' && (INTERVIEW_FOCUSES as readonly string[]).includes(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answer-error of the engine as an API error. */
function answerErrorDetail(error: AnswerError): ApiErrorDetail {
  switch (error.code) {
    case 'not-an-object':
      return { code: 'not-an-object', key: 'answers' };
    case 'unknown-key':
      return { code: 'unknown-key', key: error.key, where: 'answers', allowed: error.allowed };
    case 'unknown-value':
      return { code: 'unknown-value', key: error.key, value: error.value, allowed: error.allowed };
  }
}

/** Validates `{ answers?, lang?, focus? }`: the body, its keys (`allowedKeys`), the lang, the focus, then the answers. */
export function parseAdvisorBody(req: Request, allowedKeys: readonly string[] = ADVISOR_BODY_KEYS): BodyResult {
  const body: unknown = req.body;
  if (!isPlainObject(body)) return { ok: false, detail: { code: 'not-an-object', key: 'body' }, lang: errorLang(req) };

  const hasLang = Object.prototype.hasOwnProperty.call(body, 'lang');
  const bodyLang = hasLang ? body.lang : undefined;
  const q = queryLang(req);
  // Errors are worded in whichever of body lang and ?lang= is valid; an unsupported explicit value is itself an error.
  const lang = errorLang(req, bodyLang);

  // Object.keys lists own keys only, so a parsed "__proto__" key is reported here instead of being followed.
  const unknownKey = Object.keys(body).find((k) => !allowedKeys.includes(k));
  if (unknownKey !== undefined) {
    return { ok: false, detail: { code: 'unknown-key', key: unknownKey, where: 'body', allowed: allowedKeys }, lang };
  }
  if (hasLang && !isLang(bodyLang)) return { ok: false, detail: { code: 'unknown-lang', value: bodyLang, allowed: LANGS }, lang };
  if (q !== undefined && !isLang(q)) return { ok: false, detail: { code: 'unknown-lang', value: q, allowed: LANGS }, lang };

  const focus: unknown = Object.prototype.hasOwnProperty.call(body, 'focus') ? body.focus : 'full';
  if (!isInterviewFocus(focus)) return { ok: false, detail: { code: 'unknown-value', key: 'focus', value: focus, allowed: INTERVIEW_FOCUSES }, lang };

  const rawAnswers = Object.prototype.hasOwnProperty.call(body, 'answers') ? body.answers : {};
  const validated = validateAnswers(rawAnswers);
  if (!validated.ok) return { ok: false, detail: answerErrorDetail(validated.error), lang };
  return { ok: true, answers: validated.answers, lang, focus };
}

/** A catalogue question as the API shows it: the localized question plus the "don't know" option every key accepts. */
function apiQuestion(question: LocalizedQuestion, lang: Lang): LocalizedQuestion & { unknownOption: { value: string; label: string } } {
  return { ...question, unknownOption: { value: UNKNOWN, label: unknownLabel(lang) } };
}

/** GET /api/questions?lang=en|nl — the whole catalogue, localized. */
async function getQuestions(req: Request, res: Response): Promise<void> {
  const q = queryLang(req);
  if (q !== undefined && !isLang(q)) {
    sendApiError(res, { code: 'unknown-lang', value: q, allowed: LANGS }, 'en');
    return;
  }
  const lang: Lang = q ?? 'en';
  sendJson(res, 200, { lang, questions: questionCatalogue(lang).map((question) => apiQuestion(question, lang)) });
}

/**
 * POST /api/next — the next question that can still change the outcome, or done; with `focus: "decision"` only what
 * can still change the recommended method (for runs that began with a description).
 */
async function postNext(req: Request, res: Response): Promise<void> {
  const parsed = parseAdvisorBody(req, NEXT_BODY_KEYS);
  if (!parsed.ok) {
    sendApiError(res, parsed.detail, parsed.lang);
    return;
  }
  const next = nextQuestion(parsed.answers, { focus: parsed.focus });
  if (next.done) {
    sendJson(res, 200, { done: true });
    return;
  }
  sendJson(res, 200, {
    done: false,
    question: apiQuestion(localizeQuestion(next.question, parsed.lang), parsed.lang),
    progress: { asked: next.asked, estimatedTotal: next.estimatedTotal },
  });
}

/**
 * POST /api/recommend — the decision (method, deciding reasons, blocking prerequisites, what changed since the
 * customer's copy), every method's verdict with reasons, warnings, the admin tasks that apply, the employee
 * instruction set ids and the Dutch copy's defects that matter, worded in the request's lang.
 */
async function postRecommend(req: Request, res: Response): Promise<void> {
  const parsed = parseAdvisorBody(req);
  if (!parsed.ok) {
    sendApiError(res, parsed.detail, parsed.lang);
    return;
  }
  const { answers, lang } = parsed;
  const rec = recommend(answers);
  const decision = decisionSummary(rec, answers, lang);
  sendJson(res, 200, {
    lang,
    ...localizeRecommendation(rec, lang),
    decision,
    tasks: localizeAdminTasks(adminTasks(rec, answers), rec, lang, undefined, answers).map((t) => ({ id: t.id, title: t.title, text: t.detail })),
    instructionSets: instructionSets(rec, answers),
    sinceGuideChanges: decision.changes,
    guideCopyNotes: decision.guideCopyNotes,
    guideContradictions: contradictionsFor(answers, rec).map((id) => ({ id, text: contradictionText(id, lang) })),
  });
}

/** The advisor endpoints, for the 404 message. */
export const ADVISOR_ENDPOINTS = ['GET /api/questions', 'POST /api/next', 'POST /api/recommend'] as const;

/** Mounts the advisor API (questions, next, recommend) on `server`. */
export function registerAdvisorApi(server: Server): void {
  server.get('/api/questions', getQuestions);
  server.post('/api/next', jsonBody(API_MAX_BODY_BYTES), postNext);
  server.post('/api/recommend', jsonBody(API_MAX_BODY_BYTES), postRecommend);
}
