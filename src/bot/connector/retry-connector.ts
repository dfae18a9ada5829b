import type { Logger } from '../../logger';
import { decideRetry, parseRetryAfter, type AttemptOutcome, type RetryOptions } from './retry-decision';

/** The parts of an @azure/core-rest-pipeline request this policy reads and sets. */
interface PipelineRequestLike {
  readonly method: string;
  readonly url: string;
  timeout: number;
  readonly abortSignal?: { readonly aborted: boolean };
}

/** The parts of a pipeline response this policy reads. */
interface PipelineResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | undefined };
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
        request.timeout = options.attemptTimeoutMs;
        let outcome: AttemptOutcome;
        let response: PipelineResponseLike | undefined;
        let error: unknown;
        try {
          response = await next(request);
          const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
          outcome = { kind: 'response', status: response.status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
        } catch (err) {
          error = err;
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
