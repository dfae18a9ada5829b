import { escapeMarkdown } from '../../src/content/markdown';
import { settingsChangeText } from '../../src/content/settings';
import { ambiguousAnswerLine } from '../../src/understanding';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, readableText, startBot, type RunningBot } from '../production/support';

let connector: FakeConnector;
let bot: RunningBot;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startBot();
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

/** A Markdown link or image whose brackets are not escaped: what Teams would render as a clickable target. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;

describe('item 9: user text echoed into the bot’s answers keeps no Markdown', () => {
  test.each([
    ['a link', 'instructions [Re-enroll here](https://evil.example) now'],
    ['an image', 'instructies ![x](https://evil.example/p.png)'],
    ['a link with an angle-bracket target', 'instructions [Re-enroll](<https://evil.example>)'],
  ])('%s in "instructions <text>" is shown as typed, not as a link', async (_name, typed) => {
    const reply = await new Chat(connector, `conv-echo-${typed.length}`).say(bot, typed);
    const text = reply.delivered.map((d) => readableText(d.body)).join('\n');
    expect(text).toContain('evil.example');
    expect(text).not.toMatch(LIVE_LINK);
  });

  test.each([
    ['[a](b)', '\\[a\\]\\(b\\)'],
    ['**bold** _it_ ~x~ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\~x\\~ \\`code\\`'],
    ['<https://x.example>', '\\<https://x.example\\>'],
    ['a\\b', 'a\\\\b'],
    ['two\nlines', 'two lines'],
    ['plain text, co-management 1.2', 'plain text, co-management 1.2'],
  ])('escapeMarkdown(%j) → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test.each(['en', 'nl'] as const)('[%s] a settings value stored before links were refused is shown back as text in the confirmation', (lang) => {
    const line = settingsChangeText({ field: 'supportText', before: 'Call [Re-enroll here](https://evil.example)', after: 'Call 1234' }, lang);
    expect(line).toContain('evil.example');
    expect(line).toContain('Call 1234');
    expect(line).not.toMatch(LIVE_LINK);
  });

  test.each(['en', 'nl'] as const)('[%s] the tab (plain text) quotes an ambiguous answer exactly as typed; the bot escapes it', (lang) => {
    const typed = '10 [Re-enroll here](https://evil.example)';
    expect(ambiguousAnswerLine('windowsVersion', typed, lang)).toContain(typed);
    expect(ambiguousAnswerLine('windowsVersion', typed, lang, escapeMarkdown)).not.toMatch(LIVE_LINK);
  });
});
