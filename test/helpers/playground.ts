import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { parseEnvFile } from '../../scripts/lib/env-files';
import { startPlayground, type RunningPlayground } from '../../scripts/lib/playground';
import { freePort } from './free-port';
import { groupAlive, signalGroup, spawnGroup, stopGroup, type GroupProcess } from '../../scripts/lib/process-group';

const REPO_ROOT = resolve(__dirname, '..', '..');

/** Where browser suites put screenshots and logs (git-ignored). */
export const E2E_RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');

/** The personal chat of the signed-in user in the committed .m365agentsplayground.yml. */
export const PERSONAL_CHAT_ID = 'personal-chat-alex-wilber';

const PLAYGROUND_CONFIG = join(REPO_ROOT, '.m365agentsplayground.yml');
const START_TIMEOUT_MS = 60_000;

/** The lines a child process printed, kept for diagnostics. */
export class OutputLog {
  private readonly lines: string[] = [];

  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > 2000) this.lines.splice(0, 1000);
  }

  text(): string {
    return this.lines.join('\n');
  }

  tail(n = 30): string {
    return this.lines.slice(-n).join('\n');
  }
}


/**
 * Kills process group `pgid` once this process is gone, so a test run that is itself killed (timeout, Ctrl-C,
 * SIGKILL) leaves no bot or Playground behind; the guard exits on its own when the group ends first.
 */
function guardGroup(pgid: number): void {
  const script = `
    const [owner, group] = process.argv.slice(1).map(Number);
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
    const timer = setInterval(() => {
      if (!alive(-group)) process.exit(0);
      if (!alive(owner)) { try { process.kill(-group, 'SIGKILL'); } catch {} process.exit(0); }
    }, 500);`;
  const guard = spawn(process.execPath, ['-e', script, String(process.pid), String(pgid)], { detached: true, stdio: 'ignore' });
  guard.unref();
}

/** Groups not stopped yet; the test process SIGKILLs them if it exits first. */
const exitHooks = new Set<number>();
/** Stacks not stopped yet, for stopAllStacks() (a stack can finish starting after its hook timed out). */
const runningStacks = new Set<AdvisorStack>();
process.once('exit', () => {
  for (const pgid of exitHooks) signalGroup(pgid, 'SIGKILL');
});

/** Stops a group and fails loudly when anything of it survives. */
async function stopAndCheck(group: GroupProcess, what: string): Promise<void> {
  await stopGroup(group);
  exitHooks.delete(group.pid);
  if (groupAlive(group.pid)) throw new Error(`The ${what} (process group ${group.pid}) is still running after stop.`);
}

export interface RunningBot {
  readonly port: number;
  /** http://127.0.0.1:<port>/api/messages */
  readonly endpoint: string;
  readonly process: GroupProcess;
  readonly output: OutputLog;
  /** How many POST /api/messages requests the bot has finished (its request log), i.e. completed turns. */
  turns(): number;
}

/**
 * Starts the real server (src/index.ts, the composition root, bundled by scripts/run-ts.js so no build is needed)
 * in local mode on a free port, with the Playground environment's settings but none of the shell's: no credentials
 * or *.user overrides can leak in. Resolves once it logs "listening".
 */
export async function startBot(): Promise<RunningBot> {
  const committed = parseEnvFile(readFileSync(join(REPO_ROOT, 'env', '.env.playground'), 'utf8'), 'env/.env.playground');
  let lastFailure = '';
  // A free port can be taken between the check and the bot's listen(); try again with another one.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const output = new OutputLog();
    const turnCount = { value: 0 };
    let announce: (() => void) | undefined;
    const listening = new Promise<void>((done) => (announce = done));
    const group = spawnGroup(process.execPath, [join(REPO_ROOT, 'scripts', 'run-ts.js'), join(REPO_ROOT, 'src', 'index.ts')], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? tmpdir(),
        NODE_ENV: 'development',
        PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        STORAGE: 'memory',
        LOG_LEVEL: 'info',
        ADMIN_AAD_OBJECT_IDS: committed.ADMIN_AAD_OBJECT_IDS ?? '',
      },
      onLine: (line) => {
        output.add(line);
        if (line.includes('"msg":"listening"')) announce?.();
        // The server logs every finished request; a turn's replies have all reached the Playground by then.
        if (line.includes('"msg":"request"') && line.includes('"route":"/api/messages"')) turnCount.value++;
      },
    });
    exitHooks.add(group.pid);
    guardGroup(group.pid);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      listening.then(() => 'listening' as const),
      group.exited.then(() => 'exited' as const),
      new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), START_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (outcome === 'listening') {
      return { port, endpoint: `http://127.0.0.1:${port}/api/messages`, process: group, output, turns: () => turnCount.value };
    }
    await stopAndCheck(group, 'bot');
    lastFailure = `${outcome === 'exited' ? 'exited' : `did not listen within ${START_TIMEOUT_MS / 1000} s`}:\n${output.tail()}`;
    if (!output.text().includes('EADDRINUSE')) break;
  }
  throw new Error(`The bot ${lastFailure}`);
}

/** The bot plus the Microsoft 365 Agents Playground pointed at it, each in its own process group. */
export interface AdvisorStack {
  readonly bot: RunningBot;
  readonly playground: RunningPlayground;
  readonly playgroundOutput: OutputLog;
  /**
   * Sends a message into the personal chat the way the Playground's "Mock an Activity" does, with fields a
   * real Teams client sets but the Playground's message box cannot (e.g. `locale`); the bot's replies render in the page.
   */
  sendMockActivity(fields: Readonly<Record<string, unknown>>): Promise<void>;
  /** Writes both processes' output (plus `extra` lines) to `<name>.bot.log` and `<name>.playground.log` in E2E_RESULTS_DIR. */
  saveLogs(name: string, extra?: readonly string[]): void;
  /** Stops both process groups; throws when any of their processes survives. */
  stop(): Promise<void>;
}

/**
 * Starts a fresh bot (empty memory: a new conversation that gets the welcome) and a fresh Agents Playground on free
 * ports, offline, with the repository's mocked tenant. Always call stop(), e.g. in afterEach.
 */
export async function startAdvisorStack(): Promise<AdvisorStack> {
  const bot = await startBot();
  const workDir = mkdtempSync(join(tmpdir(), 'e2e-playground-'));
  const playgroundOutput = new OutputLog();
  let playground: RunningPlayground;
  try {
    playground = await startPlayground({
      botEndpoint: bot.endpoint,
      port: 0,
      configPath: PLAYGROUND_CONFIG,
      // Its log repeats its output; it stays in the throw-away folder instead of ./devTools.
      logFile: join(workDir, 'm365agentsplayground.log'),
      cwd: workDir,
      onLine: (line) => playgroundOutput.add(line),
      startTimeoutMs: START_TIMEOUT_MS,
    });
  } catch (error) {
    await stopAndCheck(bot.process, 'bot');
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
  exitHooks.add(playground.process.pid);
  guardGroup(playground.process.pid);

  const stack: AdvisorStack = {
    bot,
    playground,
    playgroundOutput,
    async sendMockActivity(fields) {
      const base = playground.url;
      const templateResponse = await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${PERSONAL_CHAT_ID}`);
      if (!templateResponse.ok) throw new Error(`The Playground refused the activity template (${templateResponse.status}).`);
      const template: unknown = await templateResponse.json();
      if (typeof template !== 'object' || template === null) throw new Error('The Playground sent no activity template.');
      const sent = await fetch(`${base}/_internal/v1/customActivities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...template, type: 'message', ...fields }),
      });
      if (!sent.ok) throw new Error(`The Playground did not deliver the activity (${sent.status}): ${await sent.text()}`);
    },
    saveLogs(name, extra = []) {
      mkdirSync(E2E_RESULTS_DIR, { recursive: true });
      writeFileSync(join(E2E_RESULTS_DIR, `${name}.bot.log`), `${bot.output.text()}\n`);
      writeFileSync(join(E2E_RESULTS_DIR, `${name}.playground.log`), [playgroundOutput.text(), ...extra, ''].join('\n'));
    },
    async stop() {
      runningStacks.delete(stack);
      try {
        await Promise.all([stopAndCheck(playground.process, 'Agents Playground'), stopAndCheck(bot.process, 'bot')]);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    },
  };
  runningStacks.add(stack);
  return stack;
}

/** Stops every stack that was started and not stopped yet (for afterAll, after a hook or test timed out). */
export async function stopAllStacks(): Promise<void> {
  await Promise.all([...runningStacks].map((stack) => stack.stop()));
}

/** Resolves with `work`'s result, or undefined after `ms`, so a hung browser call cannot hold up the cleanup after it. */
export async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Lower-case file name from a test name: letters, digits and single dashes. */
export function fileSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/** Matches a card button whose label is `label`, with or without the "1. " number the question cards put before it. */
export function buttonName(label: string): RegExp {
  return new RegExp(`^(\\d+\\. )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//;

/** The bot's name in the committed .m365agentsplayground.yml, shown as the author of its messages. */
export const BOT_NAME = 'Enrollment Advisor';

/**
 * One browser tab on the Agents Playground's personal chat, with the waits a chat needs: every action waits for
 * the bot's answer to be rendered, not for HTTP. The Playground shows a message's text and its card as two
 * messages; `messages` counts both. Requests that would leave this machine (the page's CDN fonts) are blocked
 * and listed, so the tests show the Playground works offline.
 */
export class PlaygroundChat {
  /** Every message the bot sent, oldest first (a card message's text, when it has one, is a message of its own). */
  readonly messages: Locator;
  /** URLs the page tried to load from outside this machine (blocked). */
  readonly blockedRequests: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly turns: () => number,
  ) {
    const author = page.locator('[aria-label="Message author"]', { hasText: BOT_NAME });
    this.messages = page.locator('div:has(> [aria-label="Message header"])').filter({ has: author });
  }

  /**
   * Opens the stack's Playground and waits until the bot's welcome has arrived and nothing else is coming. The bot's
   * finished turns tell each action when all of its replies have been sent.
   */
  static async open(browser: Browser, stack: Pick<AdvisorStack, 'playground' | 'bot'>, timeoutMs = 20_000): Promise<PlaygroundChat> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 960 }, locale: 'en-US' });
    context.setDefaultTimeout(timeoutMs);
    const chat = new PlaygroundChat(await context.newPage(), context, () => stack.bot.turns());
    await context.route(
      (target) => !LOOPBACK.test(target.href),
      async (route) => {
        chat.blockedRequests.push(route.request().url());
        await route.abort('internetdisconnected');
      },
    );
    await chat.page.goto(stack.playground.url);
    await chat.messages.first().waitFor();
    // The Playground's log panel takes a third of the width; the chat is what the tests and screenshots are about.
    const hide = chat.page.getByTitle('Hide log panel');
    if (await hide.isVisible()) await hide.click();
    await chat.settle();
    return chat;
  }

  /** The card of a message (a locator that matches nothing for a text message). */
  static cardOf(message: Locator): Locator {
    return message.locator('.ac-adaptiveCard');
  }

  /** The newest bot message containing `text`. */
  message(text: string | RegExp): Locator {
    return this.messages.filter({ hasText: text }).last();
  }

  /** Waits until the bot has finished no turn and sent no message for `quietMs` (some answers are several messages). */
  async settle(quietMs = 600, timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    const state = async (): Promise<string> => `${await this.messages.count()}/${this.turns()}`;
    let last = await state();
    let stableSince = Date.now();
    while (Date.now() < deadline) {
      await this.page.waitForTimeout(100);
      const now = await state();
      if (now !== last) {
        last = now;
        stableSince = Date.now();
      } else if (Date.now() - stableSince >= quietMs) {
        return this.messages.count();
      }
    }
    throw new Error(`The chat kept changing for ${timeoutMs / 1000} s (messages/turns: ${last}).`);
  }

  /**
   * Runs `action`, waits until the bot has finished the turn it caused, then until its messages are on the page;
   * returns the new messages, oldest first.
   */
  async expectReply(action: () => Promise<void>, timeoutMs = 20_000): Promise<Locator[]> {
    const before = await this.messages.count();
    const turnsBefore = this.turns();
    await action();
    const deadline = Date.now() + timeoutMs;
    while (this.turns() === turnsBefore) {
      if (Date.now() > deadline) throw new Error(`The bot finished no turn within ${timeoutMs / 1000} s of the action.`);
      await this.page.waitForTimeout(50);
    }
    await this.messages.nth(before).waitFor();
    const after = await this.settle(300);
    return Array.from({ length: after - before }, (_, i) => this.messages.nth(before + i));
  }

  /**
   * Runs `action`, waits until the bot has finished the turn it caused and the chat is quiet; returns the messages
   * the turn added, oldest first — none when the bot only updated a card in place.
   */
  async expectTurn(action: () => Promise<void>, timeoutMs = 20_000): Promise<Locator[]> {
    const before = await this.messages.count();
    const turnsBefore = this.turns();
    await action();
    const deadline = Date.now() + timeoutMs;
    while (this.turns() === turnsBefore) {
      if (Date.now() > deadline) throw new Error(`The bot finished no turn within ${timeoutMs / 1000} s of the action.`);
      await this.page.waitForTimeout(50);
    }
    const after = await this.settle(400);
    return Array.from({ length: after - before }, (_, i) => this.messages.nth(before + i));
  }

  /** Clicks `label` on the card of `message` and waits until that card's text has changed (updated in place). */
  async clickInPlace(message: Locator, label: string, timeoutMs = 10_000): Promise<Locator[]> {
    const card = PlaygroundChat.cardOf(message);
    const old = await card.innerText();
    const added = await this.expectTurn(() => card.getByRole('button', { name: buttonName(label) }).click());
    const deadline = Date.now() + timeoutMs;
    while ((await card.innerText()) === old) {
      if (Date.now() > deadline) throw new Error(`The card was not updated within ${timeoutMs / 1000} s of clicking "${label}".`);
      await this.page.waitForTimeout(50);
    }
    return added;
  }

  /** Types `text` and waits until the card of `message` has changed (the bot answered by updating it in place). */
  async sayInPlace(message: Locator, text: string, timeoutMs = 10_000): Promise<Locator[]> {
    const card = PlaygroundChat.cardOf(message);
    const old = await card.innerText();
    const added = await this.expectTurn(async () => {
      const box = this.page.locator('[data-lexical-editor="true"]').last();
      await box.click();
      await box.pressSequentially(text);
      await box.press('Enter');
    });
    const deadline = Date.now() + timeoutMs;
    while ((await card.innerText()) === old) {
      if (Date.now() > deadline) throw new Error(`The card was not updated within ${timeoutMs / 1000} s of typing "${text}".`);
      await this.page.waitForTimeout(50);
    }
    return added;
  }

  /**
   * Uses the message extension the way a helpdesk agent does in the Playground: **+** next to the message box, *Search
   * Command*, the command id and parameter of the manifest, then `term`; resolves once a result titled `expect` shows.
   */
  async searchMessageExtension(term: string, expectTitle: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await this.page.getByRole('menuitem', { name: 'Search Command' }).click();
    await this.page.getByText('Specify Command ID or Parameter').click();
    await this.page.getByPlaceholder('Command ID').fill('searchInstructions');
    await this.page.getByPlaceholder('Parameter name').fill('query');
    const search = this.page.getByPlaceholder('Enter a search term');
    await search.fill(term);
    await search.press('Enter');
    const result = this.page.getByText(expectTitle, { exact: true }).first();
    await result.waitFor();
    return result;
  }

  /** Inserts a search result into the message box and sends it; resolves with the bot's replies (none expected). */
  async insertAndSend(result: Locator): Promise<Locator[]> {
    await result.click();
    const before = await this.messages.count();
    const turnsBefore = this.turns();
    await this.page.getByRole('button', { name: 'Send Message' }).click();
    const deadline = Date.now() + 10_000;
    while (this.turns() === turnsBefore && Date.now() < deadline) await this.page.waitForTimeout(50);
    const after = await this.settle(600);
    return Array.from({ length: after - before }, (_, i) => this.messages.nth(before + i));
  }

  /** The rendered height of `message` in CSS pixels. */
  async height(message: Locator): Promise<number> {
    return Math.round((await message.boundingBox())?.height ?? 0);
  }

  /** Types `text` into the message box and sends it; resolves with the bot's reply messages. */
  say(text: string): Promise<Locator[]> {
    return this.expectReply(async () => {
      const box = this.page.locator('[data-lexical-editor="true"]').last();
      await box.click();
      await box.pressSequentially(text);
      await box.press('Enter');
    });
  }

  /** Clicks the button `label` on the card of `message`; resolves with the bot's reply messages. */
  click(message: Locator, label: string): Promise<Locator[]> {
    return this.expectReply(() => PlaygroundChat.cardOf(message).getByRole('button', { name: buttonName(label) }).click());
  }

  /** The button labels on the card of `message`, in order. */
  async buttons(message: Locator): Promise<string[]> {
    return (await PlaygroundChat.cardOf(message).getByRole('button').allInnerTexts()).map((t) => t.trim());
  }

  /**
   * Saves a screenshot of the page to E2E_RESULTS_DIR/<name>.png; with `top`, that message is scrolled to the top
   * of the chat first, so the screenshot shows it rather than whatever came last.
   */
  async screenshot(name: string, top?: Locator): Promise<string> {
    mkdirSync(E2E_RESULTS_DIR, { recursive: true });
    if (top !== undefined) await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const path = join(E2E_RESULTS_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Closes the tab and its browser context. */
  async close(): Promise<void> {
    await this.context.close();
  }
}
