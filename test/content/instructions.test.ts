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
import type { InstructionSectionId } from '../../src/content/types';

const ORG: OrgValues = {
  organizationName: 'Contoso Zorg',
  enrollmentServer: 'EnterpriseEnrollment.contoso.nl',
  supportText: 'Call the service desk on 020 123 4567.',
  supportUrl: 'https://help.contoso.nl/intune',
};

const allText = (i: LocalizedInstructions): string => [i.title, i.intro, ...i.steps, ...i.sections.flatMap((s) => s.items), i.outro].join('\n');
const section = (i: LocalizedInstructions, id: InstructionSectionId): readonly string[] => i.sections.find((s) => s.id === id)?.items ?? [];

const NO_SERVER: Readonly<Record<Lang, string>> = {
  en: 'the server name your IT department gives you',
  nl: 'de servernaam die u van uw IT-afdeling krijgt',
};
const HELPDESK: Readonly<Record<Lang, string>> = { en: 'contact your IT department', nl: 'neem contact op met uw IT-afdeling' };

/** The sets where employees may be asked for the enrollment server: adding a work account from Settings. */
const SERVER_SETS: readonly InstructionSetId[] = ['automatic-personal-register', 'automatic-personal-register-general'];

describe.each(LANGS)('employee instructions in %s', (lang) => {
  it('returns one set per instruction set id, in order, each with steps, what you will see, time, failure and check', () => {
    const sets = allInstructionSets(lang);
    expect(sets.map((s) => s.id)).toEqual([...INSTRUCTION_SET_IDS]);
    for (const s of sets) {
      expect(s.steps.length).toBeGreaterThanOrEqual(1);
      expect({ id: s.id, blocks: s.sections.map((b) => b.id).filter((b) => ['see', 'time', 'failure', 'check'].includes(b)) }).toEqual({
        id: s.id,
        blocks: ['see', 'time', 'failure', 'check'],
      });
    }
  });

  it('fallback paths are a block of their own, never numbered steps', () => {
    for (const set of allInstructionSets(lang)) {
      expect({ id: set.id, steps: set.steps.filter((s) => /personal account by mistake|persoonlijk account/i.test(s)) }).toEqual({ id: set.id, steps: [] });
    }
    expect(section(localizeInstructions('automatic-organization', lang), 'fallback').join(' ')).toMatch(lang === 'en' ? /personal account by mistake/ : /Per ongeluk/);
  });

  it('when it fails: error code or photo, no reset, the serial number and where to find it, and who to contact', () => {
    for (const set of allInstructionSets(lang)) {
      const failure = section(set, 'failure').join(' ');
      expect(failure).toMatch(lang === 'en' ? /error code.*photo/ : /foutcode.*foto/);
      expect(failure).toMatch(lang === 'en' ? /Do not reset/ : /niet zelf terug naar de fabrieksinstellingen/);
      expect(failure).toMatch(lang === 'en' ? /serial number.*sticker.*SerialNumber/ : /serienummer.*sticker.*SerialNumber/);
      expect(failure.toLowerCase()).toContain(HELPDESK[lang].toLowerCase());
    }
  });

  it('durations are honest: tens of minutes or more, and the device stays on power and network during set-up', () => {
    for (const set of allInstructionSets(lang)) {
      const time = section(set, 'time').join(' ');
      expect({ id: set.id, time }).not.toEqual({ id: set.id, time: expect.stringMatching(/few minutes|paar minuten/) });
    }
    for (const id of ['automatic-organization', 'autopilot-user-driven', 'autopilot-hybrid', 'autopilot-existing-devices'] as const) {
      const time = section(localizeInstructions(id, lang), 'time').join(' ');
      expect(time).toMatch(/\d+ (to|tot) \d+ (minutes|minuten|hours|uur)/);
      expect(time).toMatch(lang === 'en' ? /plugged in and connected/ : /aan de stroom en verbonden/);
    }
  });

  it('what employees will see: the branded sign-in page, multifactor, Windows Hello and the three set-up phases', () => {
    const see = section(localizeInstructions('autopilot-user-driven', lang, ORG), 'see').join(' ');
    expect(see).toContain('Contoso Zorg');
    expect(see).toMatch(/Authenticator/);
    expect(see).toMatch(/Windows Hello/);
    expect(see).toMatch(lang === 'en' ? /Device preparation, Device setup and Account setup/ : /voorbereiden.*apparaat instellen.*account instellen/);
  });

  it('Windows 11 order in the out-of-box steps: region and keyboard, then network, then "Set up for work or school", then sign-in', () => {
    const steps = localizeInstructions('automatic-organization', lang).steps;
    const at = (re: RegExp): number => steps.findIndex((s) => re.test(s));
    const order = [at(/country or region|land of regio/), at(/Wi-Fi|wifi/), at(/Set up for work or school|Instellen voor werk of school/), at(/work e-mail address and password|zakelijke e-mailadres en wachtwoord/)];
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('without org values, the server line points to the IT department and the sets are the general ones', () => {
    for (const id of SERVER_SETS) expect(localizeInstructions(id, lang).steps.filter((s) => s.includes(NO_SERVER[lang]))).toHaveLength(1);
    for (const set of allInstructionSets(lang)) {
      expect(set.general).toBe(true);
      expect(set.outro.toLowerCase()).toContain(HELPDESK[lang].toLowerCase());
      expect(set.intro).not.toContain('Contoso');
    }
  });

  it('with org values, the server name appears once in each set that can ask for it, and nowhere else', () => {
    for (const set of allInstructionSets(lang, ORG)) {
      const count = allText(set).split('EnterpriseEnrollment.contoso.nl').length - 1;
      expect({ id: set.id, count }).toEqual({ id: set.id, count: SERVER_SETS.includes(set.id) ? 1 : 0 });
      expect(allText(set)).not.toContain(NO_SERVER[lang]);
      expect(set.general).toBe(false);
    }
  });

  it('with org values, the intro names the organization and the failure block gives the support contact', () => {
    for (const set of allInstructionSets(lang, ORG)) {
      expect(set.intro).toContain('Contoso Zorg');
      const failure = section(set, 'failure').join(' ');
      expect(failure).toContain('Call the service desk on 020 123 4567.');
      expect(failure).toContain('https://help.contoso.nl/intune');
      expect(failure.toLowerCase()).not.toContain(HELPDESK[lang].toLowerCase());
    }
  });

  test.each<[string, OrgValues]>([
    ['empty strings', { organizationName: '  ', enrollmentServer: '', supportText: '', supportUrl: '' }],
    ['an http (not https) support URL only', { supportUrl: 'http://help.contoso.nl' }],
    ['a javascript: URL only', { supportUrl: 'javascript:alert(1)' }],
    ['a malformed URL only', { supportUrl: 'not a url' }],
  ])('ignores unusable org values: %s', (_name, org) => {
    const set = localizeInstructions('automatic-personal-register', lang, org);
    expect(set).toEqual(localizeInstructions('automatic-personal-register', lang));
  });

  it('keeps org values from injecting template markers or line breaks', () => {
    const set = localizeInstructions('automatic-personal-register', lang, { organizationName: 'Evil ${name}\nCorp', enrollmentServer: 'x${y}' });
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

  it('tells users of existing devices to save their files before any step, because the drive is erased', () => {
    const set = localizeInstructions('autopilot-existing-devices', lang);
    expect(section(set, 'before').join(' ')).toMatch(/OneDrive/);
    expect(set.steps.join(' ')).toContain('Software Center');
  });

  it('personal devices: register promises "only your work account" only when published; join says wipe, separate profile, Home', () => {
    expect(localizeInstructions('automatic-personal-register', lang).intro).toMatch(lang === 'en' ? /IT manages only your work account/ : /IT alleen uw werkaccount/);
    const general = localizeInstructions('automatic-personal-register-general', lang);
    expect(allText(general)).not.toMatch(/IT manages only|IT alleen uw werkaccount/);
    expect(section(general, 'before').join(' ')).toMatch(lang === 'en' ? /Ask your IT department/ : /Vraag uw IT-afdeling/);
    const join = section(localizeInstructions('automatic-personal-join', lang), 'before').join(' ');
    expect(join).toMatch(lang === 'en' ? /erase \(wipe\) all of it/ : /alles erop wissen/);
    expect(join).toMatch(lang === 'en' ? /separate profile/ : /apart profiel/);
    expect(join).toMatch(/Home/);
    expect(join).toMatch(lang === 'en' ? /Settings > System > About/ : /Instellingen > Systeem > Info/);
  });

  it('renders e-mail-ready plain text: title, intro, every block with its heading, numbered steps', () => {
    for (const set of allInstructionSets(lang, ORG)) {
      const text = instructionsAsPlainText(set, lang);
      expect(text.startsWith(`${set.title}\n`)).toBe(true);
      expect(text).toContain(set.intro);
      for (const s of set.sections) {
        expect(text).toContain(`${s.heading}:`);
        for (const item of s.items) expect(text).toContain(`- ${item}`);
      }
      set.steps.forEach((step, i) => expect(text).toContain(`${i + 1}. ${step}`));
      expect(text.match(/^\d+\. /gm)).toHaveLength(set.steps.length);
    }
  });

  it('the general plain text says it is general', () => {
    expect(instructionsAsPlainText(localizeInstructions('group-policy', lang), lang)).toContain(lang === 'en' ? 'These are the general instructions' : 'Dit zijn de algemene instructies');
  });
});

test.each(INSTRUCTION_SET_IDS)('%s: English and Dutch say the same things (same steps, same blocks, same number of lines)', (id) => {
  const shape = (i: LocalizedInstructions) => ({ steps: i.steps.length, blocks: i.sections.map((s) => [s.id, s.items.length]) });
  expect(shape(localizeInstructions(id, 'nl', ORG))).toEqual(shape(localizeInstructions(id, 'en', ORG)));
});

const METHODS: readonly [InstructionSetId, MethodId][] = [
  ['automatic-organization', 'automatic'],
  ['automatic-organization-existing', 'automatic'],
  ['automatic-personal-register', 'automatic'],
  ['automatic-personal-join', 'automatic'],
  ['automatic-bulk', 'automatic'],
  ['autopilot-user-driven', 'autopilot'],
  ['autopilot-hybrid', 'autopilot'],
  ['autopilot-pre-provisioned', 'autopilot'],
  ['autopilot-self-deploying', 'autopilot'],
  ['autopilot-existing-devices', 'autopilot'],
  ['group-policy', 'groupPolicy'],
  ['co-management-existing', 'coManagement'],
  ['co-management-new', 'coManagement'],
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
  { id: 'co-management-existing', lang: 'en', keyword: 'configuration manager' },
  { id: 'automatic-organization', lang: 'nl', keyword: 'inschrijven' },
  { id: 'automatic-personal-register', lang: 'nl', keyword: 'eigen laptop' },
  { id: 'automatic-personal-join', lang: 'nl', keyword: 'eigen laptop' },
  { id: 'autopilot-self-deploying', lang: 'nl', keyword: 'kiosk' },
  { id: 'automatic-bulk', lang: 'nl', keyword: 'bulk' },
  { id: 'group-policy', lang: 'nl', keyword: 'groepsbeleid' },
  { id: 'co-management-existing', lang: 'nl', keyword: 'co-beheer' },
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

test.each(LANGS)('list titles in %s fit one line of a search result list (at most 32 characters) and tell every set apart', (lang) => {
  const titles = allInstructionSets(lang).map((set) => set.listTitle);
  for (const title of titles) expect({ title, length: title.length <= 32 && title.trim() === title && title !== '' }).toEqual({ title, length: true });
  expect(new Set(titles).size).toBe(INSTRUCTION_SET_IDS.length);
});
