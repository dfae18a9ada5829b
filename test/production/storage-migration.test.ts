import { ContainerClient } from '@azure/storage-blob';
import type { Activity } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { conversationKey, settingsStateKey, stateKey, userKey } from '../../src/bot/state/keys';
import { createStorage } from '../../src/bot/state/storage';
import { stateNotices } from '../../src/content/state-notices';
import { uiText } from '../../src/content/ui';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, answerButtonsOf, readableText, startBot, type RunningBot } from './support';

let azurite: Azurite;
let connector: FakeConnector;
const running: RunningBot[] = [];
const TENANT = '0f0e0d0c-0b0a-4908-8706-050403020100';

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((b) => b.close()));
  await connector.close();
  await azurite.stop();
});

async function blobBot(container: string): Promise<RunningBot> {
  const bot = await startBot({ storage: await createStorage({ kind: 'blob', connectionString: azurite.connectionString, container }), logLevel: 'info' });
  running.push(bot);
  return bot;
}

/** The activity fields the keys are built from, for a chat in `conversationId` of user-1 in TENANT. */
function where(conversationId: string): Partial<Activity> {
  return { channelId: 'msteams', conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: '' }, from: { id: 'user-1', name: '' }, channelData: { tenant: { id: TENANT } } };
}

function chatIn(conversationId: string): Chat {
  return new Chat(connector, conversationId, { channelData: { tenant: { id: TENANT } } });
}

/** Writes raw text as a blob the way BlobsStorage names it, so a store reads exactly these bytes back. */
async function putRaw(container: string, key: string, text: string): Promise<void> {
  const client = new ContainerClient(azurite.connectionString, container);
  await client.createIfNotExists();
  await client.getBlockBlobClient(encodeURIComponent(key)).upload(text, Buffer.byteLength(text));
}

async function quarantined(container: string): Promise<number> {
  let n = 0;
  for await (const blob of new ContainerClient(azurite.connectionString, container).listBlobsFlat()) if (decodeURIComponent(blob.name).startsWith('v2/quarantine/')) n++;
  return n;
}

const text = (r: { delivered: { body: Record<string, unknown> }[] }): string => r.delivered.map((d) => readableText(d.body)).join('\n');

describe('item 8: keys are injective, bounded and scoped', () => {
  test.each([
    ['slashes', ['a/b', 'a//b', 'a/b/', '/a/b']],
    ['long ids sharing their first 1,024 characters', [`${'x'.repeat(1024)}1`, `${'x'.repeat(1024)}2`]],
    ['lone surrogates', ['\uD800', '\uDC00', '\uFFFD']],
  ])('%s map to distinct keys of bounded length without throwing', (_name, ids) => {
    const keys = ids.map((id) => stateKey('conversation', 'msteams', TENANT, id));
    expect(new Set(keys).size).toBe(ids.length);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(64);
  });

  test('a conversation keeps its key after thousands of other conversations were keyed (remembered keys are bounded, never mixed up)', () => {
    const first = stateKey('conversation', 'msteams', TENANT, 'conv-first');
    const others = Array.from({ length: 5000 }, (_, i) => stateKey('conversation', 'msteams', TENANT, `conv-${i}`));
    expect(new Set(others).size).toBe(5000);
    expect(others).not.toContain(first);
    expect(stateKey('conversation', 'msteams', TENANT, 'conv-first')).toBe(first);
    expect(stateKey('user', 'msteams', TENANT, 'conv-first')).not.toBe(first);
  });

  test('the same conversation id in two tenants or two channels is two conversations', () => {
    const keys = [stateKey('conversation', 'msteams', 'tenant-a', 'c'), stateKey('conversation', 'msteams', 'tenant-b', 'c'), stateKey('conversation', 'webchat', 'tenant-a', 'c')];
    expect(new Set(keys).size).toBe(3);
  });
});

describe('item 8: data written by the old encoding survives the change (Azurite)', () => {
  test('a conversation stored under botbuilder’s old key continues at its question, then lives under the v2 key only', async () => {
    const container = 'migrate-conversation';
    const bot = await blobBot(container);
    const chat = chatIn('conv-legacy');
    let result = await chat.say(bot, 'start');
    result = await chat.click(bot, answerButtonsOf(result.delivered[0]?.body ?? {}).find((b) => b.value !== 'unknown'));
    expect(text(result)).toMatch(/question 2/i);
    // Rewrite the stored conversation as the previous release did: botbuilder's BlobsStorage under its own key.
    const store = await createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });
    const v2 = conversationKey(where('conv-legacy'));
    const content: Record<string, unknown> = { ...(await store.read([v2]))[v2] };
    delete content.eTag;
    const old = new BlobsStorage(azurite.connectionString, container);
    await old.write({ 'msteams/conversations/conv-legacy/': { ...content, eTag: '*' } });
    await store.delete([v2]);

    const resumed = await chat.say(bot, 'start');
    expect(text(resumed)).toMatch(/question 2/i);
    await chat.say(bot, 'restart');
    expect(Object.keys(await store.read([v2]))).toEqual([v2]);
    expect(await old.read(['msteams/conversations/conv-legacy/'])).toEqual({});
  });

  test('a language chosen before the change (old user key) is still used', async () => {
    const container = 'migrate-user';
    const bot = await blobBot(container);
    await new BlobsStorage(azurite.connectionString, container).write({ 'msteams/users/user-1/': { profile: { lang: 'nl' }, eTag: '*' } });
    const reply = await chatIn('conv-legacy-user').say(bot, 'help');
    expect(text(reply)).toMatch(/\b(vraag|advies|typ)\b/i);
    expect(text(reply)).not.toMatch(/\b(question|advice|type)\b/i);
  });

  test('organization settings published before the change are read, and the next save moves them to the v2 key', async () => {
    const container = 'migrate-settings';
    const bot = await blobBot(container);
    const old = new BlobsStorage(azurite.connectionString, container);
    const legacy = `org-settings/tenants/${TENANT}`;
    await old.write({ [legacy]: { schema: 1, tenantId: TENANT, revision: 3, settings: { supportText: 'Call the helpdesk' }, history: [], eTag: '*' } });
    expect(await bot.runtime.settings.read(TENANT)).toEqual({ supportText: 'Call the helpdesk' });
    const outcome = await bot.runtime.settings.change({ tenantId: TENANT, by: 'admin', at: new Date(), source: 'form', next: (s) => ({ ...s, supportText: 'Ask IT' }) });
    expect(outcome.kind).toBe('saved');
    expect(outcome.kind === 'saved' ? outcome.record.revision : 0).toBe(4);
    expect(await old.read([legacy])).toEqual({});
    const store = await createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });
    expect(Object.keys(await store.read([settingsStateKey(TENANT)]))).toHaveLength(1);
    expect(await bot.runtime.settings.read(TENANT)).toEqual({ supportText: 'Ask IT' });
  });
});

describe('item 6: one corrupt stored item never locks anybody out (Azurite)', () => {
  const RESET = stateNotices('en').reset;
  const ERROR = uiText('en').error.title;

  test.each<{ name: string; key: (conversationId: string) => string; raw: string }>([
    { name: 'a conversation that is not JSON', key: (c) => conversationKey(where(c)), raw: '{"dialogState": {"dialogStack": [' },
    { name: 'a conversation of the wrong shape', key: (c) => conversationKey(where(c)), raw: '{"advisor": "garbage", "dialogState": {"dialogStack": 7}}' },
    { name: 'a conversation that is a JSON array', key: (c) => conversationKey(where(c)), raw: '[1, 2, 3]' },
    { name: 'a conversation of an unknown schema', key: (c) => conversationKey(where(c)), raw: '{"advisor": {"schema": 99, "run": {}}}' },
    { name: 'a user profile that is not JSON', key: (c) => userKey(where(c)), raw: 'not json at all' },
  ])('$name: quarantined, the user is told once that it was reset, and "start" works', async ({ name, key, raw }) => {
    const container = `corrupt-${name.toLowerCase().replace(/\W+/g, '-').slice(0, 40).replace(/-+$/, '')}`;
    const conversationId = `conv-${container}`;
    const bot = await blobBot(container);
    await putRaw(container, key(conversationId), raw);
    const chat = chatIn(conversationId);

    const first = await chat.say(bot, 'start');
    expect(first.status).toBe(200);
    expect(text(first)).toContain(RESET);
    expect(text(first)).not.toContain(ERROR);
    expect(answerButtonsOf(first.delivered[first.delivered.length - 1]?.body ?? {}).length).toBeGreaterThan(0);
    expect(await quarantined(container)).toBe(1);
    expect(bot.log.lines().some((l) => l.msg === 'unreadable stored item quarantined and reset')).toBe(true);

    const second = await chat.say(bot, 'help');
    expect(text(second)).not.toContain(RESET);
    expect(text(second)).not.toContain(ERROR);
  });

  test('corrupt organization settings: employees get the general instructions, an administrator can save over them', async () => {
    const container = 'corrupt-settings';
    const bot = await blobBot(container);
    await putRaw(container, settingsStateKey(TENANT), '\u0000\u0001 not settings');
    expect(await bot.runtime.settings.read(TENANT)).toBeUndefined();
    const outcome = await bot.runtime.settings.change({ tenantId: TENANT, by: 'admin', at: new Date(), source: 'form', next: () => ({ supportText: 'Ask IT' }) });
    expect(outcome.kind).toBe('saved');
    expect(await bot.runtime.settings.read(TENANT)).toEqual({ supportText: 'Ask IT' });
    expect(await quarantined(container)).toBeGreaterThanOrEqual(1);
  });
});
