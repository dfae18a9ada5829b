import { walkJson } from '../../src/cards/card-json';
import { collectVerbs, findTemplateLeftovers } from '../../src/cards/inspect';
import { CardTemplateError, TEMPLATE_NAMES, render, templateJson, type ViewModels } from '../../src/cards/render';
import { VERBS } from '../../src/cards/verbs';
import { noticeCardVm } from '../../src/cards/notice-card';
import { readableText } from './support';

/** Keys whose string values a user reads; in templates they may only hold `${…}` expressions and symbols. */
const READABLE_KEYS = new Set(['text', 'title', 'label', 'placeholder', 'errorMessage', 'fallbackText', 'altText', 'speak', 'value']);

describe('templates in cards/', () => {
  test.each(TEMPLATE_NAMES)('%s.card.json has no literal user-facing text (only ${…} and symbols)', (name) => {
    const literals: string[] = [];
    walkJson(templateJson(name), (node, path) => {
      for (const [key, value] of Object.entries(node)) {
        if (!READABLE_KEYS.has(key) || typeof value !== 'string') continue;
        const outsideExpressions = value.replace(/\$\{[^}]*\}/g, '');
        if (/\p{L}/u.test(outsideExpressions)) literals.push(`${path}.${key}: ${value}`);
      }
    });
    expect(literals).toEqual([]);
  });

  test.each(TEMPLATE_NAMES)('%s.card.json declares Adaptive Card version 1.5 (Teams maximum)', (name) => {
    expect(templateJson(name)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });
});

describe('render()', () => {
  test('throws a developer error naming the unbound field when the view model misses one', () => {
    const incomplete = { lang: 'en', title: 'Only a title' } as unknown as ViewModels['notice'];
    expect(() => render('notice', incomplete)).toThrow(CardTemplateError);
    expect(() => render('notice', incomplete)).toThrow(/notice.*unbound template fields/);
  });

  test('an admin-typed "${…}" in the data is shown, not mistaken for an unbound field, and never evaluated', () => {
    const card = render('notice', noticeCardVm({ title: 'Support: ${1+1}', text: 'Call ${helpdesk}' }, 'en'));
    expect(findTemplateLeftovers(card)).toEqual([]);
    expect(readableText(card)).toContain('Support: $\u200b{1+1}');
    expect(readableText(card)).not.toContain('2');
  });

  test('rendering twice gives equal cards and leaves the template untouched', () => {
    const before = JSON.stringify(templateJson('notice'));
    const vm = noticeCardVm({ title: 'T', text: 'x', actions: ['help'] }, 'nl');
    expect(render('notice', vm)).toEqual(render('notice', vm));
    expect(JSON.stringify(templateJson('notice'))).toBe(before);
  });
});

describe('collectVerbs()', () => {
  test('finds verbs in top-level actions, ActionSets, selectActions, show-cards and fallbacks; Execute verbs too', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'ActionSet', actions: [{ type: 'Action.Submit', data: { verb: 'answer' } }, { type: 'Action.OpenUrl', url: 'https://x' }] },
        { type: 'Container', selectAction: { type: 'Action.Submit', data: { verb: 'help' } }, items: [] },
        { type: 'Table', fallback: { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'ignored', data: { verb: 'start' } }] } },
        { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'publish' }] },
      ],
      actions: [
        { type: 'Action.ShowCard', card: { type: 'AdaptiveCard', body: [], actions: [{ type: 'Action.Submit', data: { verb: 'cancel' } }] } },
        { type: 'Action.Submit', data: { noVerb: true } },
      ],
    };
    expect(collectVerbs(card)).toEqual(['answer', 'help', 'start', '', 'cancel', '']);
  });

  test('every VERBS key maps to a distinct value', () => {
    const values = Object.values(VERBS);
    expect(new Set(values).size).toBe(values.length);
  });
});
