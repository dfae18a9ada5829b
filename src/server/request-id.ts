import { randomUUID } from 'node:crypto';
import type { Next, Request, Response } from 'restify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids a caller or a proxy (App Service, Bot Service) may pass in; anything else is replaced, never echoed. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's x-request-id when it is a short safe token, else a fresh UUID. */
export function chooseRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/** Pre-routing handler: puts x-request-id (and nosniff) on every response, including 404s and errors. */
export function requestIdHandler(req: Request, res: Response, next: Next): void {
  res.setHeader(REQUEST_ID_HEADER, chooseRequestId(req.headers[REQUEST_ID_HEADER]));
  res.setHeader('x-content-type-options', 'nosniff');
  next();
}
