import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildHelpCard } from '../../src/cards/help-card';
import { buildPrerequisitesCard } from '../../src/cards/prerequisites-card';
import { buildInstructionsCard } from '../../src/cards/instructions-card';
import { buildResultCard } from '../../src/cards/result-card';
import { buildWelcomeCard } from '../../src/cards/welcome-card';
import { buildWizardCard } from '../../src/cards/wizard-card';
import type { AdaptiveCardJson } from '../../src/cards/card-json';
import type { ResultView } from '../../src/content/conversation';
import type { Lang } from '../../src/content/types';
import { recommend } from '../../src/engine';
import type { InstructionSetId, QuestionId } from '../../src/engine/types';
import { cardScenario, type CardScenarioKind } from '../fixtures/card-scenarios';
import { describeWithChromium, launchChromium } from '../helpers/chromium';

jest.setTimeout(120_000);

/** A phone as Teams mobile shows a card: 375 px wide, the card with 16 px of chat margin on each side. */
const PHONE = { width: 375, height: 812 } as const;
const CARD_MARGIN = 16;
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'phone');

/** The bot's cards as an admin, helpdesk or employee meets them. */
interface Shot {
  readonly name: string;
  readonly card: (lang: Lang) => AdaptiveCardJson;
}

function wizard(question: QuestionId, answered: readonly { question: QuestionId; value: string }[]): Shot['card'] {
  return (lang) => buildWizardCard({ next: { done: false, question, asked: answered.length, estimatedTotal: 7 }, flow: 'phone-run', answered }, lang);
}

function result(scenario: CardScenarioKind, view: ResultView): Shot['card'] {
  return (lang) => {
    const answers = cardScenario(scenario).answers();
    return buildResultCard({ rec: recommend(answers), answers, flow: 'phone-run', view }, lang);
  };
}

function instructions(set: InstructionSetId): Shot['card'] {
  return (lang) => buildInstructionsCard(set, lang, { baseUrl: 'https://advisor.example' });
}

const SHOTS: readonly Shot[] = [
  { name: 'welcome', card: buildWelcomeCard },
  { name: 'help', card: buildHelpCard },
  { name: 'question-first', card: wizard('ownership', []) },
  {
    name: 'question-identity',
    card: wizard('identity', [
      { question: 'ownership', value: 'organization' },
      { question: 'azureAdPremium', value: 'yes' },
      { question: 'otherMdm', value: 'no' },
      { question: 'configMgr', value: 'keep' },
    ]),
  },
  {
    name: 'prerequisites',
    card: (lang) =>
      buildPrerequisitesCard(
        {
          questions: ['azureAdPremium', 'otherMdm', 'configMgr'],
          asked: 1,
          estimatedTotal: 6,
          flow: 'phone-run',
          answered: [{ question: 'ownership', value: 'organization' }],
          hint:
            lang === 'en'
              ? { title: 'Note', text: 'I understood: organization-owned · about 300 devices (bulk) — change anything that is not right.' }
              : { title: 'Let op', text: 'Ik begreep: eigendom van de organisatie · ongeveer 300 apparaten (bulk) — wijzig wat niet klopt.' },
        },
        lang,
      ),
  },
  { name: 'result-autopilot', card: result('organization-autopilot', 'recommendation') },
  { name: 'result-co-management', card: result('co-management', 'recommendation') },
  { name: 'result-mixed', card: result('mixed-segments', 'recommendation') },
  { name: 'comparison-dem', card: result('dem-automatic', 'comparison') },
  { name: 'comparison-mixed', card: result('mixed-segments', 'comparison') },
  { name: 'tasks-autopilot', card: result('organization-autopilot', 'tasks') },
  { name: 'tasks-co-management', card: result('co-management', 'tasks') },
  { name: 'instructions-autopilot', card: instructions('autopilot-user-driven') },
  { name: 'instructions-own-device', card: instructions('automatic-personal-register') },
];

/** The tab's renderer (the real adaptivecards library with the Teams host config), bundled for the page. */
async function rendererScript(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const built = await esbuild.build({
    stdin: {
      contents: `import { renderAdaptiveCard } from './src/tab/card-view';
        (window as unknown as { show: (json: never) => void }).show = (json) => {
          const host = document.getElementById('card');
          if (host === null) throw new Error('no #card');
          host.replaceChildren(renderAdaptiveCard(json, 'default', { onSubmit: () => undefined, onOpenUrl: () => undefined }));
        };`,
      resolveDir: path.resolve(__dirname, '..', '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const file = built.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced nothing');
  return file.text;
}

/** What a reader would notice on the phone: sideways scrolling, cut-off text or buttons, words broken mid-word. */
interface Problems {
  readonly pageWiderThanPhone: boolean;
  readonly clipped: string[];
  readonly brokenWords: string[];
}

function inspect(page: Page): Promise<Problems> {
  return page.evaluate(() => {
    const card = document.getElementById('card');
    if (card === null) throw new Error('no #card');
    const clipped: string[] = [];
    for (const el of Array.from(card.querySelectorAll<HTMLElement>('*'))) {
      if (el.offsetParent === null) continue;
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1 && (el.innerText ?? '').trim() !== '') clipped.push(el.innerText.trim().slice(0, 60));
    }
    // A word whose letters land on two lines was broken inside the word (hyphens, slashes and dots may break).
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const re = /[^\s\-/.·]+/g;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (tops.size > 1) brokenWords.push(m[0]);
      }
    }
    return { pageWiderThanPhone: document.documentElement.scrollWidth > window.innerWidth, clipped, brokenWords };
  });
}

describeWithChromium('the bot’s cards at phone width (375 px, the real adaptivecards renderer)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const script = await rendererScript();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2 });
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><style>
        body { margin: 0; background: #f5f5f5; font-family: 'Segoe UI', system-ui, sans-serif; }
        #card { margin: ${CARD_MARGIN}px; background: #fff; border-radius: 6px; }
      </style></head><body><div id="card"></div></body></html>`,
    );
    await page.addScriptTag({ content: script });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(SHOTS.flatMap((shot) => (['en', 'nl'] as const).map((lang) => ({ ...shot, lang }))))(
    '$name [$lang]: nothing wider than the phone, nothing cut off, no word broken in the middle',
    async ({ name, card, lang }) => {
      await page.evaluate((json) => (window as unknown as { show: (j: unknown) => void }).show(json), card(lang) as unknown);
      await page.locator('#card .ac-adaptiveCard').waitFor();
      await page.locator('#card').screenshot({ path: path.join(SCREENSHOTS, `${name}-${lang}.png`) });
      expect(await inspect(page)).toEqual({ pageWiderThanPhone: false, clipped: [], brokenWords: [] });
    },
  );
});
