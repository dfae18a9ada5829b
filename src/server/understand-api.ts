import type { Request, Response, Server } from 'restify';
import { MAX_MESSAGE_CHARS } from '../content/bot';
import { isLang } from '../content/lang';
import { LANGS } from '../content/types';
import { termAnswer } from '../content/understanding';
import { understand } from '../understanding';
import { sendApiError, sendJson } from './http-error';
import { API_MAX_BODY_BYTES, jsonBody } from './json-body';
import { errorLang, queryLang } from './request-lang';

/** The keys a POST /api/understand body may have. */
export const UNDERSTAND_BODY_KEYS = ['text', 'lang'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * POST /api/understand { text, lang? } — the facts a free-text description states ({ key, value, text }), the
 * answers they give, what stays unclear ({ key, text, candidates }), and, for "what is …?", a short answer.
 */
async function postUnderstand(req: Request, res: Response): Promise<void> {
  const body: unknown = req.body;
  if (!isPlainObject(body)) return sendApiError(res, { code: 'not-an-object', key: 'body' }, errorLang(req));
  const bodyLang = Object.prototype.hasOwnProperty.call(body, 'lang') ? body.lang : undefined;
  const lang = errorLang(req, bodyLang);
  const unknownKey = Object.keys(body).find((k) => !(UNDERSTAND_BODY_KEYS as readonly string[]).includes(k));
  if (unknownKey !== undefined) {
    return sendApiError(res, { code: 'unknown-key', key: unknownKey, where: 'body', allowed: UNDERSTAND_BODY_KEYS }, lang);
  }
  if (bodyLang !== undefined && !isLang(bodyLang)) return sendApiError(res, { code: 'unknown-lang', value: bodyLang, allowed: LANGS }, lang);
  const q = queryLang(req);
  if (q !== undefined && !isLang(q)) return sendApiError(res, { code: 'unknown-lang', value: q, allowed: LANGS }, lang);
  const text = body.text;
  if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_MESSAGE_CHARS) {
    return sendApiError(res, { code: 'invalid-text', key: 'text', maxChars: MAX_MESSAGE_CHARS }, lang);
  }
  const u = understand(text);
  sendJson(res, 200, {
    lang,
    answers: u.answers,
    facts: u.facts.map((f) => ({ key: f.key, value: f.value, text: f.text, start: f.start, end: f.end })),
    unclear: u.unclear.map((c) => ({ key: c.key, text: c.text, candidates: c.candidates })),
    ...(u.question === undefined ? {} : { question: { term: u.question, answer: termAnswer(u.question, lang) } }),
    ...(u.intent === undefined ? {} : { intent: u.intent }),
  });
}

/** The understanding endpoint, for the 404 message. */
export const UNDERSTAND_ENDPOINTS = ['POST /api/understand'] as const;

/** Mounts POST /api/understand on `server`. */
export function registerUnderstandApi(server: Server): void {
  server.post('/api/understand', jsonBody(API_MAX_BODY_BYTES), postUnderstand);
}
