import type { Activity } from 'botbuilder';
import { supportsMessageUpdates } from '../../src/bot/surface';
import { nextQuestion } from '../../src/engine';
import { LANGS, type Lang } from '../../src/content/types';
import { ALEX, answerButtons, BOT, buttonData, cardOf, cardText, Conversation, finishAdvice, LOCALE, MEGAN, questionOf, replyText, titleOf } from './harness';

/** What the user reads, written out by hand per language. */
const SAYS = {
  comparison: { en: 'The four enrollment methods compared', nl: 'De vier inschrijvingsmethoden vergeleken' },
  legend: { en: 'AP = Windows Autopilot', nl: 'AP = Windows Autopilot' },
  tasks: { en: 'Administrator tasks', nl: 'Beheertaken' },
  recommendation: { en: 'Recommended enrollment method', nl: 'Aanbevolen inschrijvingsmethode' },
  shown: { en: '\u25cf Comparison', nl: '\u25cf Vergelijking' },
  someoneElses: { en: 'This advice is someone else\u2019s', nl: 'Dit advies is van iemand anders' },
  greeting: { en: 'Hello!', nl: 'Hallo!' },
  messageExtension: { en: 'message extension', nl: 'berichtextensie' },
  tab: { en: 'Advisor tab', nl: 'tabblad Advisor' },
} as const satisfies Record<string, Record<Lang, string>>;

const AUTOPILOT = { ownership: 'organization', userAffinity: 'single', windowsVersion: 'win11', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none', purchase: 'autopilot-partner', remoteWorkers: 'no', demAccount: 'no', otherMdm: 'no', volume: 'few', conditionalAccess: 'no' };

function groupChat(from: typeof ALEX): Partial<Activity> {
  return { channelId: 'msteams', recipient: BOT, from, conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: '' } };
}

function mentioning(text: string): Partial<Activity> {
  return { text: `<at>Advisor</at> ${text}`, entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: BOT }] };
}

describe.each(LANGS)('the result card switches views in place (%s)', (lang) => {
  test.each([
    ['comparison', SAYS.comparison],
    ['tasks', SAYS.tasks],
  ] as const)('the %s view replaces the recommendation on the same card; switching back restores it', async (view, heading) => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const { result } = await finishAdvice(c, AUTOPILOT, lang === 'nl' ? 'advies' : 'start');
    const posted = c.posted;
    const button = buttonData(cardOf(result)).find((d) => d.verb === 'view' && d.view === view);
    expect(await c.clickOn(result, button)).toHaveLength(0);
    const switched = cardOf(result?.id === undefined ? undefined : c.messages.get(result.id));
    expect(cardText(switched)).toContain(heading[lang]);
    expect(cardText(switched)).not.toContain(SAYS.recommendation[lang]);
    if (view === 'comparison') {
      expect(cardText(switched)).toContain(SAYS.shown[lang]);
      expect(cardText(switched)).toContain(SAYS.legend[lang]);
    }
    const back = buttonData(switched).find((d) => d.verb === 'view' && d.view === 'recommendation');
    await c.clickOn(result, back);
    expect(cardText(cardOf(result?.id === undefined ? undefined : c.messages.get(result.id)))).toContain(SAYS.recommendation[lang]);
    expect(c.posted).toBe(posted);
    expect(c.adapter.updates.at(-1)?.id).toBe(result?.id);
  });

  test('a view button with tampered answers is refused and changes nothing', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const { result } = await finishAdvice(c, AUTOPILOT);
    const button = buttonData(cardOf(result)).find((d) => d.verb === 'view' && d.view === 'comparison');
    const replies = await c.clickOn(result, { ...button, answers: { ownership: 'stolen' } });
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(result?.id === undefined ? undefined : c.messages.get(result.id)))).toContain(SAYS.recommendation[lang]);
  });
});

describe('group chats: a run belongs to the person who started it', () => {
  test.each(LANGS)('%s: another person\u2019s click or typed answer gets a short note and does not advance the run', async (lang) => {
    const c = new Conversation({ locale: LOCALE[lang] }, groupChat(ALEX));
    await c.send(mentioning(lang === 'nl' ? 'advies' : 'start'));
    const card = c.liveCard();
    const button = answerButtons(cardOf(card)).find((b) => b.value === 'organization');
    const note = await c.clickOn(card, button, { from: MEGAN });
    expect(titleOf(note[0])).toBe(SAYS.someoneElses[lang]);
    expect(replyText(note[0] ?? {})).toContain(ALEX.name);
    // Addressed to the person who clicked, so they notice it in a busy chat.
    expect(note[0]?.text).toBe(`<at>${MEGAN.name}</at>`);
    expect(note[0]?.entities).toEqual([{ type: 'mention', text: `<at>${MEGAN.name}</at>`, mentioned: { id: MEGAN.id, name: MEGAN.name } }]);
    expect(questionOf(cardOf(c.liveCard()))).toBe('ownership');
    const typed = await c.send({ ...mentioning('1'), from: MEGAN });
    expect(titleOf(typed[0])).toBe(SAYS.someoneElses[lang]);
    expect(questionOf(cardOf(c.liveCard()))).toBe('ownership');
    // Nor can they restart, cancel or start over it.
    for (const text of [lang === 'nl' ? 'opnieuw' : 'restart', 'cancel', lang === 'nl' ? 'advies' : 'start']) {
      const attempt = await c.send({ ...mentioning(text), from: MEGAN });
      expect(titleOf(attempt[0])).toBe(SAYS.someoneElses[lang]);
    }
    expect(c.liveCard()?.id).toBe(card?.id);
    await c.clickOn(card, button);
    const next = nextQuestion({ ownership: 'organization' });
    expect(questionOf(cardOf(c.liveCard()))).toBe(next.done ? undefined : next.question);
  });
});

describe('surfaces that cannot update a sent message (Microsoft 365 Copilot Chat)', () => {
  test.each<[string, Partial<Activity>, boolean]>([
    ['Teams', { channelId: 'msteams' }, true],
    ['the Agents Playground', { channelId: 'msteams', entities: [{ type: 'clientInfo', locale: 'en-US' }] }, true],
    ['the Copilot sub-channel id', { channelId: 'msteams:COPILOT' }, false],
    ['a ProductInfo entity of Copilot', { channelId: 'msteams', entities: [{ type: 'ProductInfo', id: 'COPILOT' }] }, false],
    ['a ProductInfo entity of Teams', { channelId: 'msteams', entities: [{ type: 'ProductInfo', id: 'TEAMS' }] }, true],
    ['channelData.productContext COPILOT', { channelId: 'msteams', channelData: { productContext: 'COPILOT' } }, false],
    ['channelData.productContext of Teams', { channelId: 'msteams', channelData: { productContext: 'TEAMS' } }, true],
  ])('%s → updates %p', (_name, activity, expected) => {
    expect(supportsMessageUpdates(activity)).toBe(expected);
  });

  test('in Copilot every step is posted, nothing is updated, and the advice still completes', async () => {
    const c = new Conversation({}, { channelId: 'msteams', entities: [{ type: 'ProductInfo', id: 'COPILOT' }] });
    await c.say('start');
    for (let i = 0; i < 20 && questionOf(cardOf(c.last())) !== undefined; i++) {
      const last = c.last();
      const q = questionOf(cardOf(last)) ?? '';
      const value = (AUTOPILOT as Record<string, string>)[q] ?? 'unknown';
      await c.clickOn(last, answerButtons(cardOf(last)).find((b) => b.value === value));
    }
    expect(c.adapter.updates).toHaveLength(0);
    const texts = [...c.messages.values()].map((m) => cardText(cardOf(m)));
    expect(texts.some((t) => t.includes(SAYS.recommendation.en))).toBe(true);
  });
});

describe.each(LANGS)('small talk (%s)', (lang) => {
  test.each(['hello', 'hallo', 'Hi!', 'goedemorgen'])('"%s" gets a greeting with the advice and the employee actions', async (text) => {
    const replies = await new Conversation({ locale: LOCALE[lang] }).say(text);
    expect(titleOf(replies[0])).toBe(SAYS.greeting[lang]);
    expect(buttonData(cardOf(replies[0])).map((d) => d.verb)).toEqual(['start', 'instructions']);
  });

  test.each([
    ['no text', ''],
    ['the Playground\u2019s placeholder', '\n<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension">\n  <span content="0" itemprop="cardId"></span>\n</span>\n'],
    ['Teams\u2019 attachment tag', '<attachment id="f3a2"></attachment>'],
  ])('a message that only carries an inserted card (%s) is not answered', async (_name, text) => {
    const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [] } };
    expect(await new Conversation({ locale: LOCALE[lang] }).send({ text, attachments: [card] })).toEqual([]);
  });

  test('a card with a typed question next to it is still answered', async () => {
    const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [] } };
    const replies = await new Conversation({ locale: LOCALE[lang] }).send({ text: 'hello', attachments: [card] });
    expect(titleOf(replies[0])).toBe(SAYS.greeting[lang]);
  });

  test('the help card mentions the message extension and the personal tab', async () => {
    const replies = await new Conversation({ locale: LOCALE[lang] }).say(lang === 'nl' ? 'hulp' : 'help');
    expect(cardText(cardOf(replies[0]))).toContain(SAYS.messageExtension[lang]);
    expect(cardText(cardOf(replies[0]))).toContain(SAYS.tab[lang]);
  });
});
