import type { Request, Response } from 'restify';
import { apiErrorMessage, type ApiErrorCode, type ApiErrorDetail } from '../content/api-errors';
import type { Lang } from '../content/types';
import { REQUEST_ID_HEADER } from './request-id';

/** The HTTP status of every API error code; part of the API contract. */
export const API_ERROR_STATUS = {
  'invalid-json': 400,
  'not-an-object': 400,
  'unknown-key': 400,
  'unknown-value': 400,
  'unknown-lang': 400,
  'invalid-text': 400,
  'bad-request': 400,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'not-found': 404,
  'method-not-allowed': 405,
  'bot-unavailable': 503,
  internal: 500,
} as const satisfies Record<ApiErrorCode, number>;

/** The JSON body of every API error. */
export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}

/** Writes `body` as JSON without restify's content negotiation, so any Accept header still gets JSON. */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.sendRaw(status, JSON.stringify(body));
}

/** Answers with `{ error: { code, message } }`, the status for its code and the message in `lang`. */
export function sendApiError(res: Response, detail: ApiErrorDetail, lang: Lang): void {
  const body: ApiErrorBody = { error: { code: detail.code, message: apiErrorMessage(detail, lang) } };
  sendJson(res, API_ERROR_STATUS[detail.code], body);
}

/** The request id this server put on the response (set for every request in a pre-handler). */
export function requestIdOf(req: Request, res: Response): string {
  const header = res.getHeader(REQUEST_ID_HEADER);
  return typeof header === 'string' ? header : req.getId();
}
