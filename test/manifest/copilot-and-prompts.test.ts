import { buildAppPackage } from '../../scripts/lib/app-package';
import { detectIntent, parseCommand } from '../../src/bot/text-input';
import { buttonData, cardOf, cardText, Conversation, questionOf } from '../bot/harness';
import { makeTempRepo, unzip, type TempRepo } from './helpers';

type Json = ReturnType<typeof JSON.parse>;

const BOT_ID = '3f1e2d4c-5b6a-4789-8abc-def012345678';

/** What the bot must do with the text a starter prompt puts in the compose box. */
type Expected = 'advice' | 'compare' | 'employee';

interface StarterRow {
  readonly lang: 'en' | 'nl';
  readonly title: string;
  readonly expected: Expected;
}

const STARTERS: readonly StarterRow[] = [
  { lang: 'en', title: 'Which enrollment method fits us?', expected: 'advice' },
  { lang: 'en', title: 'Compare the four methods', expected: 'compare' },
  { lang: 'en', title: 'How do I enroll my laptop?', expected: 'employee' },
  { lang: 'nl', title: 'Welke methode past bij ons?', expected: 'advice' },
  { lang: 'nl', title: 'De vier methoden vergelijken', expected: 'compare' },
  { lang: 'nl', title: 'Hoe schrijf ik mijn laptop in?', expected: 'employee' },
];

/** How the bot reads a typed message today: a command word first, otherwise the admin/employee intent. */
function whatTheBotDoes(text: string): Expected | 'nothing' {
  const command = parseCommand(text);
  if (command?.command === 'compare') return 'compare';
  if (command?.command === 'start') return 'advice';
  if (command !== undefined) return 'nothing';
  const intent = detectIntent(text);
  if (intent === 'admin') return 'advice';
  return intent === 'employee' ? 'employee' : 'nothing';
}

describe('the app in Microsoft 365 Copilot, its starter prompts and its features', () => {
  let repo: TempRepo;
  let manifest: Json;
  let dutch: Json;

  beforeAll(async () => {
    repo = makeTempRepo();
    const result = await buildAppPackage({ repoRoot: repo.root, envName: 'dev', shellEnv: { BOT_ID } });
    const entries = await unzip(result.zipPath);
    manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? 'null');
    dutch = JSON.parse(entries.get('nl.json')?.toString('utf8') ?? 'null');
  });
  afterAll(() => repo.cleanup());

  it('declares the bot as the custom engine agent in Copilot, with the personal scope Copilot requires', () => {
    expect(manifest.copilotAgents).toEqual({ customEngineAgents: [{ type: 'bot', id: BOT_ID }] });
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'copilot']));
    // Copilot shows the app by its short name and short description, so both must be there in both languages.
    expect([manifest.name.short, manifest.description.short].every((t: string) => t.length > 0)).toBe(true);
    expect([dutch['name.short'], dutch['description.short']].every((t: string) => t.length > 0)).toBe(true);
  });

  it('shows the same starter prompts in a personal chat and in Copilot (one command list for both)', () => {
    const list = manifest.bots[0].commandLists.find((l: Json) => l.scopes.includes('copilot'));
    expect(list.scopes).toEqual(['personal', 'copilot']);
    expect(list.commands.filter((c: Json) => c.type === 'prompt').map((c: Json) => c.title)).toEqual(
      STARTERS.filter((s) => s.lang === 'en').map((s) => s.title),
    );
  });

  test.each(STARTERS)('[$lang] "$title" is a starter prompt whose text the bot answers with: $expected', ({ lang, title, expected }) => {
    const english = STARTERS.find((s) => s.lang === 'en' && s.expected === expected)?.title;
    manifest.bots[0].commandLists.forEach((list: Json, l: number) => {
      const at = list.commands.findIndex((c: Json) => c.type === 'prompt' && c.title === english);
      expect({ list: l, found: at >= 0 }).toEqual({ list: l, found: true });
      const key = `bots[0].commandLists[${l}].commands[${at}]`;
      const shownTitle = lang === 'en' ? list.commands[at].title : dutch[`${key}.title`];
      const prompt = lang === 'en' ? list.commands[at].prompt : dutch[`${key}.prompt`];
      const description = lang === 'en' ? list.commands[at].description : dutch[`${key}.description`];
      expect(shownTitle).toBe(title);
      expect(title.length).toBeLessThanOrEqual(32);
      expect(description.length).toBeGreaterThan(20);
      expect({ prompt, does: whatTheBotDoes(prompt) }).toEqual({ prompt, does: expected });
    });
  });

  test.each(STARTERS)('[$lang] "$title", sent in Copilot, gets the $expected on a new card', async ({ lang, expected }) => {
    const english = STARTERS.find((s) => s.lang === 'en' && s.expected === expected)?.title;
    const at = manifest.bots[0].commandLists[0].commands.findIndex((c: Json) => c.type === 'prompt' && c.title === english);
    const prompt: string = lang === 'en' ? manifest.bots[0].commandLists[0].commands[at].prompt : dutch[`bots[0].commandLists[0].commands[${at}].prompt`];
    const copilot = { channelId: 'msteams', entities: [{ type: 'ProductInfo', id: 'COPILOT' }], conversation: { id: 'copilot-prompts', conversationType: 'personal', isGroup: false, name: '' } };
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' }, copilot);
    const replies = await c.say(prompt);
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    const seen = {
      advice: questionOf(card) !== undefined,
      compare: cardText(card).includes(lang === 'nl' ? 'De vier inschrijvingsmethoden vergeleken' : 'The four enrollment methods compared'),
      employee: buttonData(card).some((d) => d.verb === 'employeeAnswer'),
    };
    expect({ prompt, seen }).toEqual({ prompt, seen: { advice: expected === 'advice', compare: expected === 'compare', employee: expected === 'employee' } });
    // The prompt reads as a sentence a person would type, not as a bare command word.
    expect(prompt.split(' ').length).toBeGreaterThanOrEqual(4);
    expect(c.adapter.updates).toHaveLength(0);
  });

  test.each(['en', 'nl'] as const)('[%s] lists what the app does as at most three features within the store limits', (lang) => {
    const features: { title: string; description: string }[] =
      lang === 'en'
        ? manifest.description.features
        : manifest.description.features.map((_f: Json, i: number) => ({
            title: dutch[`description.features[${i}].title`],
            description: dutch[`description.features[${i}].description`],
          }));
    expect(features).toHaveLength(3);
    for (const { title, description } of features) {
      expect({ title, fits: title.length > 0 && title.length <= 45 }).toEqual({ title, fits: true });
      expect({ description, fits: description.length > 0 && description.length <= 120 }).toEqual({ description, fits: true });
    }
    const all = features.map((f) => `${f.title} ${f.description}`).join(' ');
    expect(all).toMatch(/Microsoft 365 Copilot/);
    expect(all).toMatch(lang === 'en' ? /employees/ : /medewerkers/);
  });

  it('uses the Microsoft Entra names in the descriptions, not Azure AD', () => {
    for (const text of [manifest.description.full, dutch['description.full']]) {
      expect(text).toMatch(/Microsoft Entra/);
      expect(text).not.toMatch(/Azure AD|Azure Active Directory/);
    }
  });
});
