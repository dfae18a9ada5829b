import { conversationText } from '../../src/content/conversation';
import type { Lang } from '../../src/content/types';
import { buttonData, cardOf, cardText, Conversation, LOCALE, questionOf } from './harness';

interface Row {
  readonly lang: Lang;
  readonly sentence: string;
  /** The "I understood: …" line as the admin reads it, written out by hand. */
  readonly understood: readonly string[];
}

const ROWS: readonly Row[] = [
  {
    lang: 'en',
    sentence: 'company-owned, hybrid joined, we keep SCCM, 300 new laptops',
    understood: ['I understood:', 'hybrid joined', 'Configuration Manager stays', '300'],
  },
  {
    lang: 'nl',
    sentence: 'bedrijfsapparaten, hybride gekoppeld, SCCM blijft, 300 nieuwe laptops',
    understood: ['Ik begreep:', 'Configuration Manager blijft', '300'],
  },
];

/** The questions the sentence answers, as the card's Change buttons name them. */
const STATED = ['ownership', 'identity', 'configMgr', 'volume', 'deviceAge'];

describe('a description first: what was understood is on the live card, each fact changeable there', () => {
  test.each(ROWS)('[$lang] "$sentence"', async ({ lang, sentence, understood }) => {
    const c = new Conversation({ locale: LOCALE[lang] });
    const replies = await c.say(sentence);
    // One message: the live question card carries the understood line (no separate notice).
    expect(replies).toHaveLength(1);
    const card = cardOf(c.liveCard());
    expect(c.liveCard()?.id).toBe(replies[0]?.id);
    for (const part of understood) expect(cardText(card)).toContain(part);
    // Said once: the note lists every answer so far, so the "answers so far" line is not shown beside it.
    const topics = conversationText(lang).wizard.topics;
    expect(cardText(card)).not.toContain(`${topics.identity}:`);
    const open = questionOf(card);
    expect(open === undefined || !STATED.includes(open)).toBe(true);

    // A Change button per understood fact, on the same card.
    const changes = buttonData(card).filter((d) => d.verb === 'change').map((d) => d.question);
    expect([...changes].sort()).toEqual(expect.arrayContaining([...STATED].sort()));

    // Changing one fact asks that question again, on the same card, without a new message.
    const posted = c.posted;
    const change = buttonData(card).find((d) => d.verb === 'change' && d.question === 'configMgr');
    expect(await c.clickOn(c.liveCard(), change)).toHaveLength(0);
    expect(c.posted).toBe(posted);
    const changed = cardOf(c.messages.get(replies[0]?.id ?? ''));
    expect(questionOf(changed)).toBe('configMgr');
    // From the next card on, the answers so far are a line of their own again (the note is gone).
    expect(cardText(changed)).toContain(`${topics.identity}:`);
    expect(cardText(changed)).not.toContain(understood[0]);
  });
});
