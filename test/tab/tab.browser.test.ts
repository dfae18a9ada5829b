import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { criterionLabel, localizeAdminTasks, localizeInstructions, localizeQuestion, markSymbol, methodName, methodShortName } from '../../src/content';
import { tabText } from '../../src/content/tab';
import type { Lang } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { adminTasks, instructionSets, MATRIX, recommend, validateAnswers } from '../../src/engine';
import { CRITERION_IDS, METHOD_IDS, type Answers, type Recommendation } from '../../src/engine/types';
import { PALETTES } from '../../src/tab/theme';
import { cardScenario } from '../fixtures/card-scenarios';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { startApp, type RunningApp } from '../server/http-harness';
import { buildTabBundle } from './support';

jest.setTimeout(90_000);

const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'tab');
/** The tab as Teams would load it (https), routed by the browser to the test server. */
const TAB_ORIGIN = 'https://advisor.test';
const TEAMS_ORIGIN = 'https://teams.microsoft.com';
const FOREIGN_ORIGIN = 'https://intranet.example';

type Surface = Page | Frame;

/** Saves a full-length picture of what the user sees, into test-results/tab/. */
type Shoot = (name: string) => Promise<unknown>;

function pageShooter(page: Page): Shoot {
  return (name) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Inside the fake Teams the tab is an iframe; the picture is of that frame's element. */
function frameShooter(page: Page): Shoot {
  return (name) => page.locator('#tab').screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

interface Run {
  readonly given: Record<string, string>;
  readonly rec: Recommendation;
  readonly answers: Answers;
}

/**
 * Stands in for Teams: frames the tab and answers teams-js' initialize and getContext over postMessage, the way
 * a Microsoft 365 host does, with the locale and theme from its own query string. changeTheme() is Teams switching theme.
 */
const FAKE_TEAMS_HOST = `<!doctype html><html><head><meta charset="utf-8"><title>Teams</title></head>
<body style="margin:0;background:#111">
<iframe id="tab" src="${TAB_ORIGIN}/tab/" style="width:1100px;height:2000px;border:0"></iframe>
<script>
  const params = new URLSearchParams(location.search);
  const frame = document.getElementById('tab');
  window.hostCalls = [];
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data;
    if (!m || typeof m.func !== 'string') return;
    window.hostCalls.push(m.func);
    const reply = (args) => event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
    if (m.func === 'initialize') {
      reply(['content', 'web', JSON.stringify({ apiVersion: 4, supports: { app: {}, pages: { config: {}, backStack: {} }, teamsCore: {} } }), '2.0.0']);
    } else if (m.func === 'getContext') {
      reply([{ locale: params.get('locale'), theme: params.get('theme'), entityId: 'advisor', frameContext: 'content', hostClientType: 'web', appSessionId: '1f0e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' }]);
    }
  });
  window.changeTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '${TAB_ORIGIN}');
</script></body></html>`;

/** Any page that frames the tab: the same origin (allowed) or an intranet (refused by frame-ancestors). */
function framingPage(src: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><iframe id="tab" src="${src}" style="width:1100px;height:1000px;border:0"></iframe></body></html>`;
}

describeWithChromium('the personal tab in Chromium', () => {
  let browser: Browser;
  let app: RunningApp;
  let bundle: { dir: string; remove: () => void };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    bundle = await buildTabBundle();
    app = await startApp({ tabDir: bundle.dir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    bundle?.remove();
  });

  /** A browser context in `locale` with no network but the test server: Teams' CDN is refused, advisor.test is routed. */
  async function newContext(locale: string): Promise<BrowserContext> {
    const context = await browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(15_000);
    // teams-js asks a CDN for trusted host origins and falls back to its built-in list; there is no internet here.
    await context.route('https://res.cdn.office.net/**', (route) => route.abort());
    await context.route(`${TAB_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/_test/frame.html') {
        await route.fulfill({ contentType: 'text/html', body: framingPage('/tab/') });
        return;
      }
      // Uncompressed, so what the route hands on is exactly what the server sent.
      const response = await route.fetch({ url: `${app.base}${url.pathname}${url.search}`, headers: { ...route.request().headers(), 'accept-encoding': 'identity' } });
      await route.fulfill({ response });
    });
    await context.route(`${TEAMS_ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: FAKE_TEAMS_HOST }));
    await context.route(`${FOREIGN_ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: framingPage(`${TAB_ORIGIN}/tab/`) }));
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    return context;
  }

  /** Opens the tab at the top level (a plain browser, outside Teams) and collects script errors. */
  async function openPlain(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${app.base}/tab/`);
    await page.locator('main[data-screen="welcome"]').waitFor();
    return { page, errors };
  }

  /** Clicks through the wizard: each asked question gets its value from `answers`, or Don't know. */
  async function answerAll(surface: Surface, answers: Answers): Promise<Run> {
    const given: Record<string, string> = {};
    const source = answers as Readonly<Record<string, string | undefined>>;
    for (let i = 0; i < 20; i++) {
      await surface.locator('main[data-screen="question"], main[data-screen="results"]').first().waitFor();
      if ((await surface.locator('main[data-screen="results"]').count()) > 0) break;
      const question = (await surface.locator('[data-question]').getAttribute('data-question')) ?? '';
      const value = source[question] ?? 'unknown';
      given[question] = value;
      await surface.locator(`.option[data-value="${value}"]`).click();
      await surface.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
    }
    await surface.locator('main[data-screen="results"] .ac-adaptiveCard').first().waitFor();
    const checked = validateAnswers(given);
    if (!checked.ok) throw new Error(`the wizard sent answers the engine refuses: ${JSON.stringify(given)}`);
    return { given, answers: checked.answers, rec: recommend(checked.answers) };
  }

  async function viewText(surface: Surface): Promise<string> {
    return surface.locator('[role="tabpanel"]').innerText();
  }

  async function openView(surface: Surface, view: string): Promise<void> {
    await surface.locator(`[role="tab"][data-view="${view}"]`).click();
    await surface.locator(`[role="tabpanel"][data-view="${view}"]`).waitFor();
  }

  /** The comparison table's rows as the user reads them: label (without the ▶ marker) and the four marks. */
  async function tableRows(surface: Surface): Promise<string[][]> {
    const rows = surface.locator('[role="tabpanel"] [role="table"] [role="row"]');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = await rows.nth(i).locator('[role="cell"], [role="columnheader"], [role="rowheader"]').allInnerTexts();
      out.push(cells.map((c) => c.trim().replace(/^\u25b6\s*/, '')));
    }
    return out;
  }

  /** What a user of `lang` must see after the advice for `run`, checked view by view. */
  async function expectAdvice(surface: Surface, run: Run, lang: Lang, shoot: Shoot, shot: string): Promise<void> {
    const ui = uiText(lang);
    const method = run.rec.recommended;
    if (method === null) throw new Error('this flow should end in a recommendation');

    const recommendation = await viewText(surface);
    expect(recommendation).toContain(ui.recommendation.heading);
    expect(recommendation).toContain(methodName(method, lang));
    // Publishing needs the bot and an admin's identity; the tab explains where to do it instead.
    expect(await surface.getByRole('button', { name: ui.buttons.publish }).count()).toBe(0);
    await expect(surface.locator('.hint').innerText()).resolves.toBe(tabText(lang).publishHint);
    await shoot(`${shot}-recommendation`);

    // The card's own button switches the view.
    await surface.locator('[role="tabpanel"]').getByRole('button', { name: ui.buttons.showComparison }).click();
    await surface.locator('[role="tabpanel"][data-view="comparison"]').waitFor();
    const rows = await tableRows(surface);
    expect(rows[0]).toEqual([ui.comparison.situation, ...METHOD_IDS.map((m) => methodShortName(m, lang))]);
    for (const c of CRITERION_IDS) {
      expect(rows).toContainEqual([criterionLabel(c, lang), ...METHOD_IDS.map((m) => markSymbol(MATRIX[m][c].mark))]);
    }
    expect(rows.at(-1)?.[0]).toBe(ui.comparison.verdictRow);
    expect(rows.at(-1)?.[METHOD_IDS.indexOf(method) + 1]).toContain('\u2605');
    await shoot(`${shot}-comparison`);

    await openView(surface, 'tasks');
    const tasks = await viewText(surface);
    expect(tasks).toContain(ui.adminTasks.title);
    for (const task of localizeAdminTasks(adminTasks(run.rec, run.answers), run.rec, lang, undefined, run.answers)) expect(tasks).toContain(task.title);
    await shoot(`${shot}-tasks`);

    await openView(surface, 'instructions');
    const instructions = await viewText(surface);
    const sets = instructionSets(run.rec, run.answers);
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      const text = localizeInstructions(set, lang);
      expect(instructions).toContain(text.title);
      for (const step of text.steps) expect(instructions).toContain(step);
    }
    expect(instructions).toContain(ui.instructions.generalNotice);
    await shoot(`${shot}-instructions`);
  }

  async function cspViolations(surface: Surface): Promise<string[]> {
    return surface.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  }

  test.each([
    { lang: 'en', locale: 'en-US' },
    { lang: 'nl', locale: 'nl-NL' },
  ] as const)('a plain browser in $locale completes the advice by clicking and sees the cards in its language', async ({ lang, locale }) => {
    const context = await newContext(locale);
    try {
      const { page, errors } = await openPlain(context);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.title()).toBe(tabText(lang).appName);
      await pageShooter(page)(`plain-${lang}-welcome`);
      await page.getByRole('button', { name: uiText(lang).buttons.start }).click();
      await page.locator('main[data-screen="question"]').waitFor();
      const first = (await page.locator('[data-question]').getAttribute('data-question')) as Parameters<typeof localizeQuestion>[0];
      await expect(page.locator('#screen-heading').innerText()).resolves.toBe(localizeQuestion(first, lang).text);
      await expect(page.locator('.progress-label').innerText()).resolves.toBe(uiText(lang).question.progress(1, Number((await page.locator('[role="progressbar"]').getAttribute('aria-valuemax')) ?? 0)));
      await pageShooter(page)(`plain-${lang}-question`);

      const run = await answerAll(page, cardScenario('organization-autopilot').answers());
      expect(run.rec.recommended).toBe('autopilot');
      await expectAdvice(page, run, lang, pageShooter(page), `plain-${lang}`);

      // The instruction card's link opens the printable page the bot serves, in the same language.
      const [set] = instructionSets(run.rec, run.answers);
      const [printable] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('[role="tabpanel"]').getByRole('link', { name: uiText(lang).buttons.openPrintable }).first().click(),
      ]);
      await printable.waitForLoadState();
      expect(printable.url()).toBe(`${app.base}/instructions/${set}?lang=${lang}`);
      expect(await printable.locator('body').innerText()).toContain(localizeInstructions(set, lang).steps[0]);
      expect(errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Back undoes the last answer and shows it as chosen; the language switch keeps the answers', async () => {
    const context = await newContext('en-GB');
    try {
      const { page } = await openPlain(context);
      await page.locator('[data-action="start"]').click();
      const first = (await page.locator('[data-question]').getAttribute('data-question')) ?? '';
      const firstValue = (await page.locator('.option').first().getAttribute('data-value')) ?? '';
      await page.locator('.option').first().click();
      await page.locator(`[data-question="${first}"]`).waitFor({ state: 'detached' });
      await expect(page.locator('.progress-label').innerText()).resolves.toMatch(/^Question 2 of about \d+$/);

      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.locator(`[data-question="${first}"]`).waitFor();
      await expect(page.locator('.option.chosen').getAttribute('data-value')).resolves.toBe(firstValue);
      await expect(page.locator('[aria-current="true"]').count()).resolves.toBe(1);

      await page.locator(`.option[data-value="${firstValue}"]`).click();
      await page.locator(`[data-question="${first}"]`).waitFor({ state: 'detached' });
      const second = (await page.locator('[data-question]').getAttribute('data-question')) as Parameters<typeof localizeQuestion>[0];
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.locator('#screen-heading', { hasText: localizeQuestion(second, 'nl').text }).waitFor();
      await expect(page.locator('.progress-label').innerText()).resolves.toMatch(/^Vraag 2 van ongeveer \d+$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expect(page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await pageShooter(page)('switched-to-dutch');

      // Back from the first question returns to the start, in the chosen language.
      await page.getByRole('button', { name: uiText('nl').buttons.back, exact: true }).click();
      await page.locator(`[data-question="${first}"]`).waitFor();
      await page.getByRole('button', { name: uiText('nl').buttons.back, exact: true }).click();
      await page.locator('main[data-screen="welcome"]').waitFor();
      await expect(page.locator('#screen-heading').innerText()).resolves.toBe(uiText('nl').welcome.title);
    } finally {
      await context.close();
    }
  });

  test('a lost connection shows a clear message, keeps the answers, and Try again continues', async () => {
    const context = await newContext('nl-NL');
    try {
      const { page } = await openPlain(context);
      await page.locator('[data-action="start"]').click();
      await page.locator('main[data-screen="question"]').waitFor();
      const first = (await page.locator('[data-question]').getAttribute('data-question')) ?? '';
      await context.route(`${app.base}/api/next`, (route) => route.abort('internetdisconnected'));
      await page.locator('.option').first().click();
      await page.locator('main[data-screen="error"]').waitFor();
      await expect(page.locator('[role="alert"] h3').innerText()).resolves.toBe(tabText('nl').errors.network);
      await pageShooter(page)('network-error-nl');

      await context.unroute(`${app.base}/api/next`);
      await page.getByRole('button', { name: tabText('nl').retry }).click();
      await page.locator('main[data-screen="question"]').waitFor();
      expect(await page.locator(`[data-question="${first}"]`).count()).toBe(0);
      await expect(page.locator('.progress-label').innerText()).resolves.toMatch(/^Vraag 2 van/);
    } finally {
      await context.close();
    }
  });

  test('a server that decides differently from the page asks for a reload instead of showing stale cards', async () => {
    const context = await newContext('en-US');
    try {
      const { page } = await openPlain(context);
      await context.route(`${app.base}/api/recommend`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ recommended: 'groupPolicy' }) }));
      await page.locator('[data-action="start"]').click();
      await answerAllUntilError(page, cardScenario('organization-autopilot').answers());
      await expect(page.locator('[role="alert"] h3').innerText()).resolves.toBe(tabText('en').errors.outdated);
      expect(await page.getByRole('button', { name: tabText('en').reload }).count()).toBe(1);
      expect(await page.locator('.ac-adaptiveCard').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  /** Like answerAll, but the flow is expected to end on the error screen. */
  async function answerAllUntilError(surface: Surface, answers: Answers): Promise<void> {
    const source = answers as Readonly<Record<string, string | undefined>>;
    for (let i = 0; i < 20; i++) {
      await surface.locator('main[data-screen="question"], main[data-screen="error"]').first().waitFor();
      if ((await surface.locator('main[data-screen="error"]').count()) > 0) return;
      const question = (await surface.locator('[data-question]').getAttribute('data-question')) ?? '';
      await surface.locator(`.option[data-value="${source[question] ?? 'unknown'}"]`).click();
      await surface.locator(`[data-question="${question}"]`).waitFor({ state: 'detached' });
    }
    throw new Error('the error screen never appeared');
  }

  test('the plain comparison from the start screen shows the whole table and can start the advice', async () => {
    const context = await newContext('nl-BE');
    try {
      const { page } = await openPlain(context);
      await page.getByRole('button', { name: uiText('nl').buttons.compare }).click();
      await page.locator('main[data-screen="compare"] [role="table"]').waitFor();
      const rows = page.locator('[role="table"] [role="row"]');
      expect(await rows.count()).toBe(CRITERION_IDS.length + 1);
      expect(await page.locator('main').innerText()).toContain(uiText('nl').comparison.noAnswersNote);
      await pageShooter(page)('compare-nl');
      await page.locator('.ac-adaptiveCard').getByRole('button', { name: uiText('nl').buttons.start }).click();
      await page.locator('main[data-screen="question"]').waitFor();
    } finally {
      await context.close();
    }
  });

  test('inside Teams: Dutch and the dark theme come from the Teams context (not the browser), and theme changes follow', async () => {
    const context = await newContext('en-US');
    try {
      const page = await context.newPage();
      // Tall enough for the whole frame, so its screenshots show everything the user can scroll to.
      await page.setViewportSize({ width: 1100, height: 2000 });
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(`${TEAMS_ORIGIN}/_test/host?locale=nl-NL&theme=dark`);
      const tab = page.frameLocator('#tab');
      await tab.locator('main[data-screen="welcome"]').waitFor();
      const frame = page.frames().find((f) => f.url().startsWith(TAB_ORIGIN));
      if (frame === undefined) throw new Error('the tab frame did not load');
      expect(await frame.locator('html').getAttribute('lang')).toBe('nl');
      expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(PALETTES.dark.page));
      expect(await page.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls)).toEqual(expect.arrayContaining(['initialize', 'getContext']));

      await frame.locator('[data-action="start"]').click();
      const run = await answerAll(frame, cardScenario('organization-autopilot').answers());
      // The cards are drawn with the dark HostConfig: their surface is the dark palette's.
      expect(await frame.locator('.ac-adaptiveCard').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(PALETTES.dark.surface));
      await expectAdvice(frame, run, 'nl', frameShooter(page), 'teams-dark-nl');

      await page.evaluate(() => (window as unknown as { changeTheme: (t: string) => void }).changeTheme('contrast'));
      await frame.locator('html[data-theme="contrast"]').waitFor({ state: 'attached' });
      expect(await frame.locator('.ac-adaptiveCard').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(PALETTES.contrast.surface));
      await frameShooter(page)('teams-contrast-nl-instructions');
      expect(errors).toEqual([]);
      expect(await cspViolations(frame)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('framed by a page that is not Teams (no answer to initialize), the tab does not hang: browser language, default theme', async () => {
    const context = await newContext('nl-NL');
    try {
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${TAB_ORIGIN}/_test/frame.html`);
      await page.frameLocator('#tab').locator('main[data-screen="welcome"]').waitFor({ timeout: 6000 });
      expect(Date.now() - started).toBeLessThan(6000);
      const frame = page.frames().find((f) => f.url() === `${TAB_ORIGIN}/tab/`);
      expect(await frame?.locator('html').getAttribute('lang')).toBe('nl');
      expect(await frame?.locator('html').getAttribute('data-theme')).toBe('default');
    } finally {
      await context.close();
    }
  });

  test('a site that is not a Microsoft 365 host cannot frame the tab (CSP frame-ancestors)', async () => {
    const context = await newContext('en-US');
    try {
      const page = await context.newPage();
      const refusal = page.waitForEvent('console', { predicate: (msg) => msg.text().includes('frame-ancestors'), timeout: 10_000 });
      await page.goto(`${FOREIGN_ORIGIN}/portal`);
      expect((await refusal).text()).toContain(TAB_ORIGIN);
      expect(await page.frameLocator('#tab').locator('#app').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

/** `#RRGGBB` as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = (i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `rgb(${n(0)}, ${n(1)}, ${n(2)})`;
}
