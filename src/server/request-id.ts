import { randomUUID } from 'node:crypto';
import type { Next, Request, Response } from 'restify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids a caller or a proxy (App Service, Bot Service) may pass in; anything else is replaced, never echoed. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's x-request-id when it is a short safe token, else a fresh UUID. */
export function chooseRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Pre-routing handler: makes the chosen id restify's req.getId() too (so every log line can carry it) and puts
 * x-request-id (and nosniff) on every response, including 404s and errors.
 */
export function requestIdHandler(req: Request, res: Response, next: Next): void {
  const wanted = chooseRequestId(req.headers[REQUEST_ID_HEADER]);
  let id: string;
  try {
    // restify's req.id(value) sets the id; @types/restify only declares the getter form.
    id = (req as Request & { id(reqId?: string): string }).id(wanted);
  } catch {
    // restify ids are set-once; if something already asked for one, keep that id everywhere instead.
    id = req.getId();
  }
  res.setHeader(REQUEST_ID_HEADER, id);
  res.setHeader('x-content-type-options', 'nosniff');
  next();
}
