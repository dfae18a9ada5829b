import type { Activity } from 'botbuilder';
import { collectActions } from '../../src/cards';
import { LANGS, type Lang } from '../../src/content/types';
import { instructionSets, nextQuestion, recommend } from '../../src/engine';
import type { Answers } from '../../src/engine/types';
import { answerButtons, buttonData, cardOf, cardText, Conversation, LOCALE, questionOf, titleOf } from './harness';

const ADMIN = { id: 'user-alex', name: 'Alex Wilber', aadObjectId: 'aad-alex' };
const BOT = { id: 'bot', name: 'Enrollment Advisor' };

/** What the user reads, written out by hand per language. */
const SAYS = {
  recommendation: { en: 'Recommended enrollment method', nl: 'Aanbevolen inschrijvingsmethode' },
  comparison: { en: 'The four enrollment methods compared', nl: 'De vier inschrijvingsmethoden vergeleken' },
  earlier: { en: 'That button is from earlier', nl: 'Die knop is van eerder' },
  noRun: { en: 'has finished or was stopped', nl: 'klaar is of is gestopt' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A fleet whose advice is Autopilot, so the result is followed by employee instruction cards. */
const AUTOPILOT = { ownership: 'organization', userAffinity: 'single', windowsVersion: 'win11', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none', purchase: 'autopilot-partner', remoteWorkers: 'no', demAccount: 'no', otherMdm: 'no', volume: 'few', conditionalAccess: 'no' };

/**
 * The three ways an activity from Microsoft 365 Copilot Chat is recognized (README, "Use it in Microsoft 365 Copilot"):
 * a one-on-one conversation, as Copilot's always is.
 */
const COPILOT_MARKERS: readonly { readonly name: string; readonly activity: Partial<Activity> }[] = [
  { name: 'ProductInfo entity', activity: { channelId: 'msteams', entities: [{ type: 'ProductInfo', id: 'COPILOT' }] } },
  { name: 'sub-channel id', activity: { channelId: 'msteams:COPILOT' } },
  { name: 'channelData.productContext', activity: { channelId: 'msteams', channelData: { productContext: 'COPILOT' } } },
];

function copilotChat(marker: Partial<Activity>): Partial<Activity> {
  return { from: ADMIN, recipient: BOT, conversation: { id: 'copilot-1', conversationType: 'personal', isGroup: false, name: '' }, ...marker };
}

/** Answers every question of the advice the way `answers` says, clicking the newest card; returns the replies per click. */
async function answerAll(c: Conversation, answers: Readonly<Record<string, string>>): Promise<Partial<Activity>[][]> {
  const perClick: Partial<Activity>[][] = [];
  for (let i = 0; i < 20; i++) {
    const last = c.last();
    const q = questionOf(cardOf(last));
    if (q === undefined) return perClick;
    perClick.push(await c.clickOn(last, answerButtons(cardOf(last)).find((b) => b.value === (answers[q] ?? 'unknown'))));
  }
  throw new Error('the advice did not finish within 20 answers');
}

describe.each(LANGS)('a full advice in Microsoft 365 Copilot (%s)', (lang) => {
  const start = lang === 'nl' ? 'advies' : 'start';
  const expectedSets = instructionSets(recommend(AUTOPILOT as Answers), AUTOPILOT as Answers).length;

  test.each(COPILOT_MARKERS)('marked by its $name: every step is a new message, nothing is ever updated', async ({ activity }) => {
    const c = new Conversation({ locale: LOCALE[lang] }, copilotChat(activity));
    const first = await c.say(start);
    expect(first).toHaveLength(1);
    expect(questionOf(cardOf(first[0]))).toBe((nextQuestion({}) as { question: string }).question);
    const clicks = await answerAll(c, AUTOPILOT);
    // Each answer but the last posts exactly the next question; the last posts the result and the instructions.
    for (const replies of clicks.slice(0, -1)) {
      expect(replies).toHaveLength(1);
      expect(questionOf(cardOf(replies[0]))).toBeDefined();
    }
    const final = clicks.at(-1) ?? [];
    expect(expectedSets).toBeGreaterThan(0);
    expect(final).toHaveLength(1 + expectedSets);
    expect(cardText(cardOf(final[0]))).toContain(SAYS.recommendation[lang]);
    expect(c.adapter.updates).toHaveLength(0);
    // Nothing assumes a team or a group chat: no @mentions anywhere.
    for (const m of c.messages.values()) expect(m.entities ?? []).toEqual([]);
  });

  test('the result’s view buttons post the comparison as a new message instead of changing the result', async () => {
    const c = new Conversation({ locale: LOCALE[lang] }, copilotChat(COPILOT_MARKERS[0]?.activity ?? {}));
    await c.say(start);
    const clicks = await answerAll(c, AUTOPILOT);
    const result = clicks.at(-1)?.[0];
    const view = buttonData(cardOf(result)).find((d) => d.verb === 'view' && d.view === 'comparison');
    const replies = await c.clickOn(result, view);
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toContain(SAYS.comparison[lang]);
    expect(cardText(cardOf(result?.id === undefined ? undefined : c.messages.get(result.id)))).toContain(SAYS.recommendation[lang]);
    expect(c.adapter.updates).toHaveLength(0);
  });

  test('a click on an older question card is answered with a clear note and changes no answer', async () => {
    const c = new Conversation({ locale: LOCALE[lang] }, copilotChat(COPILOT_MARKERS[0]?.activity ?? {}));
    const [firstCard] = await c.say(start);
    const firstQuestion = questionOf(cardOf(firstCard));
    await c.clickOn(firstCard, answerButtons(cardOf(firstCard)).find((b) => b.value === AUTOPILOT.ownership));
    const current = questionOf(cardOf(c.last()));
    // In Teams the old card would have been replaced; in Copilot it is still there with its buttons.
    const again = await c.clickOn(firstCard, answerButtons(cardOf(firstCard)).find((b) => b.value === 'personal'));
    expect(again).toHaveLength(1);
    expect(cardText(cardOf(again[0]))).toContain(SAYS.earlier[lang]);
    expect(questionOf(cardOf(again[0]))).toBe(current);
    expect(current).not.toBe(firstQuestion);
    expect(c.adapter.updates).toHaveLength(0);
  });

  test('after the result, a button of the finished advice gets a clear note', async () => {
    const c = new Conversation({ locale: LOCALE[lang] }, copilotChat(COPILOT_MARKERS[1]?.activity ?? {}));
    const [firstCard] = await c.say(start);
    await answerAll(c, AUTOPILOT);
    const late = await c.clickOn(firstCard, answerButtons(cardOf(firstCard))[0]);
    expect(late).toHaveLength(1);
    expect(cardText(cardOf(late[0]))).toContain(SAYS.noRun[lang]);
    expect(titleOf(late[0]).length).toBeGreaterThan(0);
    expect(c.adapter.updates).toHaveLength(0);
  });
});

/** Adaptive Card elements and actions of the standard schema (1.5) that Copilot renders. */
const STANDARD_TYPES = new Set([
  'AdaptiveCard', 'TextBlock', 'RichTextBlock', 'TextRun', 'Image', 'ImageSet', 'Container', 'ColumnSet', 'Column', 'FactSet',
  'ActionSet', 'Table', 'TableRow', 'TableCell', 'Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle',
  'Input.ChoiceSet', 'Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility',
]);

/** What a card carries that Copilot does not render (README, "Use it in Microsoft 365 Copilot"), as readable findings. */
function copilotProblems(card: unknown, path = '$'): string[] {
  if (Array.isArray(card)) return card.flatMap((c, i) => copilotProblems(c, `${path}[${i}]`));
  if (typeof card !== 'object' || card === null) return [];
  const n = card as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof n.type === 'string' && !STANDARD_TYPES.has(n.type)) problems.push(`${path}: ${n.type}`);
  if ('refresh' in n) problems.push(`${path}: refresh (Action.Execute)`);
  if (n.type === 'Input.ChoiceSet' && (n.style === 'filtered' || (typeof n.choices === 'object' && n.choices !== null && 'data' in n.choices))) {
    problems.push(`${path}: typeahead / people picker`);
  }
  if (n.type === 'Input.Text' && n.style === 'password') problems.push(`${path}: password input`);
  if (typeof n.msteams === 'object' && n.msteams !== null && 'entities' in n.msteams) problems.push(`${path}: @mention`);
  for (const [key, value] of Object.entries(n)) if (key !== 'data') problems.push(...copilotProblems(value, `${path}.${key}`));
  return problems;
}

describe('the cards the bot sends in Copilot stay within what Copilot renders', () => {
  test.each(LANGS)('%s: every message of an advice, its views, help and the employee questions', async (lang) => {
    const c = new Conversation({ locale: LOCALE[lang] }, copilotChat(COPILOT_MARKERS[0]?.activity ?? {}));
    await c.say(lang === 'nl' ? 'hulp' : 'help');
    await c.say(lang === 'nl' ? 'advies' : 'start');
    const clicks = await answerAll(c, AUTOPILOT);
    const result = clicks.at(-1)?.[0];
    for (const view of ['comparison', 'tasks']) await c.clickOn(result, buttonData(cardOf(result)).find((d) => d.verb === 'view' && d.view === view));
    await c.say(lang === 'nl' ? 'instructies' : 'instructions');
    const messages = [...c.messages.values()];
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) {
      for (const a of m.attachments ?? []) expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(copilotProblems(cardOf(m))).toEqual([]);
      expect(collectActions(cardOf(m)).filter((a) => a.type === 'Action.Execute')).toEqual([]);
      expect(m.text ?? '').not.toMatch(/<[a-z]/i);
    }
  });

  test('the check finds what Copilot does not render (so it can fail)', () => {
    const bad = {
      type: 'AdaptiveCard',
      refresh: { action: { type: 'Action.Execute' } },
      body: [
        { type: 'Input.ChoiceSet', id: 'who', choices: [], 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' }, style: 'filtered' },
        { type: 'Input.Text', id: 'pw', style: 'password' },
        { type: 'Media', sources: [] },
      ],
      msteams: { entities: [{ type: 'mention' }] },
    };
    expect(copilotProblems(bad)).toEqual([
      '$: refresh (Action.Execute)',
      '$: @mention',
      '$.refresh.action: Action.Execute',
      '$.body[0]: typeahead / people picker',
      '$.body[0].choices.data: Data.Query',
      '$.body[1]: password input',
      '$.body[2]: Media',
      '$.msteams.entities[0]: mention',
    ]);
  });
});
