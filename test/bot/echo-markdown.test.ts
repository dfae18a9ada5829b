import type { Activity } from 'botbuilder';
import type { Lang } from '../../src/content/types';
import { answerButtons, BOT, cardOf, cardText, Conversation, LOCALE, questionOf, replyText } from './harness';

const LINK = '[Re-enroll here](https://evil.example)';

/** A Markdown link or image whose brackets are not escaped: what Teams would render as a clickable target. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;

/** Everything the user reads in the chat now: every message as it reads after in-place updates. */
function chatText(c: Conversation): string {
  return [...c.messages.values()].map(replyText).join('\n');
}

interface Row {
  readonly name: string;
  /** What the user types, per language. */
  readonly typed: Readonly<Record<Lang, string>>;
  /** Sent before the typed text (e.g. to open a question), per language. */
  readonly before?: Readonly<Record<Lang, string>>;
}

const ROWS: readonly Row[] = [
  { name: 'an unknown instruction name in a notice', typed: { en: `instructions ${LINK} now`, nl: `instructies ${LINK} nu` } },
  {
    name: 'a description at the start ("I understood: …" on the live card)',
    typed: { en: `we use ${LINK} SCCM and E3`, nl: `we gebruiken ${LINK} SCCM en E3` },
  },
  {
    name: 'a typed answer re-prompted on the live card',
    before: { en: 'start', nl: 'advies' },
    typed: { en: `${LINK} windows 10`, nl: `${LINK} windows 10` },
  },
  { name: 'a typed answer nobody understands', before: { en: 'start', nl: 'advies' }, typed: { en: `maybe ${LINK}`, nl: `misschien ${LINK}` } },
];

describe.each<Lang>(['en', 'nl'])('user text echoed by the bot keeps no Markdown (%s)', (lang) => {
  test.each(ROWS)('$name: no clickable link anywhere in the chat', async ({ typed, before }) => {
    const c = new Conversation({ locale: LOCALE[lang] });
    if (before !== undefined) await c.say(before[lang]);
    await c.say(typed[lang]);
    const text = chatText(c);
    expect(text).not.toMatch(LIVE_LINK);
    // The run goes on: the message did not end the advice or crash the turn.
    expect(text).not.toMatch(/error|fout/i);
  });

  test('an ambiguous typed answer is quoted back as typed on the live card, its link shown as text', async () => {
    const c = new Conversation({ locale: LOCALE[lang] });
    await c.say(lang === 'nl' ? 'advies' : 'start');
    // Click the first answer of every question until the Windows version is asked (where "10" is ambiguous).
    for (let i = 0; i < 20 && questionOf(cardOf(c.liveCard())) !== 'windowsVersion'; i++) {
      await c.clickOn(c.liveCard(), answerButtons(cardOf(c.liveCard()))[0]);
    }
    expect(questionOf(cardOf(c.liveCard()))).toBe('windowsVersion');
    await c.say(`10 ${LINK}`);
    const live = cardText(cardOf(c.liveCard()));
    expect(live).toContain('evil.example');
    expect(live).not.toMatch(LIVE_LINK);
    expect(questionOf(cardOf(c.liveCard()))).toBe('windowsVersion');
  });

  test('a group-chat member whose display name is a Markdown link is named as text in the "someone else’s advice" note', async () => {
    const owner = { id: 'user-owner', name: `Alex ${LINK}`, aadObjectId: 'aad-owner' };
    const other = { id: 'user-other', name: 'Megan', aadObjectId: 'aad-other' };
    const group: Partial<Activity> = { channelId: 'msteams', recipient: BOT, conversation: { id: 'group-echo', conversationType: 'groupChat', isGroup: true, name: '' } };
    const mention = (text: string): Partial<Activity> => ({ text: `<at>Advisor</at> ${text}`, entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: BOT }] });
    const c = new Conversation({ locale: LOCALE[lang] }, group);
    await c.send({ ...mention(lang === 'nl' ? 'advies' : 'start'), from: owner });
    const note = await c.send({ ...mention('1'), from: other });
    const text = replyText(note[0] ?? {});
    expect(text).toContain('evil.example');
    expect(text).not.toMatch(LIVE_LINK);
  });
});
