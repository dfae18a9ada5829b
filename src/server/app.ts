import restify, { type Request, type Response, type Route, type Server, type ServerOptions } from 'restify';
import type { ApiErrorDetail } from '../content/api-errors';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ADVISOR_ENDPOINTS, registerAdvisorApi } from './advisor-api';
import { bodyErrorDetail, jsonBody, MESSAGES_MAX_BODY_BYTES, API_MAX_BODY_BYTES } from './json-body';
import { requestIdOf, sendApiError, sendJson } from './http-error';
import { EMPLOYEE_ENDPOINTS, registerEmployeeApi } from './employee-api';
import { INSTRUCTIONS_PAGE_ENDPOINTS, registerInstructionsPage } from './instructions-page';
import type { MessagesHandler } from './messages-handler';
import { requestIdHandler } from './request-id';
import { errorLang } from './request-lang';
import { DEFAULT_TAB_DIR, registerTabRoutes, TAB_ENDPOINTS } from './tab-route';
import { registerUnderstandApi, UNDERSTAND_ENDPOINTS } from './understand-api';

export interface AppDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** The bot's /api/messages handler; without it the route answers 503 (the server still serves the API). */
  readonly messages?: MessagesHandler;
  /** True when the app can serve traffic (e.g. storage reachable); absent means always ready. */
  readonly readiness?: () => Promise<boolean>;
  /** How long /readyz waits for `readiness` before answering 503; defaults to READINESS_TIMEOUT_MS. */
  readonly readinessTimeoutMs?: number;
  /** Where the personal tab's bundle is (scripts/build-tab.js output); defaults to public/tab. */
  readonly tabDir?: string;
  /** Overrides HTTP_LIMITS (tests shorten them). */
  readonly httpLimits?: Partial<HttpLimits>;
}

/** /readyz never waits longer than this for the readiness check. */
export const READINESS_TIMEOUT_MS = 2000;

/**
 * Connection limits of the HTTP server. Node's defaults let a client take 300 s to send a request and open any number
 * of connections; Teams sends a whole activity in well under a second and waits 15 s for the answer.
 */
export interface HttpLimits {
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly maxConnections: number;
}

/** The limits this server runs with (see HttpLimits). */
export const HTTP_LIMITS: HttpLimits = {
  /** Time to receive the request headers. */
  headersTimeoutMs: 10_000,
  /** Time to receive the whole request (headers and body). */
  requestTimeoutMs: 20_000,
  /** Idle time of a kept-alive connection between requests. */
  keepAliveTimeoutMs: 5_000,
  /** Open connections at once; more are refused until some close. */
  maxConnections: 1_000,
};

const ALL_ENDPOINTS = [...ADVISOR_ENDPOINTS, ...EMPLOYEE_ENDPOINTS, ...UNDERSTAND_ENDPOINTS, 'POST /api/messages', 'GET /healthz', 'GET /readyz', ...TAB_ENDPOINTS, ...INSTRUCTIONS_PAGE_ENDPOINTS] as const;

/** Runs the readiness check with a time limit; a rejection or a timeout counts as not ready. */
async function checkReady(readiness: (() => Promise<boolean>) | undefined, timeoutMs: number, logger: Logger): Promise<boolean> {
  if (readiness === undefined) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      logger.warn({ timeoutMs }, 'readiness check timed out');
      resolve(false);
    }, timeoutMs);
  });
  try {
    return (await Promise.race([readiness(), timeout])) === true;
  } catch (err) {
    logger.warn({ err }, 'readiness check failed');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Maps an error that reached restify's error event to our error shape; undefined means an unexpected fault. */
function routeErrorDetail(err: unknown, res: Response): ApiErrorDetail | undefined {
  const status = typeof err === 'object' && err !== null && 'statusCode' in err ? err.statusCode : undefined;
  if (status === 404) return { code: 'not-found', endpoints: ALL_ENDPOINTS };
  if (status === 405) {
    const methods: unknown = (res as Response & { methods?: unknown }).methods;
    const allowed = Array.isArray(methods) ? methods.filter((m): m is string => typeof m === 'string') : [];
    return { code: 'method-not-allowed', method: res.req.method ?? '', allowed };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) return bodyErrorDetail(err, API_MAX_BODY_BYTES);
  return undefined;
}

/**
 * Builds the restify server (not listening): health and readiness probes, the advisor API, /api/messages for the
 * bot, a request id on every response, and one error path that answers `{ error: { code, message } }` and never
 * exposes a stack trace.
 */
export function createApp(deps: AppDeps): Server {
  const { logger, messages, readiness } = deps;
  const readinessTimeoutMs = deps.readinessTimeoutMs ?? READINESS_TIMEOUT_MS;
  const server = restify.createServer({
    name: 'enrollment-advisor',
    // restify 11 logs through pino; @types/restify still declares a bunyan logger.
    log: logger.child({ component: 'restify' }) as unknown as ServerOptions['log'],
    handleUncaughtExceptions: false,
    ignoreTrailingSlash: true,
  });

  const limits = { ...HTTP_LIMITS, ...deps.httpLimits };
  server.server.headersTimeout = limits.headersTimeoutMs;
  server.server.requestTimeout = limits.requestTimeoutMs;
  server.server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.server.maxConnections = limits.maxConnections;

  server.pre(requestIdHandler);
  // Node checks requestTimeout only every 30 s; this cuts a trickling body off at the limit itself.
  server.pre((req: Request, _res: Response, next: () => void) => {
    if (!req.complete) {
      const timer = setTimeout(() => {
        if (!req.complete) req.socket.destroy();
      }, limits.requestTimeoutMs);
      timer.unref();
      const clear = (): void => clearTimeout(timer);
      req.once('end', clear);
      req.once('close', clear);
    }
    next();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    sendJson(res, 200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = await checkReady(readiness, readinessTimeoutMs, logger);
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready' });
  });

  registerAdvisorApi(server);
  registerUnderstandApi(server);
  registerTabRoutes(server, { dir: deps.tabDir ?? DEFAULT_TAB_DIR, logger });
  registerInstructionsPage(server, deps.config.instructionsLinkKey === undefined ? {} : { linkKey: deps.config.instructionsLinkKey });
  registerEmployeeApi(server);

  if (messages === undefined) {
    server.post('/api/messages', async (req: Request, res: Response) => {
      sendApiError(res, { code: 'bot-unavailable' }, errorLang(req));
    });
  } else {
    server.post('/api/messages', jsonBody(MESSAGES_MAX_BODY_BYTES), async (req: Request, res: Response) => {
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        sendApiError(res, { code: 'not-an-object', key: 'body' }, errorLang(req));
        return;
      }
      await messages(req, res);
    });
  }

  // Every error that reaches restify (404, 405, a rejected handler) is answered here in our shape.
  server.on('restifyError', (req: Request, res: Response, err: unknown, callback: () => void) => {
    const detail = routeErrorDetail(err, res);
    const requestId = requestIdOf(req, res);
    if (detail === undefined) {
      logger.error({ err, requestId, method: req.method, path: req.getPath() }, 'unexpected error while handling a request');
    }
    if (!res.headersSent) {
      sendApiError(res, detail ?? { code: 'internal', requestId }, errorLang(req));
    }
    return callback();
  });

  server.on('after', (req: Request, res: Response, route: Route | undefined) => {
    // Metadata only: never bodies or message text at info level.
    logger.info(
      {
        requestId: requestIdOf(req, res),
        method: req.method,
        route: route?.spec?.path ?? null,
        status: res.statusCode,
        ms: Date.now() - req.time(),
      },
      'request',
    );
  });

  return server;
}
