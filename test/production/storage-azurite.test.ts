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

/** Runs `turns` together and returns the replies the user got in conversation `chat` meanwhile. */
async function together(chat: Chat, turns: () => Promise<TurnResult>[]): Promise<{ statuses: number[]; delivered: ConnectorRequest[] }> {
  const before = connector.requests.length;
  const results = await Promise.all(turns());
  const requests = requestsOf(connector.requests.slice(before), chat.id);
  return { statuses: results.map((r) => r.status), delivered: requests.filter((r) => r.method === 'POST' && r.status === 200) };
}

function retriedAfterConflict(...bots: RunningBot[]): boolean {
  return bots.some((b) => b.log.lines().some((l) => l.msg === 'conversation changed by a concurrent turn; running the turn again'));
}

describe('conversation state in Azure Blob Storage (Azurite started by the test)', () => {
  test('a conversation survives a bot restart mid-dialog and continues at the same question', async () => {
    const first = await instance('restart');
    const chat = new Chat(connector, 'conv-restart');
    let result = await chat.say(first, 'start');
    for (let i = 0; i < 2; i++) {
      const buttons = answerButtonsOf(result.delivered[0]?.body ?? {});
      result = await chat.click(first, buttons.find((b) => b.value !== 'unknown'));
    }
    const pending = questionOf(result);
    const buttons = answerButtonsOf(result.delivered[result.delivered.length - 1]?.body ?? {});
    expect(pending).toBeDefined();
    await stop(first);

    const second = await instance('restart');
    const resumed = await chat.say(second, 'start');
    expect(questionOf(resumed)).toBe(pending);
    expect(readableText(resumed.delivered[0]?.body ?? {})).toMatch(/question 3/i);
    // The button of the card sent before the restart still works, and its card is updated in place by its real id.
    const answered = await chat.click(second, buttons[0]);
    expect(answered.status).toBe(200);
    expect(questionOf(answered)).not.toBe(pending);
    expect(answered.requests.some((r) => r.method === 'PUT' && /\/activities\/msg-\d+$/.test(r.path))).toBe(true);
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
    expect(both.delivered.filter((d) => questionOf({ delivered: [d] }) !== undefined)).toHaveLength(1);
    expect(both.delivered).toHaveLength(2);

    const where = await chat.say(b, 'start');
    expect(questionOf(where)).not.toBe(first);
    expect(readableText(where.delivered[0]?.body ?? {})).toMatch(/question 2/i);
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
    expect(retriedAfterConflict(a, b)).toBe(true);
    const nextCards = both.delivered.filter((d) => questionOf({ delivered: [d] }) !== undefined);
    expect(nextCards).toHaveLength(1);
    const where = await chat.say(a, 'start');
    expect(readableText(where.delivered[0]?.body ?? {})).toMatch(/question 2/i);
  });

  test('the first turns of a brand-new conversation on two instances at once: neither is lost (create-only write)', async () => {
    const [a, b] = await Promise.all([instance('brand-new', 150), instance('brand-new', 150)]);
    const chat = new Chat(connector, 'conv-brand-new');
    const both = await together(chat, () => [chat.send(a, { id: 'new-start', text: 'start' }), chat.send(b, { id: 'new-help', text: 'help' })]);
    expect(both.statuses).toEqual([200, 200]);
    expect(both.delivered).toHaveLength(2);
    expect(retriedAfterConflict(a, b)).toBe(true);
    const where = await chat.say(b, 'start');
    expect(readableText(where.delivered[0]?.body ?? {})).toMatch(/question 1/i);
    const again = await together(chat, () => [chat.send(a, { id: 'new-start', text: 'start' }), chat.send(b, { id: 'new-help', text: 'help' })]);
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
