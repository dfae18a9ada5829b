import { performance } from 'node:perf_hooks';
import type { BenchConnector, BenchReply } from './connector';

/** A bot under load: where to POST activities and the connector its replies go to. */
export interface Target {
  readonly base: string;
  readonly connector: BenchConnector;
}

/** What a user sends in one turn: typed text or a card button's data. */
export type UserInput = { readonly text: string } | { readonly value: Record<string, unknown> };

/** One turn as measured: latency, and whether it was answered properly. */
export interface TurnSample {
  readonly ms: number;
  readonly ok: boolean;
  readonly problem?: string;
}

/** One whole conversation: its turns, and the inputs sent (to replay the same load against the echo bot). */
export interface ConversationRun {
  readonly samples: TurnSample[];
  readonly inputs: UserInput[];
  /** Messages the bot posted in the whole conversation (in-place updates of a card not counted). */
  readonly botMessages: number;
}

/** How a simulated admin answers: the answers they would give, clicking or typing, in English or Dutch. */
export interface AdvicePlan {
  readonly answers: Readonly<Record<string, string | undefined>>;
  readonly mode: 'click' | 'type' | 'mixed';
  readonly locale: 'en-US' | 'nl-NL';
}

interface AnswerButton {
  readonly question: string;
  readonly value: string;
  readonly data: Record<string, unknown>;
}

/** The answer buttons of a reply's card, in card order. */
function answerButtons(reply: BenchReply | undefined): AnswerButton[] {
  const out: AnswerButton[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const data = n.data;
    if (n.type === 'Action.Submit' && typeof data === 'object' && data !== null) {
      const d = data as Record<string, unknown>;
      if (d.verb === 'answer' && typeof d.question === 'string' && typeof d.value === 'string') out.push({ question: d.question, value: d.value, data: d });
    }
    for (const value of Object.values(n)) visit(value);
  };
  visit(reply?.body?.attachments);
  return out;
}

/** Sends one activity and waits for the HTTP answer; the replies are then already at the connector. */
async function turn(target: Target, conversationId: string, activityId: string, locale: string, input: UserInput): Promise<{ sample: TurnSample; replies: BenchReply[] }> {
  const activity = {
    type: 'message',
    id: activityId,
    channelId: 'msteams',
    serviceUrl: target.connector.url,
    from: { id: `user-${conversationId}`, name: 'Admin' },
    recipient: { id: 'bot', name: 'Advisor' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
    locale,
    ...input,
  };
  const started = performance.now();
  try {
    const res = await fetch(`${target.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await res.arrayBuffer();
    const ms = performance.now() - started;
    const replies = target.connector.take(conversationId);
    // A turn is answered by a new message or by updating the card the user is looking at.
    const shown = replies.filter((r) => r.method === 'POST' || r.method === 'PUT').length;
    if (res.status !== 200) return { sample: { ms, ok: false, problem: `HTTP ${res.status}` }, replies };
    if (shown === 0) return { sample: { ms, ok: false, problem: 'no reply' }, replies };
    return { sample: { ms, ok: true }, replies };
  } catch (err) {
    return { sample: { ms: performance.now() - started, ok: false, problem: err instanceof Error ? err.message : 'request failed' }, replies: [] };
  }
}

/**
 * One full advice as an admin would have it: "start" (or "advies"), then each question answered by clicking its
 * button or typing its number, until the result cards arrive (or `maxTurns` turns were taken). Fails the
 * conversation's last sample when it does not finish within 30 turns.
 */
export async function adviceConversation(target: Target, conversationId: string, plan: AdvicePlan, maxTurns?: number): Promise<ConversationRun> {
  const samples: TurnSample[] = [];
  const inputs: UserInput[] = [];
  let botMessages = 0;
  let input: UserInput = { text: plan.locale === 'nl-NL' ? 'advies' : 'start' };
  for (let n = 1; n <= 30; n++) {
    // A conversation left in the middle of the advice (for the memory phase) stops here without an error.
    if (maxTurns !== undefined && n > maxTurns) return { samples, inputs, botMessages };
    inputs.push(input);
    const { sample, replies } = await turn(target, conversationId, `${conversationId}-${n}`, plan.locale, input);
    samples.push(sample);
    botMessages += replies.filter((r) => r.method === 'POST').length;
    if (!sample.ok) return { samples, inputs, botMessages };
    // The next question is on the card that was posted or updated last.
    const shown = replies.filter((r) => r.method === 'POST' || r.method === 'PUT');
    const buttons = shown.map(answerButtons).filter((b) => b.length > 0).pop() ?? [];
    const question = buttons[0]?.question;
    if (question === undefined) return { samples, inputs, botMessages };
    const wanted = plan.answers[question] ?? 'unknown';
    const index = buttons.findIndex((b) => b.value === wanted);
    const button = buttons[index >= 0 ? index : buttons.length - 1];
    if (button === undefined) throw new Error('a question card without answer buttons');
    const typed = plan.mode === 'type' || (plan.mode === 'mixed' && n % 2 === 0);
    // Typing the option number is what admins do in practice ("3"); don't know is the last number.
    input = typed ? { text: String((index >= 0 ? index : buttons.length - 1) + 1) } : { value: button.data };
  }
  samples.push({ ms: 0, ok: false, problem: 'the advice did not finish within 30 turns' });
  return { samples, inputs, botMessages };
}

/** Replays recorded inputs as one conversation (the echo baseline gets exactly the advisor's load). */
export async function replayConversation(target: Target, conversationId: string, locale: string, inputs: readonly UserInput[]): Promise<ConversationRun> {
  const samples: TurnSample[] = [];
  let n = 0;
  let botMessages = 0;
  for (const input of inputs) {
    const { sample, replies } = await turn(target, conversationId, `${conversationId}-${++n}`, locale, input);
    samples.push(sample);
    botMessages += replies.filter((r) => r.method === 'POST').length;
  }
  return { samples, inputs: [...inputs], botMessages };
}

/** The result of running many conversations with bounded concurrency. */
export interface LoadResult {
  readonly conversations: number;
  readonly turns: number;
  readonly errors: number;
  readonly errorSamples: string[];
  readonly wallMs: number;
  readonly latencies: number[];
  readonly runs: ConversationRun[];
}

/** Runs `jobs` (one conversation each) with `concurrency` of them in flight at any time. */
export async function runLoad(concurrency: number, jobs: readonly (() => Promise<ConversationRun>)[]): Promise<LoadResult> {
  const runs: ConversationRun[] = new Array(jobs.length);
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job !== undefined) runs[index] = await job();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const samples = runs.flatMap((r) => r.samples);
  const failed = samples.filter((s) => !s.ok);
  return {
    conversations: runs.length,
    turns: samples.length,
    errors: failed.length,
    errorSamples: [...new Set(failed.map((s) => s.problem ?? 'unknown'))].slice(0, 5),
    wallMs,
    latencies: samples.filter((s) => s.ok).map((s) => s.ms),
    runs,
  };
}

/** The p-th percentile (0–100) of `values` (nearest rank); 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}
