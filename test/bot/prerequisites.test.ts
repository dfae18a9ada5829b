import type { Activity } from 'botbuilder';
import { LANGS, type Lang } from '../../src/content/types';
import { ALEX, answerButtons, BOT, buttonData, cardOf, cardText, choiceInputs, Conversation, finishAdvice, groupButton, groupOf, LOCALE, MEGAN, questionOf, submitGroup, titleOf } from './harness';

/** What the admin reads, written out by hand per language. */
const SAYS = {
  title: { en: 'Before I recommend', nl: 'Voordat ik advies geef' },
  choose: { en: 'Choose\u2026', nl: 'Kies\u2026' },
  continue: { en: 'Continue', nl: 'Verder' },
  understood: { en: 'I understood:', nl: 'Ik begreep:' },
  missing: { en: 'One more choice, please', nl: 'Nog \u00e9\u00e9n keuze, graag' },
  typedHint: { en: 'Choose on the card, or tell me in a sentence', nl: 'Kies op de kaart, of vertel het me in een zin' },
  badValue: { en: 'That is not one of the answers', nl: 'Dat is geen van de antwoorden' },
  unknownQuestion: { en: 'refers to a question I don\u2019t know', nl: 'verwijst naar een vraag die ik niet ken' },
  stale: { en: 'That button is from earlier', nl: 'Die knop is van eerder' },
  noRun: { en: 'belongs to an advice that has finished or was stopped', nl: 'hoort bij een advies dat klaar is of is gestopt' },
  someoneElses: { en: 'This advice is someone else\u2019s', nl: 'Dit advies is van iemand anders' },
  recommendation: { en: 'Recommended enrollment method', nl: 'Aanbevolen inschrijvingsmethode' },
  p1Yes: { en: 'Entra ID P1/P2: ', nl: 'Entra ID P1/P2: ' },
  wentWrong: { en: 'Something went wrong', nl: 'Er ging iets mis' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Descriptions that leave hard stops open: with ownership (three on the card) and without (ownership leads it). */
const DESCRIBED = {
  owned: { en: 'company-owned laptops, hybrid joined', nl: 'bedrijfslaptops, hybride gekoppeld' },
  cloud: { en: 'cloud only, 300 new laptops, shipped to home workers', nl: 'alleen cloud, 300 nieuwe laptops, naar thuiswerkers gestuurd' },
} as const;
const OWNED_GROUP = ['azureAdPremium', 'otherMdm', 'configMgr'];

/** The admin's situation: what they choose on the card and answer on the cards after it. */
const SITUATION: Readonly<Record<string, string>> = {
  ownership: 'organization',
  azureAdPremium: 'yes',
  otherMdm: 'no',
  configMgr: 'none',
  userAffinity: 'single',
  deviceAge: 'new',
  remoteWorkers: 'no',
  purchase: 'other',
};

const SENTENCE = { en: 'we have M365 E3, no other MDM, SCCM stays', nl: 'we hebben M365 E3, geen ander MDM, SCCM blijft' } as const;

/** Every run of the cards after the prerequisite card: one answer per card, from SITUATION; returns the cards answered. */
async function answerTheRest(c: Conversation, afterEachTurn: () => void): Promise<number> {
  let steps = 0;
  for (let guard = 0; guard < 12; guard++) {
    const card = cardOf(c.liveCard());
    const group = groupOf(card);
    const q = questionOf(card);
    if (group.length > 0) await submitGroup(c, Object.fromEntries(group.map((g) => [g, SITUATION[g] ?? 'unknown'])));
    else if (q !== undefined) await c.clickOn(c.liveCard(), answerButtons(card).find((b) => b.value === (SITUATION[q] ?? 'unknown')));
    else return steps;
    steps++;
    afterEachTurn();
  }
  throw new Error('the advice did not finish within 12 cards');
}

interface FlowRow {
  readonly lang: Lang;
  readonly how: 'clicked' | 'typed';
  readonly described: keyof typeof DESCRIBED;
  readonly group: readonly string[];
}

const FLOWS: readonly FlowRow[] = LANGS.flatMap((lang): FlowRow[] => [
  { lang, how: 'clicked', described: 'cloud', group: ['ownership', ...OWNED_GROUP] },
  { lang, how: 'clicked', described: 'owned', group: OWNED_GROUP },
  { lang, how: 'typed', described: 'owned', group: OWNED_GROUP },
]);

describe('a description, then the prerequisite card, then the result', () => {
  test.each(FLOWS)('[$lang] $how: "$described" asks $group on one card', async ({ lang, how, described, group }) => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const oneLiveCard = (): void => expect(c.liveQuestionCards().length).toBeLessThanOrEqual(1);
    const first = await c.say(DESCRIBED[described][lang]);
    oneLiveCard();
    expect(first).toHaveLength(1);
    const card = cardOf(c.liveCard());
    expect(c.liveCard()?.id).toBe(first[0]?.id);
    expect(groupOf(card)).toEqual(group);
    const text = cardText(card);
    for (const part of [SAYS.title[lang], SAYS.understood[lang], SAYS.continue[lang]]) expect(text).toContain(part);
    // One compact dropdown per question, "Choose…" until picked, "don't know" among the choices.
    const inputs = choiceInputs(card);
    expect(inputs.map((i) => i.id)).toEqual(group.map((q) => `answer.${q}`));
    for (const input of inputs) {
      expect(input.value).toBe('');
      expect(input.choices).toContain('unknown');
    }
    expect(text.split(SAYS.choose[lang]).length - 1).toBe(group.length);

    const posted = c.posted;
    if (how === 'clicked') await submitGroup(c, Object.fromEntries(group.map((q) => [q, SITUATION[q] ?? 'unknown'])));
    else expect(await c.say(SENTENCE[lang])).toHaveLength(0);
    oneLiveCard();
    // In place: the same message moved on past every question the card asked.
    expect(c.posted).toBe(posted);
    const after = cardOf(c.messages.get(first[0]?.id ?? ''));
    for (const q of group) expect([...groupOf(after), questionOf(after)]).not.toContain(q);
    expect(cardText(after)).toContain(SAYS.p1Yes[lang]);

    const steps = 1 + (await answerTheRest(c, oneLiveCard));
    expect(steps).toBeLessThanOrEqual(4);
    const shown = c.all().map((m) => cardText(cardOf(m))).join('\n');
    expect(shown).toContain(SAYS.recommendation[lang]);
    expect(c.posted).toBeLessThanOrEqual(3);
    expect(c.liveQuestionCards()).toHaveLength(0);
  });
});

describe.each(LANGS)('typed while the prerequisite card is live (%s)', (lang) => {
  test.each([
    { name: 'a bare yes', text: lang === 'nl' ? 'ja' : 'yes' },
    { name: 'a number', text: '2' },
    { name: 'don\u2019t know for all of them at once', text: lang === 'nl' ? 'weet ik niet' : "don't know" },
  ])('$name cannot be assigned to one question: a hint on the same card, nothing answered', async ({ text }) => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    const live = c.liveCard();
    expect(await c.say(text)).toHaveLength(0);
    const card = cardOf(c.messages.get(live?.id ?? ''));
    expect(cardText(card)).toContain(SAYS.typedHint[lang]);
    expect(groupOf(card)).toEqual(OWNED_GROUP);
  });

  test('a sentence that states one of them fills it; the others stay on the card', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    expect(await c.say(lang === 'nl' ? 'we hebben Microsoft 365 E3' : 'we have Microsoft 365 E3')).toHaveLength(0);
    const card = cardOf(c.liveCard());
    expect(groupOf(card)).toEqual(['otherMdm', 'configMgr']);
    expect(cardText(card)).toContain(SAYS.understood[lang]);
  });

  test('a sentence that states all of them while ownership is still open fills those three and asks ownership', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.cloud[lang]);
    await c.say(SENTENCE[lang]);
    expect(questionOf(cardOf(c.liveCard()))).toBe('ownership');
  });
});

describe.each(LANGS)('Continue with a dropdown left empty (%s)', (lang) => {
  test('the same card again, with a hint naming what is missing, and the chosen values kept', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    const live = c.liveCard();
    expect(await submitGroup(c, { azureAdPremium: 'yes', configMgr: '' })).toHaveLength(0);
    const card = cardOf(c.messages.get(live?.id ?? ''));
    expect(groupOf(card)).toEqual(OWNED_GROUP);
    expect(cardText(card)).toContain(SAYS.missing[lang]);
    expect(Object.fromEntries(choiceInputs(card).map((i) => [i.id, i.value]))).toEqual({ 'answer.azureAdPremium': 'yes', 'answer.otherMdm': '', 'answer.configMgr': '' });
    // Choosing the rest continues, and the kept value counts.
    await submitGroup(c, { azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'keep' });
    expect(groupOf(cardOf(c.liveCard()))).toEqual([]);
    expect(cardText(cardOf(c.liveCard()))).toContain(SAYS.p1Yes[lang]);
  });
});

interface TamperRow {
  readonly name: string;
  /** Changes the Continue's data (the button's own data plus the chosen values). */
  readonly data: (button: Record<string, unknown>) => Record<string, unknown>;
  /** The text the answer shows (on the live card, or in a new message when `posts`). */
  readonly says: keyof typeof SAYS;
  readonly posts: boolean;
}

const CHOSEN = { 'answer.azureAdPremium': 'yes', 'answer.otherMdm': 'no', 'answer.configMgr': 'keep' };

const TAMPERED: readonly TamperRow[] = [
  { name: 'an unknown question key in the list', data: (b) => ({ ...b, ...CHOSEN, questions: ['azureAdPremium', 'otherMdm', 'bogus'] }), says: 'unknownQuestion', posts: false },
  { name: 'a value under an unknown question key', data: (b) => ({ ...b, ...CHOSEN, 'answer.bogus': 'yes' }), says: 'unknownQuestion', posts: false },
  { name: 'a value that is not an option', data: (b) => ({ ...b, ...CHOSEN, 'answer.azureAdPremium': 'maybe' }), says: 'badValue', posts: false },
  { name: 'a value for a question not on the card', data: (b) => ({ ...b, ...CHOSEN, 'answer.identity': 'cloud' }), says: 'stale', posts: false },
  { name: 'another list of questions than the card asks', data: (b) => ({ ...b, 'answer.azureAdPremium': 'yes', questions: ['azureAdPremium'] }), says: 'stale', posts: false },
  { name: 'another run\u2019s id', data: (b) => ({ ...b, ...CHOSEN, flow: 'someone-elses-run' }), says: 'noRun', posts: true },
];

describe.each(LANGS)('stale and tampered Continue clicks change nothing (%s)', (lang) => {
  test.each(TAMPERED)('$name', async ({ data, says, posts }) => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    const live = c.liveCard();
    const button = groupButton(cardOf(live)) as unknown as Record<string, unknown>;
    const replies = await c.clickOn(live, data(button));
    expect(replies).toHaveLength(posts ? 1 : 0);
    const shown = posts ? cardText(cardOf(replies[0])) : cardText(cardOf(c.messages.get(live?.id ?? '')));
    expect(shown).toContain(SAYS[says][lang]);
    expect(shown).not.toContain(SAYS.wentWrong[lang]);
    // Nothing answered: the same card still asks the same questions, and a proper Continue still works.
    expect(groupOf(cardOf(c.liveCard()))).toEqual(OWNED_GROUP);
    await submitGroup(c, { azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'keep' });
    expect(groupOf(cardOf(c.liveCard()))).toEqual([]);
  });

  test('the Continue of a card the run has moved past is from earlier', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    const live = c.liveCard();
    const old = { ...groupButton(cardOf(live)), ...CHOSEN };
    await submitGroup(c, { azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'keep' });
    const asked = questionOf(cardOf(c.liveCard()));
    expect(await c.clickOn(live, old)).toHaveLength(0);
    expect(cardText(cardOf(c.liveCard()))).toContain(SAYS.stale[lang]);
    expect(questionOf(cardOf(c.liveCard()))).toBe(asked);
  });

  test('a Continue whose questions are not a list is answered kindly, and the run is kept', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    const replies = await c.clickOn(c.liveCard(), { verb: 'answerGroup', flow: 'x', questions: 'azureAdPremium' });
    expect(replies.length).toBeGreaterThan(0);
    expect(titleOf(replies[0])).not.toBe(SAYS.wentWrong[lang]);
    expect(groupOf(cardOf(c.liveCard()))).toEqual(OWNED_GROUP);
  });
});

function groupChat(from: typeof ALEX): Partial<Activity> {
  return { channelId: 'msteams', recipient: BOT, from, conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: '' } };
}

function mentioning(text: string): Partial<Activity> {
  return { text: `<at>Advisor</at> ${text}`, entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: BOT }] };
}

describe.each(LANGS)('group chats: the prerequisite card belongs to the person who described the situation (%s)', (lang) => {
  test('another person\u2019s Continue or typed sentence gets the short note and answers nothing', async () => {
    const c = new Conversation({ locale: LOCALE[lang] }, groupChat(ALEX));
    await c.send(mentioning(DESCRIBED.owned[lang]));
    const live = c.liveCard();
    const note = await submitGroup(c, { azureAdPremium: 'no', otherMdm: 'yes', configMgr: 'none' }, { from: MEGAN });
    expect(titleOf(note[0])).toBe(SAYS.someoneElses[lang]);
    const typed = await c.send({ ...mentioning(SENTENCE[lang]), from: MEGAN });
    expect(titleOf(typed[0])).toBe(SAYS.someoneElses[lang]);
    expect(c.liveCard()?.id).toBe(live?.id);
    expect(groupOf(cardOf(c.liveCard()))).toEqual(OWNED_GROUP);
    await submitGroup(c, { azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'keep' });
    expect(cardText(cardOf(c.liveCard()))).toContain(SAYS.p1Yes[lang]);
  });
});

describe.each(LANGS)('each answer of the card stays a separate answer (%s)', (lang) => {
  test('Back undoes the last one on its own card; Change re-asks one; the answers-so-far line names each', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(DESCRIBED.owned[lang]);
    await submitGroup(c, { azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'keep' });
    const card = cardOf(c.liveCard());
    const changes = buttonData(card).filter((d) => d.verb === 'change').map((d) => d.question);
    expect(changes).toEqual(expect.arrayContaining(OWNED_GROUP));
    await c.say(lang === 'nl' ? 'terug' : 'back');
    expect(questionOf(cardOf(c.liveCard()))).toBe('configMgr');
    expect(cardText(cardOf(c.liveCard()))).toContain(SAYS.p1Yes[lang]);
    const change = buttonData(cardOf(c.liveCard())).find((d) => d.verb === 'change' && d.question === 'otherMdm');
    await c.clickOn(c.liveCard(), change);
    // Change re-opens it and the answers given after it: together on the prerequisite card, the earlier choices kept.
    const reopened = cardOf(c.liveCard());
    expect(groupOf(reopened)).toEqual(['otherMdm', 'configMgr']);
    expect(choiceInputs(reopened).map((i) => i.value)).toEqual(['no', '']);
    await submitGroup(c, { otherMdm: 'yes', configMgr: 'keep' });
    expect(cardText(cardOf(c.liveCard()))).toMatch(lang === 'nl' ? /Andere MDM: Ja/ : /Other MDM: Yes/);
  });
});

describe.each(LANGS)('without a description nothing changes (%s)', (lang) => {
  test('start: one question per card to the result, never a prerequisite card', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(lang === 'nl' ? 'advies' : 'start');
    let cards = 0;
    for (let guard = 0; guard < 12 && c.liveCard() !== undefined; guard++) {
      const card = cardOf(c.liveCard());
      expect(groupOf(card)).toEqual([]);
      const q = questionOf(card) ?? '';
      await c.clickOn(c.liveCard(), answerButtons(card).find((b) => b.value === (SITUATION[q] ?? 'unknown')));
      cards++;
    }
    expect(cards).toBeGreaterThan(4);
    const { result } = await finishAdvice(new Conversation({ locale: LOCALE[lang] }), SITUATION, lang === 'nl' ? 'advies' : 'start');
    expect(cardText(cardOf(result))).toContain(SAYS.recommendation[lang]);
  });
});
