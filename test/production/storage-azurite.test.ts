import type { Storage, StoreItems } from 'botbuilder';
import { READINESS_CACHE_MS, createStorage } from '../../src/bot/state/storage';
import { CONVERSATION_SCENARIOS } from '../bot/scenarios';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import type { ConnectorRequest } from '../helpers/fake-connector';
import { Chat, answerButtonsOf, readableText, requestsOf, runAdvice, startBot, type RunningBot, type TurnResult } from './support';

let azurite: Azurite;
let connector: FakeConnector;
const running: RunningBot[] = [];

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((b) => b.close()));
  await connector.close();
  await azurite.stop();
});

/** Delays every write, so turns that arrive together surely both read before either writes (a slow network). */
class SlowWrites implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly ms: number,
  ) {}
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.ms));
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

/** A bot instance (its own process state, its own storage client) on the shared Azurite container. */
async function instance(container: string, slowWritesMs = 0): Promise<RunningBot> {
  const blob = await createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });
  const bot = await startBot({ storage: slowWritesMs > 0 ? new SlowWrites(blob, slowWritesMs) : blob, logLevel: 'info' });
  running.push(bot);
  return bot;
}

async function stop(bot: RunningBot): Promise<void> {
  await bot.close();
  running.splice(running.indexOf(bot), 1);
}

/** The question a reply asks (from its answer buttons), if any. */
function questionOf(result: { delivered: { body: Record<string, unknown> }[] }): string | undefined {
  const last = result.delivered[result.delivered.length - 1];
  return answerButtonsOf(last?.body ?? {})[0]?.question;
}

/** The messages a turn posted that the connector accepted (new cards, as opposed to in-place updates). */
function posted(result: { delivered: ConnectorRequest[] }): ConnectorRequest[] {
  return result.delivered.filter((r) => r.method === 'POST');
}

/** The connector path of message `messageId` in conversation `conversationId` (where an in-place update goes). */
function messagePath(conversationId: string, messageId: string | undefined): string {
  return `/v3/conversations/${conversationId}/activities/${messageId ?? 'none'}`;
}

/** Runs `turns` together and returns what the user got in conversation `chat` meanwhile (posts and in-place updates). */
async function together(chat: Chat, turns: () => Promise<TurnResult>[]): Promise<{ statuses: number[]; delivered: ConnectorRequest[] }> {
  const before = connector.requests.length;
  const results = await Promise.all(turns());
  const requests = requestsOf(connector.requests.slice(before), chat.id);
  return { statuses: results.map((r) => r.status), delivered: requests.filter((r) => (r.method === 'POST' || r.method === 'PUT') && r.status === 200) };
}

function retriedAfterConflict(...bots: RunningBot[]): boolean {
  return bots.some((b) => b.log.lines().some((l) => l.msg === 'conversation changed by a concurrent turn; running the turn again'));
}

describe('conversation state in Azure Blob Storage (Azurite started by the test)', () => {
  test('a conversation survives a bot restart mid-dialog and continues at the same question', async () => {
    const first = await instance('restart');
    const chat = new Chat(connector, 'conv-restart');
    let result = await chat.say(first, 'start');
    const liveCard = posted(result)[0]?.replyId;
    for (let i = 0; i < 2; i++) {
      const buttons = answerButtonsOf(result.delivered[0]?.body ?? {});
      result = await chat.click(first, buttons.find((b) => b.value !== 'unknown'));
      // Each answer updates the one live card in place.
      expect(result.delivered.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT ${messagePath(chat.id, liveCard)}`]);
    }
    const pending = questionOf(result);
    expect(pending).toBeDefined();
    await stop(first);

    const second = await instance('restart');
    // "start" after the restart continues the advice at the same question on a fresh card and closes the older card.
    const resumed = await chat.say(second, 'start');
    const fresh = posted(resumed);
    expect(fresh).toHaveLength(1);
    expect(questionOf({ delivered: fresh })).toBe(pending);
    expect(readableText(fresh[0]?.body ?? {})).toMatch(/question 3/i);
    const closed = resumed.delivered.filter((r) => r.method === 'PUT');
    expect(closed.map((r) => r.path)).toEqual([messagePath(chat.id, liveCard)]);
    expect(answerButtonsOf(closed[0]?.body ?? {})).toHaveLength(0);
    // The fresh card's button works on the new instance, and that card is updated in place by its real id.
    const answered = await chat.click(second, answerButtonsOf(fresh[0]?.body ?? {})[0]);
    expect(answered.status).toBe(200);
    expect(answered.delivered.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT ${messagePath(chat.id, fresh[0]?.replyId)}`]);
    expect(questionOf(answered)).toBeDefined();
    expect(questionOf(answered)).not.toBe(pending);
    expect(readableText(answered.delivered[0]?.body ?? {})).toMatch(/question 4/i);
  });

  test.each(CONVERSATION_SCENARIOS.slice(0, 3).map((s) => [s.name, s] as const))(
    'two instances sharing the store serve alternating turns of one conversation exactly like one instance: %s',
    async (_name, scenario) => {
      const [a, b] = await Promise.all([instance('alternating'), instance('alternating')]);
      const single = await startBot();
      running.push(single);
      const id = `conv-alt-${scenario.name.replace(/\W+/g, '-')}`;
      const reference = await runAdvice(new Chat(connector, `${id}-ref`), () => single, scenario.answers);
      const alternating = await runAdvice(new Chat(connector, id), (turn) => (turn % 2 === 0 ? a : b), scenario.answers);
      expect(alternating.questions).toEqual(reference.questions);
      expect(alternating.questions.length).toBeGreaterThan(2);
      const texts = (r: typeof reference): string[] => r.result.delivered.map((d) => readableText(d.body).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'ID'));
      expect(texts(alternating)).toEqual(texts(reference));
    },
  );

  test('an answer clicked on one instance while another instance answers "help" is not lost; "help" writes nothing, so nothing conflicts', async () => {
    const [a, b] = await Promise.all([instance('concurrent', 150), instance('concurrent', 150)]);
    const chat = new Chat(connector, 'conv-concurrent');
    const started = await chat.say(a, 'start');
    const first = questionOf(started);
    const button = answerButtonsOf(started.delivered[0]?.body ?? {}).find((x) => x.value !== 'unknown');
    const both = await together(chat, () => [chat.send(a, { id: 'click-1', value: button }), chat.send(b, { id: 'help-1', text: 'help' })]);
    expect(both.statuses).toEqual([200, 200]);
    expect(retriedAfterConflict(a, b)).toBe(false);
    // The answer updates the live card in place (the next question), "help" posts its own message.
    const nextCards = both.delivered.filter((d) => questionOf({ delivered: [d] }) !== undefined);
    expect(nextCards.map((d) => `${d.method} ${d.path}`)).toEqual([`PUT ${messagePath(chat.id, posted(started)[0]?.replyId)}`]);
    expect(readableText(nextCards[0]?.body ?? {})).toMatch(/question 2/i);
    expect(both.delivered).toHaveLength(2);

    const where = await chat.say(b, 'start');
    expect(questionOf({ delivered: posted(where) })).not.toBe(first);
    expect(readableText(posted(where)[0]?.body ?? {})).toMatch(/question 2/i);
    // Both activity ids were remembered: Teams redelivering either of them gets no second answer.
    const again = await together(chat, () => [chat.send(a, { id: 'click-1', value: button }), chat.send(b, { id: 'help-1', text: 'help' })]);
    expect(again.delivered).toHaveLength(0);
  });

  test('a double click reaching two instances at once records the answer once and asks the next question once', async () => {
    const [a, b] = await Promise.all([instance('double', 150), instance('double', 150)]);
    const chat = new Chat(connector, 'conv-double');
    const started = await chat.say(a, 'start');
    const button = answerButtonsOf(started.delivered[0]?.body ?? {}).find((x) => x.value !== 'unknown');
    const both = await together(chat, () => [chat.send(a, { value: button }), chat.send(b, { value: button })]);
    expect(both.statuses).toEqual([200, 200]);
    // Both clicks lead to the same document (the store sees its own content already written, so the loser is not run
    // again); the user sees one card, updated in place by its real id to the second question, and no new message.
    expect(both.delivered.length).toBeGreaterThanOrEqual(1);
    expect(new Set(both.delivered.map((d) => `${d.method} ${d.path}`))).toEqual(new Set([`PUT ${messagePath(chat.id, posted(started)[0]?.replyId)}`]));
    expect(new Set(both.delivered.map((d) => readableText(d.body))).size).toBe(1);
    expect(readableText(both.delivered[0]?.body ?? {})).toMatch(/question 2/i);
    expect(questionOf(both)).not.toBe(button?.question);
    // The answer was recorded once: the advice is at the second question, not the third.
    const where = await chat.say(a, 'start');
    expect(readableText(posted(where)[0]?.body ?? {})).toMatch(/question 2/i);
  });

  test('two different answers clicked at once on two instances: one is kept, the other turn runs again on it and the card still moves on once', async () => {
    const [a, b] = await Promise.all([instance('two-answers', 150), instance('two-answers', 150)]);
    const chat = new Chat(connector, 'conv-two-answers');
    const started = await chat.say(a, 'start');
    const [first, second] = answerButtonsOf(started.delivered[0]?.body ?? {}).filter((x) => x.value !== 'unknown');
    expect(second).toBeDefined();
    const both = await together(chat, () => [chat.send(a, { value: first }), chat.send(b, { value: second })]);
    expect(both.statuses).toEqual([200, 200]);
    expect(retriedAfterConflict(a, b)).toBe(true);
    // Only the live card is updated (by its real id), and it shows the second question, never the first again.
    expect(new Set(both.delivered.map((d) => `${d.method} ${d.path}`))).toEqual(new Set([`PUT ${messagePath(chat.id, posted(started)[0]?.replyId)}`]));
    for (const d of both.delivered) expect(readableText(d.body)).toMatch(/question 2/i);
    const where = await chat.say(b, 'start');
    expect(readableText(posted(where)[0]?.body ?? {})).toMatch(/question 2/i);
  });

  test('the first turns of a brand-new conversation on two instances at once: neither is lost (create-only write)', async () => {
    const [a, b] = await Promise.all([instance('brand-new', 150), instance('brand-new', 150)]);
    const chat = new Chat(connector, 'conv-brand-new');
    // The app is installed (the welcome is remembered) while the user already types "start": both create the conversation.
    const install = { id: 'new-install', type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] };
    const both = await together(chat, () => [chat.send(a, { id: 'new-start', text: 'start' }), chat.send(b, install)]);
    expect(both.statuses).toEqual([200, 200]);
    expect(both.delivered.map((d) => d.method)).toEqual(['POST', 'POST']);
    expect(both.delivered.filter((d) => /question 1/i.test(readableText(d.body)))).toHaveLength(1);
    expect(retriedAfterConflict(a, b)).toBe(true);
    const where = await chat.say(b, 'start');
    expect(readableText(posted(where)[0]?.body ?? {})).toMatch(/question 1/i);
    // The welcome was remembered too: installing again in the same conversation does not welcome twice.
    expect((await chat.send(a, { type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] })).delivered).toHaveLength(0);
    const again = await together(chat, () => [chat.send(a, { id: 'new-start', text: 'start' }), chat.send(b, install)]);
    expect(again.delivered).toHaveLength(0);
  });

  test('/readyz reads the store: 200 while Azurite answers, 503 within the time limit once it is gone', async () => {
    const own = await startAzurite();
    const bot = await startBot({ storage: await createStorage({ kind: 'blob', connectionString: own.connectionString, container: 'ready' }) });
    running.push(bot);
    expect((await fetch(`${bot.base}/readyz`)).status).toBe(200);
    await own.stop();
    // The probe's answer is reused for READINESS_CACHE_MS; after that the next call learns of the outage in time.
    await new Promise((resolve) => setTimeout(resolve, READINESS_CACHE_MS));
    const started = Date.now();
    const res = await fetch(`${bot.base}/readyz`);
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});
