import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { employeeQuestion } from '../../src/content/employee';
import { localizeInstructions } from '../../src/content/instructions';
import { tabText } from '../../src/content/tab';
import type { Lang } from '../../src/content/types';
import type { InstructionSetId } from '../../src/engine/types';
import { pageTokenKey, sealOrgValues } from '../../src/settings/page-token';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { startApp, type RunningApp } from '../server/http-harness';
import { buildTabBundle } from './support';

jest.setTimeout(90_000);

const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'printable');
const KEY = pageTokenKey('the browser test link key, not a real secret');
const ORG = { organizationName: 'Contoso', enrollmentServer: 'EnterpriseEnrollment.contoso.com', supportText: 'Servicedesk, toestel 1234', supportUrl: 'https://help.contoso.com' };

describeWithChromium('employees in Chromium: the tab’s “Enroll my device” path and the printable page', () => {
  let browser: Browser;
  let app: RunningApp;
  let bundle: { dir: string; remove: () => void };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    bundle = await buildTabBundle();
    app = await startApp({ tabDir: bundle.dir, config: { ...loadConfig({}), instructionsLinkKey: KEY } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    bundle?.remove();
  });

  async function open(locale: string, width: number): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    return { page, errors };
  }

  test.each([
    { lang: 'en' as Lang, locale: 'en-US' },
    { lang: 'nl' as Lang, locale: 'nl-NL' },
  ])('[$lang] an employee answers two questions in the tab and gets the instruction card', async ({ lang, locale }) => {
    const { page, errors } = await open(locale, 1100);
    await page.goto(`${app.base}/tab/`);
    await page.locator('main[data-screen="welcome"]').waitFor();
    await page.getByRole('button', { name: tabText(lang).employee.start }).click();
    await page.locator('[data-question="deviceOwner"]').waitFor();
    await expect(page.locator('h2').innerText()).resolves.toBe(employeeQuestion('deviceOwner', lang).text);
    await page.locator('.option[data-value="organization"]').click();
    await page.locator('[data-question="obtained"]').waitFor();
    await page.locator('.option[data-value="existing"]').click();
    await page.locator('main[data-screen="employee"] .ac-adaptiveCard').waitFor();
    const instr = localizeInstructions('automatic-organization-existing', lang);
    const text = await page.locator('.ac-adaptiveCard').innerText();
    expect(text).toContain(instr.title);
    for (const step of instr.steps) expect(text).toContain(step);
    await page.screenshot({ path: path.join(SCREENSHOTS, `tab-employee-${lang}.png`), fullPage: true });
    // Back returns to the last question, with the flow intact.
    await page.locator('[data-action="back"]').click();
    await page.locator('[data-question="obtained"]').waitFor();
    expect(errors).toEqual([]);
  });

  const SHOTS: readonly { set: InstructionSetId; lang: Lang; sealed: boolean }[] = [
    { set: 'autopilot-user-driven', lang: 'en', sealed: true },
    { set: 'automatic-personal-join', lang: 'en', sealed: false },
    { set: 'automatic-personal-register', lang: 'nl', sealed: true },
    { set: 'co-management-new', lang: 'nl', sealed: false },
  ];

  test.each(SHOTS.flatMap((s) => [375, 1280].map((width) => ({ ...s, width }))))(
    'printable page $set [$lang] at $width px: readable, nothing wider than the screen, organization values when sealed',
    async ({ set, lang, sealed, width }) => {
      const { page, errors } = await open(lang === 'nl' ? 'nl-NL' : 'en-US', width);
      const token = sealed ? `&org=${encodeURIComponent(sealOrgValues(ORG, KEY))}` : '';
      await page.goto(`${app.base}/instructions/${set}?lang=${lang}${token}`);
      const instr = localizeInstructions(set, lang, sealed ? ORG : undefined);
      await expect(page.locator('h1').innerText()).resolves.toBe(instr.title);
      await expect(page.locator('ol.steps > li').count()).resolves.toBe(instr.steps.length);
      const body = await page.locator('main').innerText();
      if (sealed) expect(body).toContain('Contoso');
      else expect(body).not.toContain('Contoso');
      // Nothing scrolls sideways on a phone: the page is no wider than the viewport.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${set}-${lang}-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
    },
  );
});
