import type { Next, Request, RequestHandler, Response } from 'restify';
import { plugins } from 'restify';
import type { ApiErrorDetail } from '../content/api-errors';
import { sendApiError } from './http-error';
import { errorLang } from './request-lang';

/** Largest body the advisor API accepts (answers + lang are a few hundred bytes). */
export const API_MAX_BODY_BYTES = 64 * 1024;
/** Largest Bot Framework activity accepted on /api/messages (cards and entities make activities bigger). */
export const MESSAGES_MAX_BODY_BYTES = 256 * 1024;

/** The media type of a request without parameters, lower-cased; '' when absent. */
export function mediaType(req: Request): string {
  const header = req.headers['content-type'];
  return typeof header === 'string' ? (header.split(';')[0] ?? '').trim().toLowerCase() : '';
}

/** application/json and the structured +json types (application/vnd.x+json) count as JSON. */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

/** Maps an error from restify's body reader/parser to our error shape. */
export function bodyErrorDetail(err: unknown, maxBytes: number): ApiErrorDetail {
  const status = typeof err === 'object' && err !== null && 'statusCode' in err ? err.statusCode : undefined;
  const name = err instanceof Error ? err.name : '';
  if (status === 413) return { code: 'body-too-large', limitKb: Math.floor(maxBytes / 1024) };
  if (status === 415) return { code: 'unsupported-media-type' };
  if (name === 'InvalidContentError') return { code: 'invalid-json' };
  return { code: 'bad-request' };
}

/**
 * Route handler that requires a JSON body of at most `maxBytes`, parsed by restify's jsonBodyParser into req.body,
 * and answers 415/413/400 in our error shape instead of restify's. An empty body is invalid JSON.
 */
export function jsonBody(maxBytes: number): RequestHandler {
  // restify's own reader (size limit) followed by its JSON parser; other body types are refused before either runs.
  const steps: RequestHandler[] = [
    plugins.bodyReader({ maxBodySize: maxBytes }),
    ...plugins.jsonBodyParser({ mapParams: false, bodyReader: true }),
  ];
  return function readJsonBody(req: Request, res: Response, next: Next): void {
    const fail = (detail: ApiErrorDetail): void => {
      sendApiError(res, detail, errorLang(req));
      next(false);
    };
    if (!isJsonMediaType(mediaType(req))) return fail({ code: 'unsupported-media-type' });
    // The size limit counts bytes on the wire, so a compressed body could inflate far past it: accept plain bodies only.
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return fail({ code: 'unsupported-media-type' });
    // Refuse an oversized declared body at once instead of reading it first.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return fail(bodyErrorDetail({ statusCode: 413 }, maxBytes));

    let index = 0;
    const step = (err?: unknown): void => {
      if (err !== undefined && err !== null && err !== false) return fail(bodyErrorDetail(err, maxBytes));
      const handler = steps[index++];
      if (handler === undefined) {
        // restify keeps the unparsed text in rawBody; nothing there means there was no JSON at all.
        const raw: unknown = req.rawBody;
        if (raw === undefined || raw === '' || (Buffer.isBuffer(raw) && raw.length === 0)) return fail({ code: 'invalid-json' });
        return next();
      }
      handler(req, res, step as Next);
    };
    step();
  };
}
