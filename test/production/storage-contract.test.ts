import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { createStorage } from '../../src/bot/state/storage';
import { CREATE_ONLY_ETAG, StorageConflictError, isStorageConflict } from '../../src/bot/state/storage-conflict';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, answerButtonsOf, readableText, startBot } from './support';

let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);

afterAll(async () => {
  await azurite.stop();
});

let container = 0;
const STORES: readonly [string, () => Storage | Promise<Storage>][] = [
  ['memory', () => new ConflictAwareMemoryStorage()],
  ['blob (Azurite)', () => createStorage({ kind: 'blob', connectionString: azurite.connectionString, container: `contract-${++container}` })],
];

async function eTagOf(store: Storage, key: string): Promise<string> {
  const item: StoreItem | undefined = (await store.read([key]))[key];
  if (typeof item?.eTag !== 'string') throw new Error(`no eTag for ${key}`);
  return item.eTag;
}

async function conflictOf(write: Promise<void>): Promise<unknown> {
  try {
    await write;
    return undefined;
  } catch (err) {
    return err;
  }
}

describe.each(STORES)('the %s store keeps the conditional-write contract', (_name, make) => {
  test('create-only creates a missing item once; a second create-only is a conflict naming the key', async () => {
    const store = await make();
    await store.write({ k: { v: 1, eTag: CREATE_ONLY_ETAG } });
    const err = await conflictOf(store.write({ k: { v: 2, eTag: CREATE_ONLY_ETAG } }));
    expect(err).toBeInstanceOf(StorageConflictError);
    expect((err as StorageConflictError).key).toBe('k');
    expect((await store.read(['k'])).k).toMatchObject({ v: 1 });
  });

  test('a write against the eTag read succeeds; against a stale eTag it is a conflict and changes nothing', async () => {
    const store = await make();
    await store.write({ k: { v: 1 } });
    const first = await eTagOf(store, 'k');
    await store.write({ k: { v: 2, eTag: first } });
    const err = await conflictOf(store.write({ k: { v: 3, eTag: first } }));
    expect(isStorageConflict(err)).toBe(true);
    expect((await store.read(['k'])).k).toMatchObject({ v: 2 });
    await store.write({ k: { v: 4, eTag: await eTagOf(store, 'k') } });
    expect((await store.read(['k'])).k).toMatchObject({ v: 4 });
  });

  test.each<[string, StoreItem]>([
    ['"*"', { v: 9, eTag: '*' }],
    ['no eTag', { v: 9 }],
  ])('%s keeps botbuilder’s meaning: overwrite whatever is there', async (_label, item) => {
    const store = await make();
    await store.write({ k: { v: 1 } });
    await store.write({ k: item });
    expect((await store.read(['k'])).k).toMatchObject({ v: 9 });
  });

  test('non-ASCII content round-trips (byte length, not character length)', async () => {
    const store = await make();
    const text = 'Zoë – “Inschrijving” ✓ 日本';
    await store.write({ k: { text, eTag: CREATE_ONLY_ETAG } });
    expect((await store.read(['k'])).k).toMatchObject({ text });
  });

  test('a missing key reads as nothing (what /readyz relies on)', async () => {
    const store = await make();
    const items: StoreItems = await store.read(['never-written']);
    expect(items).toEqual({});
  });
});

describe('one instance with the in-memory store', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
  });

  test('two turns of one conversation at once in one process: the answer is kept and the loser runs again', async () => {
    const memory = new ConflictAwareMemoryStorage();
    // Slow writes make both turns read before either writes, as two clicks in flight would.
    const slow: Storage = {
      read: (keys) => memory.read(keys),
      write: async (changes) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await memory.write(changes);
      },
      delete: (keys) => memory.delete(keys),
    };
    const bot = await startBot({ storage: slow });
    try {
      const chat = new Chat(connector, 'conv-one-process');
      const started = await chat.say(bot, 'start');
      const button = answerButtonsOf(started.delivered[0]?.body ?? {}).find((b) => b.value !== 'unknown');
      // Both turns change the conversation: the answer, and the welcome remembered on (re)install.
      const results = await Promise.all([chat.click(bot, button), chat.send(bot, { type: 'installationUpdate', action: 'add' })]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(bot.log.lines().some((l) => l.msg === 'conversation changed by a concurrent turn; running the turn again')).toBe(true);
      const where = await chat.say(bot, 'start');
      expect(readableText(where.delivered[0]?.body ?? {})).toMatch(/question 2/i);
    } finally {
      await bot.close();
    }
  });
});
