import type { Storage, StoreItems } from 'botbuilder';
import { ContainerClient } from '@azure/storage-blob';
import { createStorage } from '../../src/bot/state/storage';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, readableText, startBot, teamsActivity, type RunningBot } from './support';

let connector: FakeConnector;
let azurite: Azurite;

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
}, 60_000);

afterAll(async () => {
  await connector.close();
  await azurite.stop();
});

/** Counts what reaches the store. */
class Counting implements Storage {
  reads = 0;
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    this.reads++;
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

async function withBot<T>(options: Parameters<typeof startBot>[0], run: (bot: RunningBot) => Promise<T>): Promise<T> {
  const bot = await startBot(options);
  try {
    return await run(bot);
  } finally {
    await bot.close();
  }
}

describe('item 7: ids without limits', () => {
  const LONG = 'x'.repeat(200 * 1024);
  test.each<[string, Record<string, unknown>]>([
    ['conversation id', { conversation: { id: LONG, conversationType: 'personal' } }],
    ['activity id', { id: LONG }],
    ['user id', { from: { id: LONG, name: 'A' } }],
    ['reply-to id', { replyToId: LONG }],
  ])('a 200 KB %s → 400, nothing stored, the log line stays short', async (_name, overrides) => {
    const memory = new ConflictAwareMemoryStorage();
    await withBot({ storage: memory }, async (bot) => {
      const res = await bot.post(teamsActivity(connector.url, { id: 'long-1', text: 'start', ...overrides }));
      expect(res.status).toBe(400);
      expect(memory.size).toBe(0);
      expect(Math.max(...bot.log.text().split('\n').map((l) => l.length))).toBeLessThan(4096);
    });
  });

  test('an id of exactly 1,024 characters is still served, and logged cut short', async () => {
    await withBot({}, async (bot) => {
      const res = await bot.post(teamsActivity(connector.url, { id: 'ok-1', text: 'help', conversation: { id: 'c'.repeat(1024), conversationType: 'personal' } }));
      expect(res.status).toBe(200);
      expect(bot.log.text()).toContain('c'.repeat(128));
      expect(bot.log.text()).not.toContain('c'.repeat(129));
    });
  });

  test('the memory store forgets idle conversations beyond its bound; the most recent one continues', async () => {
    const memory = new ConflictAwareMemoryStorage({ maxItems: 50 });
    await withBot({ storage: memory }, async (bot) => {
      for (let i = 0; i < 60; i++) expect((await new Chat(connector, `conv-evict-${i}`).say(bot, 'start')).status).toBe(200);
      expect(memory.size).toBeLessThanOrEqual(50);
      const last = new Chat(connector, 'conv-evict-59');
      const reply = await last.send(bot, { id: 'conv-evict-59-again', text: 'start' });
      expect(reply.delivered.map((d) => readableText(d.body)).join('\n')).toMatch(/question 1/i);
    });
  });
});

describe('memory mode: redelivery markers', () => {
  test('an activity Teams delivers again is answered once, and the markers never push a conversation out of the bound', async () => {
    const memory = new ConflictAwareMemoryStorage({ maxItems: 50 });
    await withBot({ storage: memory }, async (bot) => {
      const chats = Array.from({ length: 30 }, (_, i) => new Chat(connector, `conv-marker-${i}`));
      for (const chat of chats) {
        expect((await chat.say(bot, 'start')).status).toBe(200);
        expect((await chat.say(bot, '1')).status).toBe(200);
      }
      // Three more turns per conversation: kept as items, their markers would push the oldest conversations out.
      for (let turn = 0; turn < 3; turn++) for (const chat of chats) expect((await chat.send(bot, { id: `help-${turn}`, text: 'help' })).status).toBe(200);
      const first = chats[0]!;
      const again = await first.send(bot, { id: 'help-2', text: 'help' });
      expect(again.status).toBe(200);
      expect(again.delivered).toHaveLength(0);
      // The first conversation is still where it was: "start" continues at question 2 instead of starting afresh.
      const where = await first.say(bot, 'start');
      expect(where.delivered.map((d) => readableText(d.body)).join('\n')).toMatch(/question 2/i);
    });
  });
});

describe('item 12: /readyz cannot be used to load the store', () => {
  test('200 calls to /readyz cost at most one storage read', async () => {
    const counting = new Counting(new ConflictAwareMemoryStorage());
    await withBot({ storage: counting }, async (bot) => {
      await Promise.all(Array.from({ length: 200 }, () => fetch(`${bot.base}/readyz`).then((r) => r.status)));
      expect(counting.reads).toBeLessThanOrEqual(1);
    });
  });

  test('a junk "readiness-probe" blob does not make /readyz fail (Azurite)', async () => {
    const container = 'junk-probe';
    const client = new ContainerClient(azurite.connectionString, container);
    await client.createIfNotExists();
    for (const name of ['readiness-probe', encodeURIComponent('v2/probe/readiness')]) await client.getBlockBlobClient(name).upload('}junk{', 6);
    const storage = await createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });
    await withBot({ storage }, async (bot) => {
      expect((await fetch(`${bot.base}/readyz`)).status).toBe(200);
    });
  });
});
