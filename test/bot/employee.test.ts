import type { Activity } from 'botbuilder';
import type { OrgSettings, OrgSettingsReader } from '../../src/bot/org-settings';
import type { Lang } from '../../src/content/types';
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
  ] as const)('%s: a work device that was sent new gets two questions, then one instructions card with its e-mail text on it', async (lang, ask, title, question) => {
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
    expect(JSON.stringify(cardOf(done[0])?.actions)).toContain('Action.ShowCard');
  });

  test.each([
    ['en', 'my own', 'Connect your own device to work'],
    ['nl', 'mijn eigen apparaat', 'Uw eigen apparaat met uw werk verbinden'],
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
    expect(titleOf(shipped[0])).toBe('Start a shared or kiosk device');

    const fabrikam = new Conversation({ locale: 'en-US', settings }, tenant('tenant-fabrikam'));
    await fabrikam.say('enroll');
    const other = await fabrikam.say('2');
    expect(titleOf(other[0])).toBe('Connect your own device to work');
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
    expect(titleOf(done[0])).toBe('Uw eigen apparaat met uw werk verbinden');
    expect(c.log.lines().some((l) => l.msg === 'could not read organization settings; using the general instructions')).toBe(true);
  });

  test('"start" during the employee flow switches to the admin advice', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await c.say('enroll');
    const advice = await c.say('start');
    expect(titleOf(advice[0])).toMatch(/^Question 1 of about/);
  });
});
