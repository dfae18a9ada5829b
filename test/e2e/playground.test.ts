import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { botText } from '../../src/content/bot';
import { employeeQuestion } from '../../src/content/employee';
import { instructionsAsPlainText, localizeInstructions } from '../../src/content/instructions';
import { criterionLabel } from '../../src/content/methods';
import { localizeAdminTasks } from '../../src/content/tasks';
import { localizeQuestion, unknownLabel } from '../../src/content/questions';
import type { Lang } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { adminTasks, recommend } from '../../src/engine';
import { QUESTION_IDS, type Answers, type CriterionId, type InstructionSetId, type MethodId, type QuestionId } from '../../src/engine/types';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { E2E_RESULTS_DIR, fileSlug, PlaygroundChat, startAdvisorStack, stopAllStacks, within, type AdvisorStack } from '../helpers/playground';

/**
 * Column order of the comparison table, with the names a user must read, written out by hand: the full name on the
 * cards, the short one in the table's narrow column headers.
 */
const METHODS: readonly { readonly id: MethodId; readonly name: Readonly<Record<Lang, string>>; readonly column: Readonly<Record<Lang, string>> }[] = [
  { id: 'automatic', name: { en: 'Automatic enrollment', nl: 'Automatische inschrijving' }, column: { en: 'Automatic', nl: 'Automatisch' } },
  { id: 'autopilot', name: { en: 'Windows Autopilot', nl: 'Windows Autopilot' }, column: { en: 'Autopilot', nl: 'Autopilot' } },
  { id: 'groupPolicy', name: { en: 'Group Policy', nl: 'Groepsbeleid' }, column: { en: 'Group Policy', nl: 'Groepsbeleid' } },
  { id: 'coManagement', name: { en: 'Co-management enrollment', nl: 'Inschrijving via co-beheer' }, column: { en: 'Co-management', nl: 'Co-beheer' } },
];

const methodName = (id: MethodId, lang: Lang): string => {
  const method = METHODS.find((m) => m.id === id);
  if (method === undefined) throw new Error(`No name for ${id}`);
  return method.name[lang];
};

/** An admin conversation clicked through in the Playground, and what its result cards must show. */
interface AdminRun {
  readonly name: string;
  readonly lang: Lang;
  /** What the admin clicks for each question the bot asks; a question not listed is answered "don't know". */
  readonly answers: Answers;
  readonly method: MethodId;
  readonly sets: readonly InstructionSetId[];
  /** Text the recommendation card must show besides the method. */
  readonly mentions: readonly string[];
  /** A comparison row (the guide's situation) that must be marked as the admin's, and the mark in a method's column. */
  readonly highlighted: { readonly criterion: CriterionId; readonly method: MethodId; readonly mark: '✔' | '✘' | '—' };
}

const ADMIN_RUNS: readonly AdminRun[] = [
  {
    name: 'English: personal devices, only the work account managed',
    lang: 'en',
    answers: { ownership: 'personal', userAffinity: 'single', windowsVersion: 'win10-1803-plus', manage: 'account', otherMdm: 'no', volume: 'few' },
    method: 'automatic',
    sets: ['automatic-personal-register'],
    mentions: ['MAM user scope', 'Some or All'],
    highlighted: { criterion: 'personal', method: 'autopilot', mark: '✘' },
  },
  {
    name: 'Dutch (after clicking Nederlands): domain-joined devices without Configuration Manager',
    lang: 'nl',
    answers: {
      ownership: 'organization',
      userAffinity: 'single',
      windowsVersion: 'win10-1803-plus',
      azureAdPremium: 'yes',
      identity: 'onprem',
      configMgr: 'none',
      purchase: 'other',
      remoteWorkers: 'no',
      demAccount: 'no',
      otherMdm: 'no',
      volume: 'few',
      conditionalAccess: 'no',
    },
    method: 'groupPolicy',
    sets: ['group-policy'],
    mentions: ['Waarom', 'Voordat u begint'],
    highlighted: { criterion: 'organization', method: 'groupPolicy', mark: '✔' },
  },
];

/** The question a card asks: the one whose text is a whole line of the card. */
function questionOn(cardText: string, lang: Lang): QuestionId | undefined {
  const lines = new Set(cardText.split('\n').map((l) => l.trim()));
  return QUESTION_IDS.find((id) => lines.has(localizeQuestion(id, lang).text));
}

function answerLabel(id: QuestionId, answers: Answers, lang: Lang): string {
  const value = answers[id];
  if (value === undefined || value === 'unknown') return unknownLabel(lang);
  const option = localizeQuestion(id, lang).options.find((o) => o.value === value);
  if (option === undefined) throw new Error(`${id} has no option ${value}`);
  return option.label;
}

/**
 * Answers each question card by clicking its button, checking that the clicked card turns into the answer (no
 * buttons left), until the bot stops asking. Returns the questions in the order asked and the bot's last replies.
 */
async function answerByClicking(
  chat: PlaygroundChat,
  firstQuestion: Locator,
  lang: Lang,
  answers: Answers,
  onAsked?: (n: number, card: Locator) => Promise<void>,
): Promise<{ asked: QuestionId[]; results: Locator[] }> {
  const asked: QuestionId[] = [];
  let card = firstQuestion;
  for (;;) {
    const id = questionOn(await card.innerText(), lang);
    if (id === undefined) throw new Error(`Expected a question card, got:\n${await card.innerText()}`);
    if (asked.includes(id)) throw new Error(`The bot asked ${id} twice (asked so far: ${asked.join(', ')}).`);
    asked.push(id);
    await onAsked?.(asked.length, card);
    const label = answerLabel(id, answers, lang);
    const replies = await chat.click(card, label);
    // The clicked card is replaced in place by the question and the chosen answer.
    await PlaygroundChat.cardOf(card).filter({ hasText: uiText(lang).answered.yourAnswer }).filter({ hasText: label }).waitFor();
    expect(await chat.buttons(card)).toEqual([]);
    const next = replies[replies.length - 1];
    if (questionOn(await next.innerText(), lang) === undefined) return { asked, results: replies };
    card = next;
  }
}

/** The first of `messages` whose card starts with `title` (its heading). */
async function cardTitled(messages: readonly Locator[], title: string): Promise<Locator> {
  const firstLines = await Promise.all(
    messages.map(async (m) => ((await PlaygroundChat.cardOf(m).count()) > 0 ? (await PlaygroundChat.cardOf(m).innerText()).trim().split('\n')[0] : '')),
  );
  const index = firstLines.findIndex((line) => line.trim() === title);
  if (index === -1) throw new Error(`No card titled "${title}"; the cards start with: ${JSON.stringify(firstLines)}`);
  return messages[index];
}

/** The messages among `messages` that carry a card. */
async function withCards(messages: readonly Locator[]): Promise<Locator[]> {
  const counts = await Promise.all(messages.map((m) => PlaygroundChat.cardOf(m).count()));
  return messages.filter((_, i) => counts[i] > 0);
}

const SUITE = 'the bot in the Microsoft 365 Agents Playground (headless Chromium)';

describeWithChromium(SUITE, () => {
  let browser: Browser | undefined;
  let stack: AdvisorStack | undefined;
  let chat: PlaygroundChat | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await stopAllStacks();
    await within(15_000, browser?.close() ?? Promise.resolve());
  }, 60_000);

  beforeEach(async () => {
    stack = await startAdvisorStack();
    if (browser === undefined) throw new Error('Chromium did not start.');
    chat = await PlaygroundChat.open(browser, stack);
  }, 150_000);

  afterEach(async () => {
    const name = fileSlug((expect.getState().currentTestName ?? 'e2e').replace(SUITE, ''));
    // Each browser step is bounded, so the bot and the Playground are always stopped within this hook's time.
    try {
      if (chat !== undefined) await within(10_000, chat.screenshot(`${name}-end`));
      stack?.saveLogs(name, (chat?.blockedRequests ?? []).map((url) => `blocked (not loopback): ${url}`));
    } finally {
      if (chat !== undefined) await within(10_000, chat.close());
      chat = undefined;
      await stack?.stop();
      stack = undefined;
    }
  }, 60_000);

  const open = (): { chat: PlaygroundChat; stack: AdvisorStack } => {
    if (chat === undefined || stack === undefined) throw new Error('The Playground is not open.');
    return { chat, stack };
  };

  test.each(ADMIN_RUNS)(
    'an admin clicks through the advice ($name) and gets the recommendation, comparison, tasks and instructions',
    async (run) => {
      const { chat } = open();
      const ui = uiText(run.lang);
      // Teams and the Playground send installationUpdate and conversationUpdate at once: still one greeting.
      expect(await chat.messages.filter({ hasText: uiText('en').welcome.title }).count()).toBe(1);
      const welcome = chat.message(uiText('en').welcome.title);
      expect(await chat.buttons(welcome)).toEqual(
        (['start', 'compare', 'employee', 'help'] as const).map((b) => uiText('en').buttons[b]),
      );

      let start: Locator[];
      if (run.lang === 'en') {
        start = await chat.click(welcome, ui.buttons.start);
      } else {
        // The Playground always says en-US, so a Dutch admin switches on the help card, then types the Dutch command.
        const [help] = await chat.click(welcome, uiText('en').buttons.help);
        const [switched] = await chat.click(help, uiText('en').help.switchLanguage);
        expect(await switched.innerText()).toContain(botText('nl').language.switched);
        start = await chat.say('advies');
      }
      expect(await start[0].innerText()).toContain(ui.question.progress(1, 8).replace(/\d+$/, ''));

      const { asked, results } = await answerByClicking(chat, start[0], run.lang, run.answers, async (n) => {
        // Mid-conversation: answered cards above, the current question below (a README screenshot).
        if (n === 3) await chat.screenshot(`admin-${run.lang}-question-3`);
      });
      expect(asked[0]).toBe('ownership');

      const recommendation = await cardTitled(results, ui.recommendation.heading);
      const recommendationText = await recommendation.innerText();
      expect(recommendationText).toContain(methodName(run.method, run.lang));
      for (const mention of run.mentions) expect(recommendationText).toContain(mention);
      expect(await chat.buttons(recommendation)).toEqual(
        (['publish', 'showComparison', 'showTasks', 'showInstructions'] as const).map((b) => ui.buttons[b]),
      );
      await chat.screenshot(`admin-${run.lang}-recommendation`, recommendation);

      // The comparison is a real table: a header row with the four methods, the admin's rows marked ▶, ★ on the pick.
      const comparison = await cardTitled(results, ui.comparison.title);
      const table = comparison.getByRole('table');
      expect((await table.getByRole('columnheader').allInnerTexts()).map((t) => t.trim())).toEqual([
        ui.comparison.situation,
        ...METHODS.map((m) => m.column[run.lang]),
      ]);
      const situation = criterionLabel(run.highlighted.criterion, run.lang);
      const row = table.getByRole('row').filter({ hasText: situation });
      const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
      expect(cells[0]).toBe(`▶ ${situation}`);
      expect(cells[1 + METHODS.findIndex((m) => m.id === run.highlighted.method)]).toBe(run.highlighted.mark);
      const verdicts = (await table.getByRole('row').filter({ hasText: ui.comparison.verdictRow }).getByRole('cell').allInnerTexts()).map(
        (t) => t.trim(),
      );
      expect(verdicts.filter((v) => v.startsWith('★'))).toHaveLength(1);
      expect(verdicts[1 + METHODS.findIndex((m) => m.id === run.method)]).toMatch(/^★/);
      await chat.screenshot(`admin-${run.lang}-comparison`, comparison);

      const tasks = await cardTitled(results, ui.adminTasks.title);
      const tasksText = await tasks.innerText();
      expect(tasksText).toContain(ui.adminTasks.forMethod(methodName(run.method, run.lang)));
      // The bot knows only the answers it asked for; the rest are "don't know".
      const given: Answers = Object.fromEntries(asked.map((id) => [id, run.answers[id] ?? 'unknown']));
      const advice = recommend(given);
      const taskTitles = localizeAdminTasks(adminTasks(advice, given), advice, run.lang, undefined, given).map((task) => task.title);
      expect(taskTitles.length).toBeGreaterThan(0);
      for (const title of taskTitles) expect(tasksText).toContain(title);

      for (const set of run.sets) {
        const instructions = localizeInstructions(set, run.lang);
        const card = await cardTitled(results, instructions.title);
        const text = await card.innerText();
        expect(text).toContain(ui.instructions.generalNotice);
        for (const step of instructions.steps) expect(text).toContain(step);
        await chat.screenshot(`admin-${run.lang}-instructions`, card);
      }
      // The same instructions as plain text, ready to paste into an e-mail, arrive as the last message.
      const plain = await results[results.length - 1].innerText();
      expect(plain).toContain(botText(run.lang).results.plainTextIntro);
      for (const set of run.sets) {
        for (const line of instructionsAsPlainText(localizeInstructions(set, run.lang), run.lang).split('\n')) expect(plain).toContain(line);
      }
    },
    180_000,
  );

  test('a Teams client set to Dutch (locale nl-NL, sent with Mock an Activity) is answered in Dutch', async () => {
    const { chat, stack } = open();
    const replies = await chat.expectReply(() => stack.sendMockActivity({ text: 'help', locale: 'nl-NL' }));
    const help = await cardTitled(replies, uiText('nl').help.title);
    expect(await help.innerText()).toContain(uiText('nl').help.commands.start.usage);
    expect(await chat.buttons(help)).toContain(uiText('nl').help.switchLanguage);
    await chat.screenshot('locale-nl-help', help);
    // Offline: the page asked the internet for nothing but fonts and images (blocked), and everything above worked.
    expect(chat.blockedRequests.filter((url) => !/\.(woff2?|ttf|png|svg|js)(\?|$)/.test(new URL(url).pathname))).toEqual([]);
  }, 120_000);

  test('an employee asks how to enroll their laptop and gets step-by-step instructions by clicking two answers', async () => {
    const { chat } = open();
    const ui = uiText('en');
    const asked = await chat.say('how do I enroll my laptop?');
    expect(await asked[0].innerText()).toContain(botText('en').employee.intro);
    const [first] = await withCards(asked);
    const owner = employeeQuestion('deviceOwner', 'en');
    expect(await first.innerText()).toContain(ui.employee.title);
    expect(await first.innerText()).toContain(owner.text);
    expect(await chat.buttons(first)).toEqual(owner.options.map((o, i) => `${i + 1}. ${o.label}`));

    const obtained = employeeQuestion('obtained', 'en');
    const [second] = await chat.click(first, owner.options[0].label);
    expect(await second.innerText()).toContain(obtained.text);

    const newFromIt = obtained.options.find((o) => o.value === 'new-from-it');
    if (newFromIt === undefined) throw new Error('no new-from-it option');
    const replies = await chat.click(second, newFromIt.label);
    // No organization settings are published, so a new work device gets the general automatic-enrollment steps.
    const instructions = localizeInstructions('automatic-organization', 'en');
    const card = await cardTitled(replies, instructions.title);
    const text = await card.innerText();
    expect(text).toContain(ui.instructions.generalNotice);
    for (const step of instructions.steps) expect(text).toContain(step);
    await chat.screenshot('employee-instructions', card);

    // "Open printable page" leaves the chat: a new tab with the same instructions, served by the bot's own server.
    const [printable] = await Promise.all([
      chat.page.context().waitForEvent('page'),
      // The Playground renders Action.OpenUrl as a link, not a button.
      PlaygroundChat.cardOf(card).getByRole('link', { name: ui.buttons.openPrintable, exact: true }).click(),
    ]);
    await printable.waitForLoadState();
    expect(new URL(printable.url()).pathname).toBe('/instructions/automatic-organization');
    expect((await printable.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(instructions.title);
    const printedSteps = (await printable.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
    expect(printedSteps).toEqual(expect.arrayContaining([...instructions.steps]));
    await printable.screenshot({ path: join(E2E_RESULTS_DIR, 'employee-printable-page.png') });
  }, 120_000);

  test('a click on an old card changes nothing and says where the advice is; the newest card still works', async () => {
    const { chat } = open();
    const ui = uiText('en');
    const text = botText('en');
    const ownership = localizeQuestion('ownership', 'en');
    const affinity = localizeQuestion('userAffinity', 'en');
    const welcome = chat.message(ui.welcome.title);

    const [firstRunQ1] = await chat.click(welcome, ui.buttons.start);
    const [firstRunQ2] = await chat.click(firstRunQ1, answerLabel('ownership', { ownership: 'personal' }, 'en'));
    expect(await firstRunQ2.innerText()).toContain(affinity.text);

    // Starting again from the old welcome card while a run is going does not start a second one.
    const running = await chat.click(welcome, ui.buttons.start);
    expect(running).toHaveLength(2);
    expect(await running[0].innerText()).toContain(text.running.text(2, affinity.text));
    expect(await running[1].innerText()).toContain(affinity.text);

    const [secondRunQ1] = await chat.say('restart');
    expect(await secondRunQ1.innerText()).toContain(ownership.text);

    // The first run's question 2 still shows its buttons in the Playground (as in Teams); clicking one is stale.
    const [stale] = await chat.click(firstRunQ2, answerLabel('userAffinity', { userAffinity: 'single' }, 'en'));
    expect(await stale.innerText()).toContain(text.stale.title);
    expect(await stale.innerText()).toContain(text.stale.earlierRun(1, ownership.text));
    await chat.screenshot('stale-click', firstRunQ2);

    // The answers are unchanged: the current run still starts at question 1, and its card answers normally.
    const [next] = await chat.click(secondRunQ1, answerLabel('ownership', { ownership: 'organization' }, 'en'));
    expect(await next.innerText()).toContain(ui.question.progress(2, 8).replace(/\d+$/, ''));
    expect(await next.innerText()).toContain(affinity.text);
  }, 120_000);
});
