import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, answerButtonsOf, readableText, startBot, type RunningBot } from './support';

let connector: FakeConnector;
let bot: RunningBot;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startBot({ logLevel: 'info' });
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

/** Words a user typed that must never reach an info-level log line. */
const TYPED = 'my laptop serial XYZZY-4711 belongs to Zoë';

describe('operability: structured logs with ids and without message text; request ids everywhere', () => {
  test('every turn is logged at info with tenant, conversation and activity ids, and nothing the user typed or saw', async () => {
    const chat = new Chat(connector, 'conv-logging', { channelData: { tenant: { id: 'tenant-logging' } } });
    const started = await chat.say(bot, 'start');
    const button = answerButtonsOf(started.delivered[0]?.body ?? {})[0];
    await chat.click(bot, button);
    await chat.say(bot, TYPED);
    await chat.send(bot, { value: { verb: 'answer', question: 'ownership', value: 'XYZZY-tampered', flow: 'not-this-one' } });

    const lines = bot.log.lines();
    const turns = lines.filter((l) => l.msg === 'turn' && l.conversationId === 'conv-logging');
    expect(turns).toHaveLength(4);
    for (const line of turns) {
      expect(line).toMatchObject({ level: 30, tenantId: 'tenant-logging', conversationId: 'conv-logging', channelId: 'msteams' });
      expect(typeof line.activityId).toBe('string');
      expect(typeof line.ms).toBe('number');
    }
    const text = bot.log.text();
    expect(text).not.toContain('XYZZY');
    expect(text).not.toContain('Zoë');
    // Nothing from the cards either (question texts, explanations, button titles).
    const shown = readableText(started.delivered[0]?.body ?? {}).split('\n').filter((t) => t.length > 12);
    expect(shown.length).toBeGreaterThan(3);
    for (const t of shown) expect(text).not.toContain(t);
    for (const line of lines) expect(line.level).toBeGreaterThanOrEqual(30);
  });

  test.each<[string, () => Promise<Response>]>([
    ['a turn', () => bot.post({ type: 'message', channelId: 'msteams', serviceUrl: connector.url, from: { id: 'u' }, conversation: { id: 'conv-rid' }, id: 'r1', text: 'help' })],
    ['a refused activity (400)', () => bot.post({ type: 'message' })],
    ['invalid JSON (400)', () => bot.post('{"type":')],
    ['an unknown route (404)', () => fetch(`${bot.base}/api/nope`)],
    ['the health probe', () => fetch(`${bot.base}/healthz`)],
    ['the readiness probe', () => fetch(`${bot.base}/readyz`)],
  ])('%s answers with an x-request-id, and a safe incoming one is kept', async (_name, call) => {
    const res = await call();
    expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    const kept = await fetch(`${bot.base}/healthz`, { headers: { 'x-request-id': 'appservice-req-42' } });
    expect(kept.headers.get('x-request-id')).toBe('appservice-req-42');
  });
});
