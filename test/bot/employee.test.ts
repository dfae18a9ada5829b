import type { Activity } from 'botbuilder';
import type { OrgSettings, OrgSettingsReader } from '../../src/bot/org-settings';
import type { Lang } from '../../src/content/types';
import { collectActions } from '../../src/cards/inspect';
import { localizeInstructions } from '../../src/content/instructions';
import { EMPLOYEE_QUESTION_VALUES } from '../../src/engine/types';
import { ORGANIZATION, PERSONAL } from '../fixtures/employee-rows';
import { buttonData, cardOf, cardText, Conversation, replyText, titleOf } from './harness';

const EMPLOYEE_TITLE: Readonly<Record<Lang, string>> = { en: 'Enroll your device', nl: 'Uw apparaat inschrijven' };
const GENERAL = { en: 'general instructions', nl: 'algemene instructies' } as const;

function employeeButtons(card: unknown): { verb: string; question: string; value: string; flow: string }[] {
  return buttonData(card).filter((d) => d.verb === 'employeeAnswer') as { verb: string; question: string; value: string; flow: string }[];
}

function tenant(id: string): Partial<Activity> {
  return { channelId: 'msteams', channelData: { tenant: { id } } };
}

/** A settings store holding one tenant's published settings, recording which tenants were asked for. */
function settingsFor(tenantId: string, settings: OrgSettings): OrgSettingsReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    read: async (id: string) => {
      asked.push(id);
      return id === tenantId ? settings : undefined;
    },
  };
}

const CONTOSO: OrgSettings = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'Call the Contoso helpdesk on 1234.',
  organizationMethod: 'autopilot',
  autopilotMode: 'self-deploying',
  personalMethod: 'automatic',
  personalScopes: { mdm: 'none', mam: 'some-or-all' },
};

describe('employee flow', () => {
  test.each([
    ['en', 'How do I enroll my laptop?', 'Set up your new work device', 'Who'],
    ['nl', 'Hoe schrijf ik mijn apparaat in?', 'Uw nieuwe werkapparaat instellen', 'Welk apparaat'],
  ] as const)('%s: a work device that was sent new gets two questions, then one instructions card; plain text is a link on it', async (lang, ask, title, question) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const first = await c.say(ask);
    expect(titleOf(first[0])).toBe(EMPLOYEE_TITLE[lang]);
    expect(cardText(cardOf(first[0]))).toContain(question);
    const second = await c.click(employeeButtons(cardOf(first[0])).find((b) => b.value === 'organization'));
    expect(employeeButtons(cardOf(second[0])).map((b) => b.question)).toContain('obtained');
    const done = await c.click(employeeButtons(cardOf(second[0])).find((b) => b.value === 'shipped-new'));
    expect(done).toHaveLength(1);
    expect(titleOf(done[0])).toBe(title);
    expect(cardText(cardOf(done[0]))).toContain(GENERAL[lang]);
    expect(buttonData(cardOf(done[0]))).toEqual([]);
    const links = collectActions(cardOf(done[0])).map((a) => a.url);
    expect(links).toContain(`https://advisor.example.com/instructions/automatic-organization?lang=${lang}&format=text`);
  });

  test.each([
    ['en', 'my own', 'Add your work account to your own device'],
    ['nl', 'mijn eigen apparaat', 'Uw werkaccount toevoegen aan uw eigen apparaat'],
  ] as const)('%s: a typed answer "%s" for a personal device needs only one question', async (lang, typed, title) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    await c.say(lang === 'nl' ? 'inschrijven' : 'intune');
    const done = await c.say(typed);
    expect(titleOf(done[0])).toBe(title);
  });

  test('an employee answer the flow cannot read re-asks with a hint', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.say('enroll');
    const hint = await c.say('a blue one');
    expect(hint[0]?.text).toContain('number from 1 to 2');
    expect(titleOf(hint[0])).toBe(EMPLOYEE_TITLE.en);
  });

  test('the welcome card\u2019s "Enroll my device" button starts the flow; its buttons are stale once done', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const first = await c.click({ verb: 'instructions' });
    const personal = employeeButtons(cardOf(first[0])).find((b) => b.value === 'personal');
    await c.click(personal);
    const stale = await c.click(personal);
    expect(replyText(stale[0] ?? {})).toContain('finished or were stopped');
  });

  test('a tampered employee answer is explained and changes nothing', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const first = await c.say('enroll');
    const flow = employeeButtons(cardOf(first[0]))[0]?.flow ?? '';
    const tampered = await c.click({ verb: 'employeeAnswer', question: 'deviceOwner', value: 'stolen', flow });
    expect(titleOf(tampered[0])).toBe('That is not one of the answers');
    const still = await c.say('1');
    expect(employeeButtons(cardOf(still[0])).map((b) => b.question)).toContain('obtained');
  });

  test('with published settings: the organization\u2019s method, server name and support contact, only for its own tenant', async () => {
    const settings = settingsFor('tenant-contoso', CONTOSO);
    const contoso = new Conversation({ locale: 'en-US', settings }, tenant('tenant-contoso'));
    await contoso.say('how do I enroll my device');
    const personal = await contoso.say('2');
    const text = cardText(cardOf(personal[0]));
    expect(titleOf(personal[0])).toBe('Use work apps on your own device');
    expect(text).toContain('EnterpriseEnrollment.contoso.com');
    expect(text).toContain('Call the Contoso helpdesk on 1234.');
    expect(text).not.toContain(GENERAL.en);

    await contoso.say('enroll');
    await contoso.say('1');
    const shipped = await contoso.say('2');
    expect(titleOf(shipped[0])).toBe('A shared or kiosk device: nothing for you to set up');

    const fabrikam = new Conversation({ locale: 'en-US', settings }, tenant('tenant-fabrikam'));
    await fabrikam.say('enroll');
    const other = await fabrikam.say('2');
    expect(titleOf(other[0])).toBe('Add your work account to your own device');
    expect(cardText(cardOf(other[0]))).not.toContain('contoso');
    expect(cardText(cardOf(other[0]))).toContain(GENERAL.en);
    expect(new Set(settings.asked)).toEqual(new Set(['tenant-contoso', 'tenant-fabrikam']));
  });

  test('a settings store that fails is logged and the employee still gets the general instructions', async () => {
    const failing: OrgSettingsReader = {
      read: async () => {
        throw new Error('store down');
      },
    };
    const c = new Conversation({ locale: 'nl-NL', settings: failing }, tenant('tenant-x'));
    await c.say('inschrijven');
    const done = await c.say('2');
    expect(titleOf(done[0])).toBe('Uw werkaccount toevoegen aan uw eigen apparaat');
    expect(c.log.lines().some((l) => l.msg === 'could not read organization settings; using the general instructions')).toBe(true);
  });

  test.each([
    ['home', 'Windows Home cannot be joined'],
    ['pro-or-higher', 'Join your own device to your organization'],
  ] as const)('an organization that manages personal devices: the edition is asked before join steps (%s)', async (edition, title) => {
    const settings = settingsFor('tenant-byod', { personalMethod: 'automatic', personalScopes: { mdm: 'some-or-all', mam: 'none' } });
    const c = new Conversation({ locale: 'en-US', settings }, tenant('tenant-byod'));
    await c.say('enroll');
    const asked = await c.say('2');
    const buttons = employeeButtons(cardOf(asked[0]));
    expect(buttons.map((b) => b.question)).toEqual(['edition', 'edition', 'edition']);
    expect(cardText(cardOf(asked[0]))).toContain('Settings > System > About');
    const done = await c.click(buttons.find((b) => b.value === edition));
    expect(titleOf(done[0])).toBe(title);
  });

  test('a card with the organization\u2019s values links to a printable page that carries them sealed, not readable', async () => {
    const c = new Conversation({ locale: 'en-US', settings: settingsFor('tenant-contoso', CONTOSO) }, tenant('tenant-contoso'));
    await c.say('enroll');
    const done = await c.say('2');
    const printable = collectActions(cardOf(done[0])).map((a) => String(a.url)).find((u) => u.includes('/instructions/') && !u.includes('format=text'));
    expect(printable).toMatch(/^https:\/\/advisor\.example\.com\/instructions\/automatic-personal-register\?lang=en&org=v1\./);
    expect(decodeURIComponent(printable ?? '')).not.toMatch(/contoso|tenant/i);
  });

  test('"start" during the employee flow switches to the admin advice', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.say('enroll');
    const advice = await c.say('start');
    expect(titleOf(advice[0])).toMatch(/^Question 1 of about/);
  });
});

/** Every published choice × every answer, clicked through in the chat in both languages: the card is the expected set's. */
const CHAT_ROWS = (['en', 'nl'] as const).flatMap((lang) => [
  ...ORGANIZATION.flatMap((row) =>
    EMPLOYEE_QUESTION_VALUES.obtained.map((obtained) => ({
      name: `${row.name}: work device, ${obtained}`,
      lang,
      org: row.org,
      clicks: ['organization', obtained, ...(obtained === 'own-purchase' ? ['pro-or-higher'] : [])],
      set: row.sets[obtained],
    })),
  ),
  ...PERSONAL.map((row) => ({
    name: `${row.name}: own device`,
    lang,
    org: row.org,
    clicks: ['personal', ...(typeof row.byEdition === 'string' ? [] : ['home'])],
    set: typeof row.byEdition === 'string' ? row.byEdition : row.byEdition.home,
  })),
]);

describe('employee flow in the chat: every published choice and answer, English and Dutch', () => {
  test.each(CHAT_ROWS)('[$lang] $name → $set', async ({ lang, org, clicks, set }) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US', settings: settingsFor('tenant-t', { organizationName: 'Contoso', ...org }) }, tenant('tenant-t'));
    let replies = await c.say(lang === 'nl' ? 'hoe schrijf ik mijn apparaat in' : 'how do I enroll my device');
    for (const value of clicks) replies = await c.click(employeeButtons(cardOf(replies[0])).find((b) => b.value === value));
    expect(replies).toHaveLength(1);
    expect(titleOf(replies[0])).toBe(localizeInstructions(set, lang).title);
    expect(cardText(cardOf(replies[0]))).toContain(localizeInstructions(set, lang, { organizationName: 'Contoso' }).steps[0]);
  });
});
