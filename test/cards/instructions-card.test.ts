import { collectActions } from '../../src/cards/inspect';
import { buildInstructionsCard, instructionsPageUrl } from '../../src/cards/instructions-card';
import { localizeInstructions } from '../../src/content';
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
  test.each(ALL)('$set [$lang] is self-contained: links and the e-mail text shown on the card, never Submit or Execute', ({ lang, set }) => {
    for (const card of [buildInstructionsCard(set, lang), buildInstructionsCard(set, lang, { org: ORG, baseUrl: 'https://advisor.contoso.com' })]) {
      const types = collectActions(card).map((a) => a.type);
      expect(types.filter((t) => t !== 'Action.OpenUrl' && t !== 'Action.ShowCard')).toEqual([]);
      expect(types.filter((t) => t === 'Action.ShowCard')).toHaveLength(1);
      expect(JSON.stringify(card.actions)).toContain(JSON.stringify(localizeInstructions(set, lang).steps[0]).slice(1, -1));
    }
  });

  test.each(ALL)('$set [$lang]: title first, then the steps numbered 1..n in order, then the closing advice', ({ lang, set }) => {
    const instr = localizeInstructions(set, lang);
    const card = buildInstructionsCard(set, lang, { showGeneralNotice: false });
    const texts = textBlocks({ ...card, actions: [] });
    const numbered = instr.steps.flatMap((step, i) => [`${i + 1}.`, step]);
    expect(texts).toEqual([instr.title, instr.intro, ...numbered, instr.outro]);
    expect(instr.steps.length).toBeGreaterThan(0);
  });

  test.each(LANGS)('[%s] links to the printable page for the set and language, and to the https support link', (lang) => {
    const set: InstructionSetId = 'autopilot-user-driven';
    const card = buildInstructionsCard(set, lang, { org: ORG, baseUrl: 'https://advisor.contoso.com/' });
    const ui = uiText(lang);
    expect(collectActions(card).filter((a) => a.type === 'Action.OpenUrl').map((a) => ({ title: a.title, url: a.url }))).toEqual([
      { title: ui.buttons.openPrintable, url: `https://advisor.contoso.com/instructions/autopilot-user-driven?lang=${lang}` },
      { title: ui.buttons.contactSupport, url: 'https://help.contoso.com/intune' },
    ]);
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
