import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryStorage, type Activity } from 'botbuilder';
import { INSTRUCTION_SEARCH, readSearchRequest } from '../../src/bot/message-extension';
import { normalizeSearchText, searchInstructionSets } from '../../src/bot/message-extension-search';
import type { OrgSettings, OrgSettingsReader } from '../../src/bot/org-settings';
import { collectActions } from '../../src/cards';
import { localizeInstructions } from '../../src/content';
import { messageExtensionText } from '../../src/content/message-extension';
import { uiText } from '../../src/content/ui';
import { INSTRUCTION_SET_IDS, type InstructionSetId } from '../../src/engine/types';
import { openOrgValues } from '../../src/settings/page-token';
import { cardText, Conversation, HARNESS_LINK_KEY } from './harness';

const TENANT = '6d3c8e2a-1b4f-4c7e-9a2d-5f8b0c1e7a93';
const BASE_URL = 'https://advisor.example.com';

const CONTOSO: OrgSettings = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'Call the Contoso helpdesk on 1234.',
  organizationMethod: 'autopilot',
  autopilotMode: 'self-deploying',
  personalMethod: 'automatic',
  personalScopes: { mdm: 'none', mam: 'some-or-all' },
};

describe('searchInstructionSets', () => {
  type Row = { query: string; expected: readonly InstructionSetId[] };
  test.each<Row>([
    { query: 'autopilot', expected: ['autopilot-user-driven', 'autopilot-hybrid', 'autopilot-pre-provisioned', 'autopilot-self-deploying', 'autopilot-existing-devices'] },
    { query: 'byod', expected: ['automatic-personal-register', 'automatic-personal-register-general', 'automatic-personal-join', 'windows-home-no-join'] },
    { query: 'personal laptop', expected: ['automatic-personal-register', 'automatic-personal-register-general', 'automatic-personal-join'] },
    { query: 'Privé-laptop', expected: ['automatic-personal-register', 'automatic-personal-register-general', 'automatic-personal-join'] },
    { query: 'eigen laptop', expected: ['automatic-personal-register', 'automatic-personal-register-general', 'automatic-personal-join'] },
    { query: 'bulk', expected: ['automatic-bulk'] },
    { query: 'USB stick', expected: ['automatic-bulk'] },
    { query: 'kiosk', expected: ['autopilot-self-deploying', 'userless-nothing-to-do'] },
    { query: 'groepsbeleid', expected: ['group-policy'] },
    { query: 'SCCM', expected: ['co-management-existing'] },
    { query: '   ', expected: INSTRUCTION_SET_IDS },
    { query: 'xyzzy', expected: [] },
    { query: 'how do i', expected: [] },
  ])('"$query"', ({ query, expected }) => {
    expect(searchInstructionSets(query)).toEqual(expected);
  });

  test('"inschrijven" (Dutch for enroll) finds the Dutch-tagged sets', () => {
    const found = searchInstructionSets('inschrijven');
    expect(found.length).toBeGreaterThanOrEqual(8);
    expect(found).toContain('automatic-organization');
  });

  test('typing a word halfway already finds it ("autop")', () => {
    expect(searchInstructionSets('autop')).toContain('autopilot-user-driven');
  });

  test('an empty search lists the organization’s own sets first, then the rest', () => {
    const sets = searchInstructionSets('', CONTOSO);
    expect(sets).toHaveLength(INSTRUCTION_SET_IDS.length);
    expect(new Set(sets)).toEqual(new Set(INSTRUCTION_SET_IDS));
    expect(sets.slice(0, 3)).toEqual(['automatic-organization-existing', 'automatic-personal-register', 'autopilot-self-deploying']);
  });

  test('normalizing ignores case, accents and punctuation but keeps version dots', () => {
    expect(normalizeSearchText('  Privé-LAPTOP!  Windows 8.1. ')).toBe('prive laptop windows 8.1');
  });
});

describe('readSearchRequest', () => {
  test.each([
    ['no value', undefined, { ok: false, commandId: '' }],
    ['another command', { commandId: 'createTicket' }, { ok: false, commandId: 'createTicket' }],
    ['no parameters', { commandId: 'searchInstructions' }, { ok: true, text: '', skip: 0, count: 25 }],
    ['initial run', { commandId: 'searchInstructions', parameters: [{ name: 'initialRun', value: 'true' }] }, { ok: true, text: '', skip: 0, count: 25 }],
    [
      'query with paging',
      { commandId: 'searchInstructions', parameters: [{ name: 'query', value: ' byod ' }], queryOptions: { skip: 2, count: 3 } },
      { ok: true, text: 'byod', skip: 2, count: 3 },
    ],
    [
      'odd shapes',
      { commandId: 'searchInstructions', parameters: [null, 'x', { name: 'query', value: 42 }], queryOptions: { skip: -5, count: 1000 } },
      { ok: true, text: '', skip: 0, count: 25 },
    ],
  ])('%s', (_name, value, expected) => {
    expect(readSearchRequest(value)).toEqual(expected);
  });

  test('the command id and parameter name are the ones in the manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../manifest/manifest.json'), 'utf8')) as {
      composeExtensions: { commands: { id: string; type: string; parameters: { name: string }[] }[] }[];
    };
    const command = manifest.composeExtensions[0]?.commands[0];
    expect(command?.id).toBe(INSTRUCTION_SEARCH.commandId);
    expect(command?.type).toBe('query');
    expect(command?.parameters.map((p) => p.name)).toEqual([INSTRUCTION_SEARCH.parameter]);
  });
});

interface SearchResult {
  readonly status: number;
  readonly type: string;
  readonly text?: string;
  readonly cards: Record<string, unknown>[];
  readonly previews: { contentType: string; content: { title: string; subtitle?: string; text?: string } }[];
}

function reader(settings: OrgSettings): OrgSettingsReader {
  return { read: async (tenantId) => (tenantId === TENANT ? settings : undefined) };
}

/** Sends a composeExtension/query invoke and returns what Teams would get back. */
async function search(c: Conversation, value: unknown, tenantId = TENANT): Promise<SearchResult> {
  const replies = await c.send({ type: 'invoke', name: 'composeExtension/query', value, channelId: 'msteams', channelData: { tenant: { id: tenantId } } });
  const invoke = replies.find((r) => r.type === 'invokeResponse') as (Partial<Activity> & { value?: { status: number; body: { composeExtension: Record<string, unknown> } } }) | undefined;
  if (invoke?.value === undefined) throw new Error('no invoke response');
  const result = invoke.value.body.composeExtension as { type: string; text?: string; attachments?: { content: Record<string, unknown>; preview: SearchResult['previews'][number] }[] };
  return {
    status: invoke.value.status,
    type: result.type,
    ...(result.text === undefined ? {} : { text: result.text }),
    cards: (result.attachments ?? []).map((a) => a.content),
    previews: (result.attachments ?? []).map((a) => a.preview),
  };
}

function query(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { commandId: 'searchInstructions', parameters: [{ name: 'query', value: text }], ...extra };
}

describe('the helpdesk message extension', () => {
  test.each([
    ['en-US', 'autopilot', 'Autopilot: device IT sent', 'Windows Autopilot', 'Set up the work device IT sent you'],
    ['nl-NL', 'autopilot', 'Autopilot: apparaat van IT', 'Windows Autopilot', 'Het werkapparaat instellen dat IT u stuurde'],
    ['nl-NL', 'personal laptop', 'Eigen apparaat: werk-apps', 'Automatische inschrijving', 'Werk-apps gebruiken op uw eigen apparaat'],
    ['en-GB', 'inschrijven', 'New work device: sign in', 'Automatic enrollment', 'Set up your new work device'],
  ])('[%s] "%s" lists matching instruction cards in the searcher’s language, each under its short list title', async (locale, text, listTitle, subtitle, firstTitle) => {
    const c = new Conversation({ locale, storage: new MemoryStorage() });
    const result = await search(c, query(text));
    expect(result.status).toBe(200);
    expect(result.type).toBe('result');
    expect(result.previews[0]?.content.title).toBe(listTitle);
    // One line under the title in the result list: the method's name (the search itself says these are instructions).
    expect(result.previews[0]?.content.subtitle).toBe(subtitle);
    expect(result.previews[0]?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(result.previews[0]?.content.text?.length).toBeLessThanOrEqual(140);
    expect(cardText(result.cards[0])).toContain(firstTitle);
  });

  test('inserted cards are self-contained: only links (the printable page) and the e-mail text shown on the card, never Submit or Execute', async () => {
    const c = new Conversation({ locale: 'en-US', baseUrl: BASE_URL });
    const result = await search(c, query(''));
    expect(result.cards).toHaveLength(INSTRUCTION_SET_IDS.length);
    for (const [i, card] of result.cards.entries()) {
      const actions = collectActions(card);
      expect(actions.every((a) => a.type === 'Action.OpenUrl')).toBe(true);
      expect(actions.map((a) => a.url)).toContain(`${BASE_URL}/instructions/${INSTRUCTION_SET_IDS[i]}?lang=en`);
    }
  });

  test('with the tenant’s settings: its own values on the cards and its own methods first', async () => {
    const c = new Conversation({ locale: 'nl-NL', settings: reader(CONTOSO) });
    const result = await search(c, query(''));
    expect(result.previews[0]?.content.title).toBe(localizeInstructions('automatic-organization-existing', 'nl').listTitle);
    const autopilot = result.cards[result.previews.findIndex((p) => p.content.title === localizeInstructions('autopilot-self-deploying', 'nl').listTitle)];
    const text = cardText(autopilot);
    expect(text).toContain('Contoso');
    expect(text).toContain('Call the Contoso helpdesk on 1234.');
    expect(text).not.toContain(uiText('nl').instructions.generalNotice);
    expect(collectActions(autopilot).some((a) => a.title === uiText('nl').buttons.contactSupport)).toBe(false);
  });

  test.each([
    ['en-US', 'en'],
    ['nl-NL', 'nl'],
  ] as const)('[%s] an inserted card’s printable page and e-mail text open with the tenant’s values (sealed in the link)', async (locale, lang) => {
    const c = new Conversation({ locale, baseUrl: BASE_URL, settings: reader(CONTOSO) });
    const result = await search(c, query('autopilot'));
    const urls = collectActions(result.cards[0]).map((a) => String(a.url));
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) {
      expect(url.startsWith(`${BASE_URL}/instructions/`)).toBe(true);
      const token = new URL(url).searchParams.get('org');
      expect({ url, opened: openOrgValues(token, HARNESS_LINK_KEY)?.organizationName }).toEqual({ url, opened: 'Contoso' });
      expect(new URL(url).searchParams.get('lang')).toBe(lang);
    }
  });

  test('another tenant searching gets the general instructions, not the first tenant’s values', async () => {
    const c = new Conversation({ locale: 'en-US', settings: reader(CONTOSO) });
    const result = await search(c, query('byod'), 'another-tenant');
    const text = result.cards.map(cardText).join('\n');
    expect(text).not.toContain('Contoso');
    expect(text).toContain(uiText('en').instructions.generalNotice);
  });

  test.each([
    ['en-US', 'en'],
    ['nl-NL', 'nl'],
  ] as const)('[%s] no match answers with a message suggesting words, not an empty list', async (locale, lang) => {
    const c = new Conversation({ locale });
    const result = await search(c, query('teleportation'));
    expect(result).toMatchObject({ status: 200, type: 'message', text: messageExtensionText(lang).noMatch('teleportation') });
  });

  test.each([
    ['en-US', 'en'],
    ['nl-NL', 'nl'],
  ] as const)('[%s] a search with a Markdown link is echoed as typed, never as a clickable link', async (locale, lang) => {
    const typed = 'instructions [Re-enroll here](https://evil.example) now';
    const result = await search(new Conversation({ locale }), query(typed));
    expect(result.type).toBe('message');
    expect(result.text).toContain('evil.example');
    expect(result.text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(result.text?.startsWith(messageExtensionText(lang).noMatch('').slice(0, 10))).toBe(true);
  });

  test.each([
    ['an unknown command', { commandId: 'createTicket', parameters: [{ name: 'query', value: 'x' }] }],
    ['no value at all', null],
    ['a value that is not an object', 'autopilot'],
  ])('%s gets a clear message, not a crash', async (_name, value) => {
    const c = new Conversation({ locale: 'en-US' });
    const result = await search(c, value);
    expect(result).toMatchObject({ status: 200, type: 'message', text: messageExtensionText('en').unknownCommand });
  });

  test('paging: skip and count pick a page of the results', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const page = await search(c, query('', { queryOptions: { skip: 8, count: 5 } }));
    expect(page.previews.map((p) => p.content.title)).toEqual(INSTRUCTION_SET_IDS.slice(8, 13).map((id) => localizeInstructions(id, 'en').listTitle));
  });

  test('a search answers well within Teams’ 5-second limit and logs no search text', async () => {
    const c = new Conversation({ locale: 'en-US', settings: reader(CONTOSO) });
    await search(c, query('autopilot'));
    const timings: number[] = [];
    for (const text of ['', 'autopilot', 'byod', 'inschrijven', 'nothing at all']) {
      const started = performance.now();
      await search(c, query(text));
      timings.push(performance.now() - started);
    }
    expect(Math.max(...timings)).toBeLessThan(500);
    const logged = c.log.lines().filter((l) => l.msg === 'instruction search answered');
    expect(logged.length).toBe(6);
    expect(typeof logged[0]?.ms).toBe('number');
    expect(JSON.stringify(logged)).not.toContain('nothing at all');
  });
});
