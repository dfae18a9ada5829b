import type { Logger } from '../../logger';
import { decideRetry, parseRetryAfter, type AttemptOutcome, type RetryOptions } from './retry-decision';

/** The parts of an @azure/core-rest-pipeline request this policy reads and sets. */
interface PipelineRequestLike {
  readonly method: string;
  readonly url: string;
  timeout: number;
  abortSignal?: AbortSignal;
  streamResponseStatusCodes?: Set<number>;
}

/** The parts of a pipeline response this policy reads (and, for the body, sets). */
interface PipelineResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | undefined };
  readableStreamBody?: NodeJS.ReadableStream;
  bodyAsText?: string | null;
}

/** Bot Connector answers are a few hundred bytes ({ id }); anything beyond this is refused, not buffered. */
export const MAX_CONNECTOR_RESPONSE_BYTES = 256 * 1024;

/** Thrown when a connector response body is larger than MAX_CONNECTOR_RESPONSE_BYTES. */
export class ResponseTooLargeError extends Error {
  constructor(limit: number) {
    super(`The connector's response is larger than ${limit} bytes.`);
    this.name = 'ResponseTooLargeError';
  }
}

/** Reads a response stream as text up to `limit` bytes; destroys it and throws beyond that. */
async function readCapped(stream: NodeJS.ReadableStream, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limit) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new ResponseTooLargeError(limit);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One attempt with the whole exchange under the time limit: the pipeline's own `timeout` stops at the response
 * headers, so a body that trickles in could hold a turn for minutes. The body is streamed to this policy and read
 * with a size cap, then handed on as text exactly as the pipeline would have.
 */
async function attemptWithinLimit(
  request: PipelineRequestLike,
  next: (request: PipelineRequestLike) => Promise<PipelineResponseLike>,
  timeoutMs: number,
  maxBytes: number,
): Promise<PipelineResponseLike> {
  const callerSignal = request.abortSignal;
  const callerStreams = request.streamResponseStatusCodes;
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(), timeoutMs);
  request.timeout = timeoutMs;
  request.abortSignal = callerSignal === undefined ? limit.signal : AbortSignal.any([callerSignal, limit.signal]);
  request.streamResponseStatusCodes = new Set([Number.POSITIVE_INFINITY]);
  try {
    const response = await next(request);
    const stream = response.readableStreamBody;
    if (stream !== undefined) {
      response.bodyAsText = await readCapped(stream, maxBytes);
      delete response.readableStreamBody;
    }
    return response;
  } catch (err) {
    // Our own time limit surfaces as an AbortError, the same as the pipeline's header timeout.
    if (limit.signal.aborted && !(err instanceof Error && err.name === 'AbortError')) {
      const aborted = new Error('The connector call took longer than its time limit.');
      aborted.name = 'AbortError';
      throw aborted;
    }
    throw err;
  } finally {
    clearTimeout(timer);
    request.abortSignal = callerSignal;
    // The deserializer must parse bodyAsText, which it skips for statuses marked as streamed.
    if (callerStreams === undefined) delete request.streamResponseStatusCodes;
    else request.streamResponseStatusCodes = callerStreams;
  }
}

/** A core-rest-pipeline policy, structurally (the package is botbuilder's, not ours). */
export interface RetryPolicyLike {
  readonly name: string;
  sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<PipelineResponseLike>): Promise<PipelineResponseLike>;
}

/** The name of the pipeline policy core-client installs by default, and of ours. */
export const DEFAULT_RETRY_POLICY_NAME = 'defaultRetryPolicy';
export const CONNECTOR_RETRY_POLICY_NAME = 'enrollmentAdvisorConnectorRetry';

/** Connection errors that prove nothing was sent: the connection itself never came up. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Classifies a thrown error of one attempt; `callerAborted` tells our timeout apart from a cancelled turn. */
export function errorOutcome(err: unknown, callerAborted: boolean): AttemptOutcome | undefined {
  if (callerAborted) return undefined;
  const name = err instanceof Error ? err.name : '';
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (name === 'AbortError') return { kind: 'timeout' };
  if (NOT_SENT_CODES.has(code)) return { kind: 'not-sent' };
  return { kind: 'broken' };
}

export interface ConnectorRetryDeps {
  readonly options: RetryOptions;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Response bodies larger than this are refused (default MAX_CONNECTOR_RESPONSE_BYTES). */
  readonly maxResponseBytes?: number;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The request's path without the query string (no tokens ride in Bot Connector queries, but nothing is risked). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * The retry policy for Bot Connector calls (see retry-decision.ts for the rules): a time limit per attempt, backoff
 * with jitter, Retry-After honoured, bounded attempts. Each retry is logged at warn with the method, path and reason;
 * the final failure is thrown to the caller unchanged.
 */
export function connectorRetryPolicy(deps: ConnectorRetryDeps): RetryPolicyLike {
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? defaultSleep;
  const { options, logger } = deps;
  return {
    name: CONNECTOR_RETRY_POLICY_NAME,
    async sendRequest(request, next) {
      for (let attempt = 1; ; attempt++) {
        let outcome: AttemptOutcome;
        let response: PipelineResponseLike | undefined;
        let error: unknown;
        try {
          response = await attemptWithinLimit(request, next, options.attemptTimeoutMs, deps.maxResponseBytes ?? MAX_CONNECTOR_RESPONSE_BYTES);
          const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
          outcome = { kind: 'response', status: response.status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
        } catch (err) {
          error = err;
          // A body too large would be as large again: never repeated.
          if (err instanceof ResponseTooLargeError) throw err;
          const classified = errorOutcome(err, request.abortSignal?.aborted === true);
          if (classified === undefined) throw err;
          outcome = classified;
        }
        const decision = decideRetry(request.method, outcome, attempt, options, random);
        const where = { method: request.method, path: pathOf(request.url), attempt, outcome: outcome.kind, status: response?.status };
        if (!decision.retry) {
          if (attempt > 1 || error !== undefined || (response !== undefined && response.status >= 400)) {
            logger.warn({ ...where, reason: decision.reason }, 'connector call not retried');
          }
          if (response !== undefined) return response;
          throw error;
        }
        logger.warn({ ...where, delayMs: decision.delayMs, reason: decision.reason }, 'connector call failed; retrying');
        await sleep(decision.delayMs);
      }
    },
  };
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: RetryPolicyLike, options: { phase: 'Retry' }): void;
}

function pipelineOf(connectorClient: unknown): PipelineLike | undefined {
  // ServiceClientContext (botbuilder-stdlib) keeps its core-client ServiceClient in a private field named `client`.
  const inner: unknown = typeof connectorClient === 'object' && connectorClient !== null ? (connectorClient as { client?: unknown }).client : undefined;
  const pipeline: unknown = typeof inner === 'object' && inner !== null ? (inner as { pipeline?: unknown }).pipeline : undefined;
  if (typeof pipeline !== 'object' || pipeline === null) return undefined;
  const p = pipeline as Record<string, unknown>;
  return typeof p.removePolicy === 'function' && typeof p.addPolicy === 'function' ? (pipeline as PipelineLike) : undefined;
}

/**
 * Replaces the connector client's default retry policy (which repeats POSTs after resets, waits for any Retry-After
 * however long, and has no time limit) by `policy`. Throws when the client's shape is not the expected one, so an
 * SDK upgrade cannot silently bring back the old behaviour.
 */
export function installConnectorRetryPolicy<T>(connectorClient: T, policy: RetryPolicyLike): T {
  const pipeline = pipelineOf(connectorClient);
  if (pipeline === undefined) throw new Error('ConnectorClient internals changed: cannot install the retry policy (check botframework-connector).');
  pipeline.removePolicy({ name: DEFAULT_RETRY_POLICY_NAME });
  pipeline.removePolicy({ name: CONNECTOR_RETRY_POLICY_NAME });
  pipeline.addPolicy(policy, { phase: 'Retry' });
  return connectorClient;
}
