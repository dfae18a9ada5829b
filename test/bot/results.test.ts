import type { Activity } from 'botbuilder';
import { buttonData, cardOf, cardText, Conversation, finishAdvice, replyText, titleOf, questionOf } from './harness';

/** A personal (BYOD) fleet where only the work account is managed: automatic enrollment, register instructions. */
const BYOD = { ownership: 'personal', userAffinity: 'single', windowsVersion: 'win11', manage: 'account', otherMdm: 'no', volume: 'few' } as const;

function button(message: Partial<Activity> | undefined, verb: string, view?: string): Record<string, unknown> {
  const found = buttonData(cardOf(message)).find((d) => d.verb === verb && (view === undefined || d.view === view));
  if (found === undefined) throw new Error(`no ${verb} button`);
  return found;
}

/** Buttons of result cards sent before the one-card flow: they carry the run's answers. */
function oldButton(verb: string): Record<string, unknown> {
  return { verb, flow: 'old-run', answers: { ...BYOD } };
}

describe('after the advice: result buttons and commands', () => {
  test('buttons of older result cards still work: compare and tasks switch that card, instructions are posted once', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const comparison = await c.clickOn({ id: 'old-card' }, oldButton('compare'));
    expect(comparison).toHaveLength(0);
    expect(c.adapter.updates.at(-1)?.id).toBe('old-card');
    expect(cardText(cardOf(c.adapter.updates.at(-1)))).toContain('The four enrollment methods compared');
    expect(cardText(cardOf(c.adapter.updates.at(-1)))).toContain('\u2605');
    await c.clickOn({ id: 'old-card' }, oldButton('showTasks'));
    expect(cardText(cardOf(c.adapter.updates.at(-1)))).toContain('Administrator tasks');
    const instructions = await c.click(oldButton('instructions'));
    expect(instructions).toHaveLength(1);
    expect(titleOf(instructions[0])).toBe('Use work apps on your own device');
  });

  test('view buttons still work when the conversation state is gone (they carry the answers)', async () => {
    const c = new Conversation({ locale: 'nl-NL' });
    const { result } = await finishAdvice(c, BYOD, 'advies');
    const fresh = new Conversation({ locale: 'nl-NL' });
    await fresh.clickOn(result, button(result, 'view', 'tasks'));
    expect(fresh.adapter.updates.at(-1)?.id).toBe(result?.id);
    expect(cardText(cardOf(fresh.adapter.updates.at(-1)))).toContain('Beheertaken');
  });

  test('typed compare/tasks after the advice switch the result card in place (no second copy of the table)', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const { result } = await finishAdvice(c, BYOD);
    const compare = await c.say('compare');
    expect(compare).toHaveLength(0);
    expect(c.adapter.updates.at(-1)?.id).toBe(result?.id);
    expect(cardText(cardOf(c.adapter.updates.at(-1)))).toContain('\u25b6');
    const tasks = await c.say('tasks');
    expect(tasks).toHaveLength(0);
    expect(c.adapter.updates.at(-1)?.id).toBe(result?.id);
    expect(cardText(cardOf(c.adapter.updates.at(-1)))).toContain('Admin tasks');
  });

  test('typed compare after the result card was replaced by a newer run posts the table for the kept result', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await finishAdvice(c, BYOD);
    await c.say('restart');
    const compare = await c.say('compare');
    expect(compare).toHaveLength(1);
    expect(cardText(cardOf(compare[0]))).toContain('\u25b6');
  });

  test('compare with no advice at all shows the plain table', async () => {
    const c = new Conversation({ locale: 'nl-NL' });
    const compare = await c.say('vergelijk');
    expect(titleOf(compare[0])).toBe('De vier inschrijvingsmethoden vergeleken');
    expect(cardText(cardOf(compare[0]))).not.toContain('\u25b6');
  });

  test.each([
    ['an unknown answer value', { ownership: 'stolen' }],
    ['an unknown question', { favouriteColour: 'blue' }],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown],
    ['not an object', ['personal']],
  ])('result buttons with tampered answers (%s) are explained, nothing breaks', async (_name, answers) => {
    const c = new Conversation({ locale: 'en-US' });
    for (const verb of ['showTasks', 'compare', 'instructions']) {
      const replies = await c.click({ verb, flow: 'f', answers });
      expect(titleOf(replies[0])).toBe('That is not one of the answers');
      expect(replyText(replies[0] ?? {})).toContain('answers I cannot use');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a button whose flow is not the kept result (and carries no answers) says there is no advice', async () => {
    const c = new Conversation({ locale: 'en-US' });
    await finishAdvice(c, BYOD);
    const replies = await c.click({ verb: 'showTasks', flow: 'some-other-run' });
    expect(replyText(replies[0] ?? {})).toContain('no advice yet');
  });

  test('a contradiction gets no tasks or instructions, and says why', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const { result, after } = await finishAdvice(c, { ownership: 'mixed', userAffinity: 'userless' });
    expect(after).toHaveLength(0);
    expect(cardText(cardOf(result))).toContain('No recommendation yet');
    expect(buttonData(cardOf(result)).map((d) => d.view).filter(Boolean)).toEqual(['recommendation', 'comparison']);
    expect(replyText((await c.say('tasks'))[0] ?? {})).toContain('contradict');
  });

  test.each([
    ['en', 'instructions autopilot', 'Set up the work device IT sent you', 'autopilot-self-deploying'],
    ['nl', 'instructies groepsbeleid', 'Uw werk-pc verbindt zich vanzelf met Intune', undefined],
    ['en', 'instructions autopilot-self-deploying', 'A shared or kiosk device: nothing for you to set up', undefined],
    ['nl', 'instructies co-beheer', 'Uw werk-pc wordt bij Intune ingeschreven: u hoeft niets te doen', 'co-management-new'],
  ] as const)('%s: "%s" gives that method\u2019s instruction card (and names the other variants)', async (lang, typed, title, variant) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const replies = await c.say(typed);
    expect(titleOf(replies[0])).toBe(title);
    if (variant !== undefined) expect(replies[1]?.text).toContain(variant);
    else expect(replies).toHaveLength(1);
  });

  test('instructions for something unknown say which methods exist', async () => {
    const c = new Conversation({ locale: 'en-US' });
    const replies = await c.say('instructions teleportation');
    expect(replyText(replies[0] ?? {})).toContain('I have no instructions for \u201cteleportation\u201d');
  });

  test.each(['publish', 'settings', 'saveSettings'])('without a settings store the %s button says organization settings are not available, and changes nothing', async (verb) => {
    const c = new Conversation({ locale: 'en-US' });
    const { result } = await finishAdvice(c, BYOD);
    const data = verb === 'publish' ? button(result, 'publish') : { verb, organizationName: 'Contoso' };
    const replies = await c.click(data);
    expect(titleOf(replies[0])).toBe('Not available');
    // The kept result is untouched: typed tasks still switch its card to the admin tasks.
    await c.say('tasks');
    expect(cardText(cardOf(c.adapter.updates.at(-1)))).toContain('Admin tasks');
  });
});

describe.each([
  { lang: 'en' as const, locale: 'en-US', titles: ['Compare methods', 'Admin tasks', 'Employee instructions', 'Start over'] },
  { lang: 'nl' as const, locale: 'nl-NL', titles: ['Methoden vergelijken', 'Beheertaken', 'Instructies voor medewerkers', 'Opnieuw beginnen'] },
])('suggested next steps after a result ($lang)', ({ locale, titles }) => {
  test('the last message of the advice offers compare, admin tasks, the instructions and start over; each works', async () => {
    const c = new Conversation({ locale });
    const { result, after } = await finishAdvice(c, BYOD);
    const last = after.at(-1);
    const actions = last?.suggestedActions?.actions ?? [];
    expect(actions.map((a) => a.title)).toEqual(titles);
    expect(last?.suggestedActions?.to).toEqual([after[0]?.recipient?.id]);
    for (const a of actions) expect(String(a.title).length).toBeLessThanOrEqual(35);
    const [compare, tasks, instructions, restart] = actions.map((a) => String(a.value));
    // Compare and admin tasks switch the result card in place.
    expect(await c.say(compare ?? '')).toHaveLength(0);
    expect(c.adapter.updates.at(-1)?.id).toBe(result?.id);
    expect(await c.say(tasks ?? '')).toHaveLength(0);
    expect(c.adapter.updates.at(-1)?.id).toBe(result?.id);
    // The instructions are the same set again, as a card helpdesk can forward.
    const again = await c.say(instructions ?? '');
    expect(cardText(cardOf(again[0]))).toBe(cardText(cardOf(after[0])));
    // Start over asks the first question on a new card.
    const fresh = await c.say(restart ?? '');
    expect(questionOf(cardOf(fresh.at(-1)))).toBe('ownership');
  });

  test('in a group chat no suggestions are attached (Teams shows them only in one-on-one chats)', async () => {
    const bot = { id: 'advisor-bot', name: 'Advisor' };
    const c = new Conversation(
      { locale },
      {
        channelId: 'msteams',
        recipient: bot,
        from: { id: 'alex', name: 'Alex', aadObjectId: 'aad-alex' },
        conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: '' },
        // Shared chats reach the bot only when it is mentioned; clicks always do.
        entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: bot }],
      },
    );
    const { after } = await finishAdvice(c, BYOD);
    expect(after.length).toBeGreaterThan(0);
    for (const m of after) expect(m.suggestedActions).toBeUndefined();
  });
});
