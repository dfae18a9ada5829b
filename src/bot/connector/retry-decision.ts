/**
 * When a call to the Bot Connector is tried again, and after how long. Pure: the caller supplies the outcome, the
 * attempt number and the random source, so every rule is a table test.
 *
 * The user must get exactly one copy of every reply, so a request is repeated only when it surely did not take
 * effect or the connector said to repeat it:
 * - 429 and 503 (the connector refused it, usually with Retry-After) and 502 (its gateway could not hand it on) are
 *   retried for every method, waiting at least Retry-After when one is given.
 * - A connection that was never made (refused, DNS) is retried for every method: nothing was sent.
 * - A timeout, a connection reset mid-request, 500, 504 and 408 are ambiguous — the message may have been posted. They
 *   are retried only for idempotent methods (PUT updates a card in place, DELETE removes it, GET reads); a POST that
 *   creates a message is not repeated, so the user never sees it twice (at most once rather than at least once).
 */

/** How the connector calls are retried; every field has a production default in DEFAULT_RETRY_OPTIONS. */
export interface RetryOptions {
  /** Total attempts including the first one. */
  readonly maxAttempts: number;
  /** First backoff step; doubled for each further attempt. */
  readonly baseDelayMs: number;
  /** Upper bound of one backoff step. */
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the turn gives up instead of outliving Teams' patience. */
  readonly maxRetryAfterMs: number;
  /** One attempt may take this long before it counts as timed out. */
  readonly attemptTimeoutMs: number;
}

/**
 * Production defaults: at most 4 attempts; backoff 250 ms → 500 ms → 1 s (with jitter); Retry-After honoured up to
 * 8 s; 10 s per attempt. Bot Service waits 15 s for the HTTP answer, but replies are sent after the state commit, so
 * a slow connector delays only this turn's replies.
 */
export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 2000,
  maxRetryAfterMs: 8000,
  attemptTimeoutMs: 10_000,
};

/** What one attempt came to. */
export type AttemptOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly retryAfterMs?: number }
  /** The connection was never established (refused, unknown host): nothing reached the connector. */
  | { readonly kind: 'not-sent' }
  /** No answer within attemptTimeoutMs: the request may or may not have been processed. */
  | { readonly kind: 'timeout' }
  /** The connection broke mid-request (reset, hang-up): the request may or may not have been processed. */
  | { readonly kind: 'broken' };

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly reason: string }
  | { readonly retry: false; readonly reason: string };

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** The connector asked us to repeat the request (or to come back later). */
const RETRY_ANY_METHOD = new Set([429, 502, 503]);
/** The request may have taken effect; only a request that can safely run twice is repeated. */
const RETRY_IF_IDEMPOTENT = new Set([408, 500, 504]);

/** True when running the request twice has the same effect as running it once. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/** Exponential backoff with "equal jitter": between half and all of min(maxDelay, base·2^(attempt−1)). */
export function backoffMs(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Parses a Retry-After header (delay-seconds or an HTTP date) into milliseconds from `now`; undefined when absent or
 * unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // Only an IMF date counts as a date ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would accept "-1" as a year.
  if (!/^[A-Za-z]{3}, /.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/**
 * Decides whether attempt number `attempt` (1 = the first) of a `method` request that ended in `outcome` is tried
 * again, and after how long. Never retries beyond options.maxAttempts; never earlier than Retry-After.
 */
export function decideRetry(method: string, outcome: AttemptOutcome, attempt: number, options: RetryOptions, random: () => number): RetryDecision {
  const idempotent = isIdempotent(method);
  let reason: string;
  if (outcome.kind === 'response') {
    const { status } = outcome;
    if (RETRY_ANY_METHOD.has(status)) reason = `status ${status}`;
    else if (RETRY_IF_IDEMPOTENT.has(status) && idempotent) reason = `status ${status} (idempotent ${method})`;
    else if (RETRY_IF_IDEMPOTENT.has(status)) return { retry: false, reason: `status ${status} is ambiguous for ${method}: not repeated` };
    else return { retry: false, reason: `status ${status} is final` };
  } else if (outcome.kind === 'not-sent') {
    reason = 'connection not established';
  } else if (idempotent) {
    reason = `${outcome.kind} (idempotent ${method})`;
  } else {
    return { retry: false, reason: `${outcome.kind} is ambiguous for ${method}: not repeated` };
  }

  if (attempt >= options.maxAttempts) return { retry: false, reason: `${reason}; gave up after ${attempt} attempts` };
  const backoff = backoffMs(attempt, options, random);
  const retryAfter = outcome.kind === 'response' ? outcome.retryAfterMs : undefined;
  if (retryAfter === undefined) return { retry: true, delayMs: backoff, reason };
  if (retryAfter > options.maxRetryAfterMs) {
    return { retry: false, reason: `${reason}; Retry-After ${retryAfter} ms exceeds the ${options.maxRetryAfterMs} ms limit` };
  }
  // Never earlier than the connector asked; a little jitter on top so many turns told the same do not return at once.
  return { retry: true, delayMs: retryAfter + Math.round(random() * Math.min(250, backoff)), reason: `${reason}, Retry-After ${retryAfter} ms` };
}
