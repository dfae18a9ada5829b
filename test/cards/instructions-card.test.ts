import { collectActions } from '../../src/cards/inspect';
import { buildInstructionsCard, instructionsPageUrl } from '../../src/cards/instructions-card';
import { localizeInstructions } from '../../src/content';
import { instructionStepsHeading } from '../../src/content/instructions';
import { instructionsPageText } from '../../src/content/instructions-page';
import { LANGS, type Lang } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { INSTRUCTION_SET_IDS, type InstructionSetId } from '../../src/engine/types';
import { readableText, textBlocks } from './support';

const ORG = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'IT helpdesk, extension 1234',
  supportUrl: 'https://help.contoso.com/intune',
};

const ALL = LANGS.flatMap((lang) => INSTRUCTION_SET_IDS.map((set) => ({ lang, set })));

describe('employee instruction card', () => {
  test.each(ALL)('$set [$lang] is self-contained: only OpenUrl actions, never Submit or Execute', ({ lang, set }) => {
    for (const card of [buildInstructionsCard(set, lang), buildInstructionsCard(set, lang, { org: ORG, baseUrl: 'https://advisor.contoso.com' })]) {
      const types = collectActions(card).map((a) => a.type);
      expect(types.filter((t) => t !== 'Action.OpenUrl')).toEqual([]);
    }
  });

  test.each(ALL)('$set [$lang]: title, intro, "before you start", the numbered steps in order, then every other block', ({ lang, set }) => {
    const instr = localizeInstructions(set, lang);
    const texts = textBlocks(buildInstructionsCard(set, lang, { showGeneralNotice: false }));
    const block = (s: (typeof instr.sections)[number]): string[] => [s.heading, ...s.items.map((i) => `• ${i}`)];
    const numbered = instr.steps.flatMap((step, i) => [`${i + 1}.`, step]);
    const before = instr.sections.filter((s) => s.id === 'before').flatMap(block);
    const after = instr.sections.filter((s) => s.id !== 'before').flatMap(block);
    expect(texts).toEqual([instr.title, instr.intro, ...before, instructionStepsHeading(lang), ...numbered, ...after]);
  });

  test.each(LANGS)('[%s] links to the printable page, its plain text for e-mail, and the https support link', (lang) => {
    const set: InstructionSetId = 'autopilot-user-driven';
    const card = buildInstructionsCard(set, lang, { org: ORG, baseUrl: 'https://advisor.contoso.com/' });
    const ui = uiText(lang);
    expect(collectActions(card).filter((a) => a.type === 'Action.OpenUrl').map((a) => ({ title: a.title, url: a.url }))).toEqual([
      { title: ui.buttons.openPrintable, url: `https://advisor.contoso.com/instructions/autopilot-user-driven?lang=${lang}` },
      { title: instructionsPageText(lang).plainTextButton, url: `https://advisor.contoso.com/instructions/autopilot-user-driven?lang=${lang}&format=text` },
      { title: ui.buttons.contactSupport, url: 'https://help.contoso.com/intune' },
    ]);
  });

  test('a sealed token travels in the printable and plain-text links; the values themselves never do', () => {
    const card = buildInstructionsCard('automatic-personal-register', 'en', { org: ORG, baseUrl: 'https://advisor.contoso.com', pageToken: 'v1.abc_-' });
    const urls = collectActions(card).map((a) => a.url ?? '');
    expect(urls.slice(0, 2).every((u) => u.includes('&org=v1.abc_-'))).toBe(true);
    expect(urls.slice(0, 2).some((u) => /contoso\.com\/intune|EnterpriseEnrollment/i.test(decodeURIComponent(u.split('?')[1] ?? '')))).toBe(false);
  });

  test('without a base URL or with a non-http one there is no printable link; an http support link is not offered', () => {
    const links = (card: unknown): unknown[] => collectActions(card).filter((a) => a.type === 'Action.OpenUrl');
    expect(links(buildInstructionsCard('group-policy', 'en'))).toEqual([]);
    expect(instructionsPageUrl('javascript:alert(1)', 'group-policy', 'en')).toBeUndefined();
    expect(instructionsPageUrl('not a url', 'group-policy', 'en')).toBeUndefined();
    const card = buildInstructionsCard('group-policy', 'en', { org: { supportUrl: 'http://insecure.example.com' } });
    expect(links(card)).toEqual([]);
  });

  test.each(LANGS)('[%s] the organization\u2019s server name, name and support contact appear in the card', (lang) => {
    const text = readableText(buildInstructionsCard('automatic-personal-register', lang, { org: ORG }));
    expect(text).toContain('EnterpriseEnrollment.contoso.com');
    expect(text).toContain('Contoso');
    expect(text).toContain('IT helpdesk, extension 1234');
  });

  test.each([
    { lang: 'en' as Lang, notice: /general instructions/ },
    { lang: 'nl' as Lang, notice: /algemene instructies/ },
  ])('[$lang] without published settings the card says these are the general instructions; with them it does not', ({ lang, notice }) => {
    expect(readableText(buildInstructionsCard('automatic-organization', lang))).toMatch(notice);
    expect(readableText(buildInstructionsCard('automatic-organization', lang, { org: {} }))).toMatch(notice);
    expect(readableText(buildInstructionsCard('automatic-organization', lang, { org: ORG }))).not.toMatch(notice);
  });
});
