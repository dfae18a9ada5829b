import type { Lang, LocalizedOption } from '../content/types';
import { isInstructionSetId } from '../content/instructions';
import { EMPLOYEE_QUESTION_IDS, isQuestionId, METHOD_IDS, type EmployeeQuestionId, type InstructionSetId, type MethodId, type QuestionId } from '../engine';

/** The question /api/next asks, as the tab shows it. */
export interface TabQuestion {
  readonly id: QuestionId;
  readonly text: string;
  readonly why: string;
  readonly options: readonly LocalizedOption[];
  /** "Don't know", worded by the server. */
  readonly unknownOption: LocalizedOption;
  readonly asked: number;
  readonly estimatedTotal: number;
}

export type NextStep = { readonly done: true } | { readonly done: false; readonly question: TabQuestion };

/** What /api/recommend decided, enough to check the tab's bundled engine agrees with the server. */
export interface ServerVerdict {
  readonly recommended: MethodId | null;
  readonly autopilotMode: string | null;
  readonly organization: MethodId | null;
  readonly personal: MethodId | null;
}

/**
 * Why a call failed: the server was unreachable or slow (network), answered 5xx (server), or answered in a way this
 * page does not understand (outdated: a 4xx for answers the page took from the server, or an unexpected shape).
 */
export type ApiFailure = 'network' | 'server' | 'outdated';

export type ApiOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ApiFailure };

/** What /api/employee answers: the employee's next question, or the instruction set to show. */
export type EmployeeStep =
  | { readonly done: false; readonly question: { readonly id: EmployeeQuestionId; readonly text: string; readonly why: string; readonly options: readonly LocalizedOption[] } }
  | { readonly done: true; readonly set: InstructionSetId };

export interface AdvisorApi {
  /** POST /api/employee: the next employee question for `answers`, or the instruction set. */
  employee(answers: Readonly<Record<string, string>>, lang: Lang): Promise<ApiOutcome<EmployeeStep>>;
  /** POST /api/next: the next question for `answers`, or done. */
  next(answers: Readonly<Record<string, string>>, lang: Lang): Promise<ApiOutcome<NextStep>>;
  /** POST /api/recommend: the server's decision for `answers`. */
  recommend(answers: Readonly<Record<string, string>>, lang: Lang): Promise<ApiOutcome<ServerVerdict>>;
}

/** The subset of fetch the client uses, so tests can pass a fake. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}>;

/** The API calls give up after this long and report a network failure. */
export const API_TIMEOUT_MS = 15_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOption(v: unknown): v is LocalizedOption {
  return isRecord(v) && typeof v.value === 'string' && typeof v.label === 'string';
}

function isMethodOrNull(v: unknown): v is MethodId | null {
  return v === null || (typeof v === 'string' && (METHOD_IDS as readonly string[]).includes(v));
}

/** Narrows a /api/next body; undefined when it is not the shape this page was built for. */
export function parseNextStep(json: unknown): NextStep | undefined {
  if (!isRecord(json)) return undefined;
  if (json.done === true) return { done: true };
  if (json.done !== false) return undefined;
  const { question, progress } = json;
  if (!isRecord(question) || !isRecord(progress)) return undefined;
  const { id, text, why, options, unknownOption } = question;
  const { asked, estimatedTotal } = progress;
  if (!isQuestionId(id) || typeof text !== 'string' || typeof why !== 'string') return undefined;
  if (!Array.isArray(options) || options.length === 0 || !options.every(isOption) || !isOption(unknownOption)) return undefined;
  if (typeof asked !== 'number' || typeof estimatedTotal !== 'number') return undefined;
  return { done: false, question: { id, text, why, options, unknownOption, asked, estimatedTotal } };
}

/** Narrows a /api/employee body; undefined when it is not the shape this page was built for. */
export function parseEmployeeStep(json: unknown): EmployeeStep | undefined {
  if (!isRecord(json)) return undefined;
  if (json.done === true) {
    const set = isRecord(json.instructionSet) ? json.instructionSet.id : undefined;
    return isInstructionSetId(set) ? { done: true, set } : undefined;
  }
  const question = json.question;
  if (json.done !== false || !isRecord(question)) return undefined;
  const { id, text, why, options } = question;
  const known = typeof id === 'string' && (EMPLOYEE_QUESTION_IDS as readonly string[]).includes(id);
  if (!known || typeof text !== 'string' || typeof why !== 'string' || !Array.isArray(options) || options.length === 0 || !options.every(isOption)) return undefined;
  return { done: false, question: { id: id as EmployeeQuestionId, text, why, options } };
}

/** Narrows a /api/recommend body to the decision; undefined when it is not the shape this page was built for. */
export function parseServerVerdict(json: unknown): ServerVerdict | undefined {
  if (!isRecord(json) || !isMethodOrNull(json.recommended)) return undefined;
  const mode = isRecord(json.autopilotMode) && typeof json.autopilotMode.id === 'string' ? json.autopilotMode.id : null;
  let organization: MethodId | null = null;
  let personal: MethodId | null = null;
  if (json.segments !== undefined) {
    const segments = json.segments;
    if (!isRecord(segments) || !isRecord(segments.organization) || !isRecord(segments.personal)) return undefined;
    const org = segments.organization.recommended;
    const own = segments.personal.recommended;
    if (!isMethodOrNull(org) || !isMethodOrNull(own)) return undefined;
    organization = org;
    personal = own;
  }
  return { recommended: json.recommended, autopilotMode: mode, organization, personal };
}

/** The advisor API at `baseUrl` (the tab's own origin), with a time limit on every call. */
export function createAdvisorApi(fetchFn: FetchLike, baseUrl: string, timeoutMs = API_TIMEOUT_MS): AdvisorApi {
  async function post<T>(path: string, answers: Readonly<Record<string, string>>, lang: Lang, parse: (json: unknown) => T | undefined): Promise<ApiOutcome<T>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetchFn(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ answers, lang }),
        signal: controller.signal,
      });
      if (res.status >= 500) return { ok: false, failure: 'server' };
      // Every answer the tab sends came from the server's own options, so a 4xx means the page no longer fits the server.
      if (!res.ok) return { ok: false, failure: 'outdated' };
      let json: unknown;
      try {
        json = await res.json();
      } catch {
        // A 200 that is not JSON comes from something in between (a proxy's error page), not from the advisor.
        return { ok: false, failure: 'server' };
      }
      const value = parse(json);
      return value === undefined ? { ok: false, failure: 'outdated' } : { ok: true, value };
    } catch {
      // fetch rejects only when the request never got an answer: offline, refused, or aborted by the time limit.
      return { ok: false, failure: 'network' };
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    next: (answers, lang) => post('/api/next', answers, lang, parseNextStep),
    employee: (answers, lang) => post('/api/employee', answers, lang, parseEmployeeStep),
    recommend: (answers, lang) => post('/api/recommend', answers, lang, parseServerVerdict),
  };
}
