import { INSTRUCTION_SET_IDS, type InstructionSetId, type MethodId } from '../../src/engine/types';
import {
  LANGS,
  allInstructionSets,
  instructionSetMethod,
  instructionsAsPlainText,
  localizeInstructions,
  type Lang,
  type LocalizedInstructions,
  type OrgValues,
} from '../../src/content';

const ORG: OrgValues = {
  organizationName: 'Contoso Zorg',
  enrollmentServer: 'EnterpriseEnrollment.contoso.nl',
  supportText: 'Call the service desk on 020 123 4567.',
  supportUrl: 'https://help.contoso.nl/intune',
};

const allText = (i: LocalizedInstructions): string => [i.title, i.intro, ...i.steps, i.outro].join('\n');

const NO_SERVER: Readonly<Record<Lang, string>> = {
  en: 'the server name your IT department gives you',
  nl: 'de servernaam die u van uw IT-afdeling krijgt',
};
const HELPDESK: Readonly<Record<Lang, string>> = { en: 'Contact your IT helpdesk', nl: 'Neem contact op met uw IT-helpdesk' };

/** The only set where the guide has users type the Intune server name or CNAME. */
const SERVER_SET: InstructionSetId = 'automatic-personal-register';

describe.each(LANGS)('employee instructions in %s', (lang) => {
  it('returns one set per instruction set id, in order, each with at least two steps', () => {
    const sets = allInstructionSets(lang);
    expect(sets.map((s) => s.id)).toEqual([...INSTRUCTION_SET_IDS]);
    for (const s of sets) expect(s.steps.length).toBeGreaterThanOrEqual(2);
  });

  it('without org values, the server step points to the IT department and the outro to the helpdesk', () => {
    const register = localizeInstructions(SERVER_SET, lang);
    expect(register.steps.filter((s) => s.includes(NO_SERVER[lang]))).toHaveLength(1);
    for (const set of allInstructionSets(lang)) {
      expect(set.outro).toContain(HELPDESK[lang]);
      expect(set.intro).not.toContain('Contoso');
    }
  });

  it('with org values, the server name appears exactly once, in the register set only', () => {
    for (const set of allInstructionSets(lang, ORG)) {
      const count = allText(set).split('EnterpriseEnrollment.contoso.nl').length - 1;
      expect({ id: set.id, count }).toEqual({ id: set.id, count: set.id === SERVER_SET ? 1 : 0 });
      expect(allText(set)).not.toContain(NO_SERVER[lang]);
    }
  });

  it('with org values, the intro names the organization and the outro gives the support contact', () => {
    for (const set of allInstructionSets(lang, ORG)) {
      expect(set.intro).toContain('Contoso Zorg');
      expect(set.outro).toContain('Call the service desk on 020 123 4567.');
      expect(set.outro).toContain('https://help.contoso.nl/intune');
      expect(set.outro).not.toContain(HELPDESK[lang]);
    }
  });

  test.each<[string, OrgValues]>([
    ['empty strings', { organizationName: '  ', enrollmentServer: '', supportText: '', supportUrl: '' }],
    ['an http (not https) support URL only', { supportUrl: 'http://help.contoso.nl' }],
    ['a javascript: URL only', { supportUrl: 'javascript:alert(1)' }],
    ['a malformed URL only', { supportUrl: 'not a url' }],
  ])('ignores unusable org values: %s', (_name, org) => {
    const set = localizeInstructions(SERVER_SET, lang, org);
    expect(set).toEqual(localizeInstructions(SERVER_SET, lang));
  });

  it('keeps org values from injecting template markers or line breaks', () => {
    const set = localizeInstructions(SERVER_SET, lang, { organizationName: 'Evil ${name}\nCorp', enrollmentServer: 'x${y}' });
    expect(allText(set)).not.toContain('${');
    expect(set.intro).not.toContain('\n');
  });

  it('writes for employees: no admin jargon in any set', () => {
    for (const set of allInstructionSets(lang)) {
      expect({ id: set.id, jargon: allText(set).match(/\b(MDM|MAM|OOBE|CNAME|GPO|DEM|tenant|scope|gebruikersbereik|Intune admin|beheercentrum)\b/gi) }).toEqual({
        id: set.id,
        jargon: null,
      });
    }
  });

  it('tells users of existing devices to save their files before the step that erases the drive', () => {
    const steps = localizeInstructions('autopilot-existing-devices', lang).steps;
    const save = steps.findIndex((s) => /OneDrive/.test(s));
    const install = steps.findIndex((s) => s.includes('Software Center'));
    expect(save).toBeGreaterThanOrEqual(0);
    expect(save).toBeLessThan(install);
  });

  it('renders e-mail-ready plain text with title, intro, numbered steps and outro', () => {
    for (const set of allInstructionSets(lang, ORG)) {
      const text = instructionsAsPlainText(set, lang);
      expect(text.startsWith(`${set.title}\n`)).toBe(true);
      expect(text).toContain(set.intro);
      expect(text).toContain(set.outro);
      set.steps.forEach((step, i) => expect(text).toContain(`${i + 1}. ${step}`));
      expect(text.match(/^\d+\. /gm)).toHaveLength(set.steps.length);
    }
  });
});

const METHODS: readonly [InstructionSetId, MethodId][] = [
  ['automatic-organization', 'automatic'],
  ['automatic-personal-register', 'automatic'],
  ['automatic-personal-join', 'automatic'],
  ['automatic-bulk', 'automatic'],
  ['autopilot-user-driven', 'autopilot'],
  ['autopilot-pre-provisioned', 'autopilot'],
  ['autopilot-self-deploying', 'autopilot'],
  ['autopilot-existing-devices', 'autopilot'],
  ['group-policy', 'groupPolicy'],
  ['co-management', 'coManagement'],
];

test.each(METHODS)('%s belongs to %s', (id, method) => {
  expect(instructionSetMethod(id)).toBe(method);
  expect(localizeInstructions(id, 'en').method).toBe(method);
});

type KeywordRow = { readonly id: InstructionSetId; readonly lang: Lang; readonly keyword: string };

/** Words a helpdesk agent would type; each must find the right set. */
const KEYWORDS: readonly KeywordRow[] = [
  { id: 'autopilot-user-driven', lang: 'en', keyword: 'autopilot' },
  { id: 'automatic-personal-register', lang: 'en', keyword: 'byod' },
  { id: 'automatic-personal-register', lang: 'en', keyword: 'personal laptop' },
  { id: 'automatic-personal-join', lang: 'en', keyword: 'personal laptop' },
  { id: 'automatic-bulk', lang: 'en', keyword: 'bulk' },
  { id: 'autopilot-self-deploying', lang: 'en', keyword: 'kiosk' },
  { id: 'autopilot-existing-devices', lang: 'en', keyword: 'software center' },
  { id: 'group-policy', lang: 'en', keyword: 'group policy' },
  { id: 'co-management', lang: 'en', keyword: 'configuration manager' },
  { id: 'automatic-organization', lang: 'nl', keyword: 'inschrijven' },
  { id: 'automatic-personal-register', lang: 'nl', keyword: 'eigen laptop' },
  { id: 'automatic-personal-join', lang: 'nl', keyword: 'eigen laptop' },
  { id: 'autopilot-self-deploying', lang: 'nl', keyword: 'kiosk' },
  { id: 'automatic-bulk', lang: 'nl', keyword: 'bulk' },
  { id: 'group-policy', lang: 'nl', keyword: 'groepsbeleid' },
  { id: 'co-management', lang: 'nl', keyword: 'co-beheer' },
  { id: 'autopilot-existing-devices', lang: 'nl', keyword: 'oude laptop' },
];

test.each(KEYWORDS)('$lang keywords of $id include "$keyword"', ({ id, lang, keyword }) => {
  expect(localizeInstructions(id, lang).keywords).toContain(keyword);
});

test.each(LANGS)('keywords in %s are lower case, unique per set and never empty', (lang) => {
  for (const set of allInstructionSets(lang)) {
    expect(set.keywords.length).toBeGreaterThanOrEqual(5);
    expect(new Set(set.keywords).size).toBe(set.keywords.length);
    for (const k of set.keywords) expect(k).toBe(k.toLowerCase());
  }
});
