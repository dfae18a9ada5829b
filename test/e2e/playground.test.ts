import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { buttonTitle } from '../../src/cards/wizard-card';
import { botText } from '../../src/content/bot';
import { conversationText } from '../../src/content/conversation';
import { instructionsPageText } from '../../src/content/instructions-page';
import { employeeQuestion } from '../../src/content/employee';
import { localizeInstructions } from '../../src/content/instructions';
import { criterionLabel } from '../../src/content/methods';
import { localizeAdminTasks } from '../../src/content/tasks';
import { localizeQuestion, unknownLabel } from '../../src/content/questions';
import type { Lang } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { adminTasks, nextQuestion, recommend } from '../../src/engine';
import { QUESTION_IDS, type Answers, type CriterionId, type InstructionSetId, type MethodId, type QuestionId } from '../../src/engine/types';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { E2E_RESULTS_DIR, fileSlug, PlaygroundChat, startAdvisorStack, stopAllStacks, within, type AdvisorStack } from '../helpers/playground';

/**
 * Column order of the comparison table, with the names a user must read, written out by hand: the full name on the
 * cards, the short code in the table's narrow column headers (explained by the legend).
 */
const METHODS: readonly { readonly id: MethodId; readonly name: Readonly<Record<Lang, string>>; readonly column: Readonly<Record<Lang, string>> }[] = [
  { id: 'automatic', name: { en: 'Automatic enrollment', nl: 'Automatische inschrijving' }, column: { en: 'A', nl: 'A' } },
  { id: 'autopilot', name: { en: 'Windows Autopilot', nl: 'Windows Autopilot' }, column: { en: 'AP', nl: 'AP' } },
  { id: 'groupPolicy', name: { en: 'Group Policy', nl: 'Groepsbeleid' }, column: { en: 'GP', nl: 'GB' } },
  { id: 'coManagement', name: { en: 'Co-management enrollment', nl: 'Inschrijving via co-beheer' }, column: { en: 'CM', nl: 'CB' } },
];

/** The measured size of one full advice, appended as JSON lines for the report. */
function recordSize(entry: Record<string, unknown>): void {
  mkdirSync(E2E_RESULTS_DIR, { recursive: true });
  appendFileSync(join(E2E_RESULTS_DIR, 'advice-size.jsonl'), `${JSON.stringify(entry)}\n`);
}

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
    mentions: ['Personal devices are registered, not enrolled', 'WIP user scope (formerly MAM user scope)'],
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
    mentions: ['Waarom deze methode', 'Voordat u kunt beginnen'],
    highlighted: { criterion: 'organization', method: 'groupPolicy', mark: '✔' },
  },
];

/** The question a card asks: the one whose text is a whole line of the card. */
function questionOn(cardText: string, lang: Lang): QuestionId | undefined {
  const lines = new Set(cardText.split('\n').map((l) => l.trim()));
  return QUESTION_IDS.find((id) => lines.has(localizeQuestion(id, lang).text));
}

/** The title of the answer button a user clicks for `answers[id]` (numbered, shortened to fit a button). */
function answerButtonTitle(id: QuestionId, answers: Answers, lang: Lang): string {
  const value = answers[id];
  if (value === undefined || value === 'unknown') return buttonTitle(unknownLabel(lang));
  const options = localizeQuestion(id, lang).options;
  const index = options.findIndex((o) => o.value === value);
  return buttonTitle(`${index + 1}. ${options[index]?.label ?? value}`);
}

/**
 * Answers every question on the run's one card by clicking, checking after each click that the same card changed
 * in place and nothing new was posted before the result; returns the questions asked and what the last click posted.
 */
async function answerOnOneCard(
  chat: PlaygroundChat,
  wizard: Locator,
  lang: Lang,
  answers: Answers,
  onAsked?: (n: number) => Promise<void>,
): Promise<{ asked: QuestionId[]; posted: Locator[] }> {
  const asked: QuestionId[] = [];
  for (;;) {
    const id = questionOn(await PlaygroundChat.cardOf(wizard).innerText(), lang);
    if (id === undefined) return { asked, posted: [] };
    if (asked.includes(id)) throw new Error(`The bot asked ${id} twice (asked so far: ${asked.join(', ')}).`);
    asked.push(id);
    await onAsked?.(asked.length);
    const posted = await chat.clickInPlace(wizard, answerButtonTitle(id, answers, lang));
    if (questionOn(await PlaygroundChat.cardOf(wizard).innerText(), lang) === undefined) return { asked, posted };
    expect(posted).toEqual([]);
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

/** An admin who starts by describing the situation in one sentence, and what they choose on the prerequisite card. */
interface DescribedRun {
  readonly lang: Lang;
  readonly sentence: string;
  /** What the sentence states, as the card's "I understood" line must show it (one label per fact). */
  readonly understood: readonly string[];
  /** The answers picked in the dropdowns and clicked afterwards; anything else asked is answered "don't know". */
  readonly answers: Answers;
  readonly method: MethodId;
}

const DESCRIBED_RUNS: readonly DescribedRun[] = [
  {
    lang: 'en',
    sentence: 'Company-owned laptops, hybrid joined, we keep SCCM, about 300 new devices',
    understood: ['I understood: organization-owned', 'hybrid joined', 'Configuration Manager stays'],
    answers: { azureAdPremium: 'yes', otherMdm: 'no', windowsVersion: 'win11' },
    method: 'coManagement',
  },
  {
    lang: 'nl',
    sentence: 'Laptops van de organisatie, hybride gekoppeld, we houden SCCM, ongeveer 300 nieuwe apparaten',
    understood: ['Ik begreep: bedrijfseigendom', 'hybride gekoppeld', 'Configuration Manager blijft'],
    answers: { azureAdPremium: 'yes', otherMdm: 'no', windowsVersion: 'win11' },
    method: 'coManagement',
  },
];

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
    'an admin clicks through the advice ($name) on one card that becomes the result; instructions follow as one more message',
    async (run) => {
      const { chat } = open();
      const ui = uiText(run.lang);
      const views = conversationText(run.lang).views;
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
      const first = await chat.messages.count() - start.length;
      expect(start).toHaveLength(1);
      const wizard = start[0];
      expect(await wizard.innerText()).toContain(ui.question.progress(1, 8).replace(/\d+$/, ''));

      const { asked, posted } = await answerOnOneCard(chat, wizard, run.lang, run.answers, async (n) => {
        // Mid-conversation: the answers so far above the current question (a README screenshot).
        if (n === 3) await chat.screenshot(`admin-${run.lang}-question-3`, wizard);
      });
      expect(asked[0]).toBe('ownership');
      // From start to the complete result: the one card plus the employee instructions.
      const messages = (await chat.messages.count()) - first;
      expect(messages).toBeLessThanOrEqual(3);
      expect(posted).toHaveLength(run.sets.length);

      const recommendationText = await wizard.innerText();
      expect(recommendationText).toContain(ui.recommendation.heading);
      expect(recommendationText).toContain(methodName(run.method, run.lang));
      for (const mention of run.mentions) expect(recommendationText).toContain(mention);
      expect(await chat.buttons(wizard)).toEqual([conversationText(run.lang).currentView(views.recommendation), views.comparison, views.tasks, ui.buttons.publish, ui.buttons.restart]);
      for (const title of await chat.buttons(wizard)) expect(title.length).toBeLessThanOrEqual(35);
      await chat.screenshot(`admin-${run.lang}-recommendation`, wizard);
      let height = 0;
      for (let i = first; i < first + messages; i++) height += await chat.height(chat.messages.nth(i));
      recordSize({ lang: run.lang, messages, heightPx: height, recommendationPx: await chat.height(wizard), viewport: 1280 });

      // The comparison replaces the recommendation on the same card: short column codes, the admin's rows marked ▶.
      expect(await chat.clickInPlace(wizard, views.comparison)).toEqual([]);
      const table = wizard.getByRole('table');
      expect((await table.getByRole('columnheader').allInnerTexts()).map((t) => t.trim())).toEqual([
        ui.comparison.situation,
        ...METHODS.map((m) => m.column[run.lang]),
      ]);
      // No heading breaks over two lines (let alone mid-word) at the Playground's card width.
      const headerLines = await table.getByRole('columnheader').evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(headerLines.every((n) => n <= 1)).toBe(true);
      const situation = criterionLabel(run.highlighted.criterion, run.lang);
      const row = table.getByRole('row').filter({ hasText: situation });
      const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
      expect(cells[0]).toBe(`▶ ${situation}`);
      expect(cells[1 + METHODS.findIndex((m) => m.id === run.highlighted.method)]).toBe(run.highlighted.mark);
      const comparisonText = await wizard.innerText();
      expect(comparisonText).toContain(`${methodName(run.method, run.lang)}`);
      expect(comparisonText.match(/★/g)).toHaveLength(1);
      await chat.screenshot(`admin-${run.lang}-comparison`, wizard);
      recordSize({ lang: run.lang, view: 'comparison', comparisonPx: await chat.height(wizard), viewport: 1280 });

      // Admin tasks, on the same card again.
      expect(await chat.clickInPlace(wizard, views.tasks)).toEqual([]);
      const tasksText = await wizard.innerText();
      expect(tasksText).toContain(ui.adminTasks.forMethod(methodName(run.method, run.lang)));
      // The bot knows only the answers it asked for; the rest are "don't know".
      const given: Answers = Object.fromEntries(asked.map((id) => [id, run.answers[id] ?? 'unknown']));
      const advice = recommend(given);
      const taskTitles = localizeAdminTasks(adminTasks(advice, given), advice, run.lang, undefined, given).map((task) => task.title);
      expect(taskTitles.length).toBeGreaterThan(0);
      for (const title of taskTitles) expect(tasksText).toContain(title);
      await chat.screenshot(`admin-${run.lang}-tasks`, wizard);
      await chat.clickInPlace(wizard, views.recommendation);

      // The employee instructions: a card of their own, e-mail text and printable page as actions (nothing posted).
      for (const [i, set] of run.sets.entries()) {
        const instructions = localizeInstructions(set, run.lang);
        const card = posted[i] ?? wizard;
        const text = await card.innerText();
        expect(text).toContain(instructions.title);
        expect(text).toContain(ui.instructions.generalNotice);
        for (const step of instructions.steps) expect(text).toContain(step);
        expect(await PlaygroundChat.cardOf(card).getByRole('link').allInnerTexts()).toContain(instructionsPageText(run.lang).plainTextButton);
        await chat.screenshot(`admin-${run.lang}-instructions`, card);
      }
      expect(await chat.messages.count()).toBe(first + messages);
      // Phone width: test/cards/phone-width.browser.test.ts renders the same cards in a 375 px page (the Playground's
      // own layout does not shrink to a phone).
    },
    240_000,
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
    expect(await chat.buttons(first)).toEqual(owner.options.map((o, i) => buttonTitle(`${i + 1}. ${o.label}`)));

    const obtained = employeeQuestion('obtained', 'en');
    const [second] = await chat.click(first, buttonTitle(`1. ${owner.options[0].label}`));
    expect(await second.innerText()).toContain(obtained.text);

    const newFromIt = obtained.options.find((o) => o.value === 'new-from-it');
    if (newFromIt === undefined) throw new Error('no new-from-it option');
    const replies = await chat.click(second, buttonTitle(`${obtained.options.indexOf(newFromIt) + 1}. ${newFromIt.label}`));
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

  test('older question cards are closed (no buttons) when the advice moves on; only one live question card', async () => {
    const { chat } = open();
    const ui = uiText('en');
    const ownership = localizeQuestion('ownership', 'en');
    // The question after "personal devices" (the interview's order belongs to the engine).
    const afterPersonal = nextQuestion({ ownership: 'personal' });
    if (afterPersonal.done) throw new Error('the engine asks nothing after the ownership question');
    const affinity = localizeQuestion(afterPersonal.question, 'en');
    const welcome = chat.message(ui.welcome.title);

    const [firstCard] = await chat.click(welcome, ui.buttons.start);
    await chat.clickInPlace(firstCard, answerButtonTitle('ownership', { ownership: 'personal' }, 'en'));
    expect(await firstCard.innerText()).toContain(affinity.text);

    // A typo is answered on the same card.
    expect(await chat.sayInPlace(firstCard, 'purple')).toEqual([]);
    expect(await firstCard.innerText()).toContain(botText('en').hint.title);

    // "Start advice" on the old welcome card moves the running advice to a new card below; the old one closes.
    const [moved] = await chat.click(welcome, ui.buttons.start);
    expect(await moved.innerText()).toContain(affinity.text);
    expect(await chat.buttons(firstCard)).toEqual([]);
    expect(await firstCard.innerText()).toContain(conversationText('en').retired.moved);

    // restart closes that card too and starts over on a new one.
    const [restarted] = await chat.say('restart');
    expect(await restarted.innerText()).toContain(ownership.text);
    expect(await chat.buttons(moved)).toEqual([]);
    expect(await moved.innerText()).toContain(conversationText('en').retired.restarted);
    await chat.screenshot('older-cards-closed', firstCard);

    const live = [];
    for (let i = 0; i < (await chat.messages.count()); i++) {
      if ((await chat.buttons(chat.messages.nth(i))).some((b) => b.startsWith('1. '))) live.push(i);
    }
    expect(live).toHaveLength(1);
    await chat.clickInPlace(restarted, answerButtonTitle('ownership', { ownership: 'organization' }, 'en'));
    expect(await restarted.innerText()).toContain(ui.question.progress(2, 8).replace(/\d+$/, ''));
  }, 120_000);

  test.each(['en', 'nl'] as const)(
    '%s: helpdesk inserts an instruction card with the message extension (+ → Search Command); the bot does not answer it',
    async (lang) => {
      const { chat } = open();
      // The Playground always says en-US; a Dutch helpdesk agent switched the bot to Dutch once.
      if (lang === 'nl') await chat.say('taal nl');
      const { title, listTitle } = localizeInstructions('autopilot-user-driven', lang);
      const result = await chat.searchMessageExtension('autopilot', listTitle);
      await chat.screenshot(`message-extension-${lang}-results`);
      const replies = await chat.insertAndSend(result);
      expect(replies).toEqual([]);
      const inserted = chat.page.locator('.ac-adaptiveCard').filter({ hasText: title }).last();
      await inserted.waitFor();
      for (const step of localizeInstructions('autopilot-user-driven', lang).steps) expect(await inserted.innerText()).toContain(step);
      expect(await inserted.getByRole('link').allInnerTexts()).toContain(instructionsPageText(lang).plainTextButton);
      await inserted.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await chat.screenshot(`message-extension-${lang}-inserted`);
    },
    120_000,
  );

  test.each(DESCRIBED_RUNS)(
    '[$lang] one sentence, then the "before I recommend" card with dropdowns, then the result on the same card (at most 3 bot messages)',
    async (run) => {
      const { chat } = open();
      const p = conversationText(run.lang).prerequisites;
      // The Playground always says en-US: a Dutch admin switches first (a notice, not part of the advice).
      if (run.lang === 'nl') await chat.say('taal nl');
      const first = await chat.messages.count();
      const replies = await chat.say(run.sentence);
      expect(replies).toHaveLength(1);
      const card = replies[0];
      const text = await PlaygroundChat.cardOf(card).innerText();
      expect(text).toContain(p.title);
      for (const fact of run.understood) expect(text.toLowerCase()).toContain(fact.toLowerCase());
      await chat.screenshot(`described-${run.lang}-prerequisites`, card);

      // One dropdown per open hard stop, each labelled with its question; "Choose…" until something is picked.
      const asked = QUESTION_IDS.filter((q) => text.includes(localizeQuestion(q, run.lang).text));
      expect(asked.length).toBeGreaterThanOrEqual(2);
      const dropdowns = PlaygroundChat.cardOf(card).getByRole('combobox');
      expect(await dropdowns.count()).toBe(asked.length);
      for (const [i, id] of asked.entries()) {
        const value = run.answers[id] ?? 'unknown';
        const option = value === 'unknown' ? unknownLabel(run.lang) : localizeQuestion(id, run.lang).options.find((o) => o.value === value)?.label;
        const dropdown = dropdowns.nth(i);
        await dropdown.click();
        // The open dropdown's own list (the page keeps earlier lists, with the same options, in the DOM).
        const list = await dropdown.getAttribute('aria-controls');
        if (list === null) throw new Error(`The dropdown for ${id} opened no list.`);
        await chat.page.locator(`[id="${list}"]`).getByRole('option', { name: option ?? '', exact: true }).click();
      }
      const posted = await chat.clickInPlace(card, p.submit);
      expect(posted).toEqual([]);
      const { posted: atResult } = await answerOnOneCard(chat, card, run.lang, run.answers);
      const views = conversationText(run.lang).views;
      await PlaygroundChat.cardOf(card).getByRole('button', { name: new RegExp(views.comparison) }).waitFor();
      expect(await PlaygroundChat.cardOf(card).innerText()).toContain(methodName(run.method, run.lang));
      await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await chat.screenshot(`described-${run.lang}-result`, card);
      expect(atResult.length).toBeLessThanOrEqual(1);
      // The bot's messages since the sentence: this card, then the employee instructions.
      expect((await chat.messages.count()) - first).toBeLessThanOrEqual(3);
    },
    180_000,
  );
});
