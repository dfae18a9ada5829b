import type { Activity } from 'botbuilder';
import { localizeInstructions, localizeQuestion, unknownLabel } from '../../src/content';
import type { Lang } from '../../src/content/types';
import { instructionSets, recommend } from '../../src/engine';
import { QUESTION_VALUES, type Answers, type QuestionId } from '../../src/engine/types';
import { collectActions } from '../../src/cards';
import { answerButtons, buttonData, cardOf, cardText, Conversation, questionOf } from './harness';
import { answerFor, CONVERSATION_SCENARIOS, METHOD_NAMES, type ConversationScenario } from './scenarios';

/** Headings the user reads, written out by hand so a wrong language fails. */
const HEADINGS: Readonly<Record<Lang, { recommendation: string; none: string; comparison: string; tasks: string; progress: RegExp; start: string }>> = {
  en: {
    recommendation: 'Recommended enrollment method',
    none: 'No recommendation yet',
    comparison: 'The four enrollment methods compared',
    tasks: 'Administrator tasks',
    progress: /^Question (\d+) of about (\d+)$/m,
    start: 'start',
  },
  nl: {
    recommendation: 'Aanbevolen inschrijvingsmethode',
    none: 'Nog geen advies',
    comparison: 'De vier inschrijvingsmethoden vergeleken',
    tasks: 'Beheertaken',
    progress: /^Vraag (\d+) van ongeveer (\d+)$/m,
    start: 'advies',
  },
};

const YES_NO: Readonly<Record<Lang, Readonly<Record<'yes' | 'no', string>>>> = { en: { yes: 'Yes', no: 'no' }, nl: { yes: 'ja', no: 'Nee' } };

/** What an admin might type for `value`, varied by step: number, label, value id, ordinary word or the other language's label. */
function typedAnswer(q: QuestionId, value: string, lang: Lang, step: number): string {
  const values: readonly string[] = QUESTION_VALUES[q];
  if (value === 'unknown') return step % 2 === 0 ? String(values.length + 1) : lang === 'nl' ? 'weet ik niet' : "I don't know";
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const label = (l: Lang): string => localizeQuestion(q, l).options.find((o) => o.value === value)?.label ?? value;
  switch (step % 4) {
    case 0:
      return String(values.indexOf(value) + 1);
    case 1:
      return label(lang);
    case 2:
      return value;
    default:
      return value === 'yes' || value === 'no' ? YES_NO[lang][value] : label(other).toUpperCase();
  }
}

interface Walk {
  readonly asked: QuestionId[];
  /** The run's one card as it reads at the end (the result). */
  readonly result: Partial<Activity> | undefined;
  /** The messages posted after the run's card (the employee instructions). */
  readonly after: Partial<Activity>[];
}

/**
 * Answers every question the bot asks from the scenario on the run's one card, checking after every turn that it is
 * the only live question card and that the bot posted nothing else.
 */
async function walk(c: Conversation, scenario: ConversationScenario, lang: Lang): Promise<Walk> {
  const asked: QuestionId[] = [];
  await c.say(HEADINGS[lang].start);
  expect(c.posted).toBe(1);
  const cardId = c.last()?.id;
  for (let step = 0; ; step++) {
    const live = cardId === undefined ? undefined : c.messages.get(cardId);
    const card = cardOf(live);
    const q = questionOf(card) as QuestionId | undefined;
    if (q === undefined) break;
    expect(asked).not.toContain(q);
    expect(step).toBeLessThan(8);
    asked.push(q);
    const text = cardText(card);
    expect(text).toContain(localizeQuestion(q, lang).text);
    expect(text).toContain(unknownLabel(lang).slice(0, 20));
    expect(Number(HEADINGS[lang].progress.exec(text)?.[1])).toBe(step + 1);
    // The answers so far are on the card, each with a Change button.
    expect(buttonData(card).filter((d) => d.verb === 'change')).toHaveLength(step);

    const value = answerFor(scenario, q);
    const click = scenario.mode === 'click' || (scenario.mode === 'mixed' && step % 2 === 0);
    const replies = click
      ? await c.clickOn(live, answerButtons(card).find((b) => b.value === value))
      : await c.say(typedAnswer(q, value, lang, step));
    if (questionOf(cardOf(cardId === undefined ? undefined : c.messages.get(cardId))) !== undefined) expect(replies).toHaveLength(0);
    expect(c.liveQuestionCards().length).toBeLessThanOrEqual(1);
  }
  const all = [...c.messages.values()];
  return { asked, result: cardId === undefined ? undefined : c.messages.get(cardId), after: all.slice(all.findIndex((m) => m.id === cardId) + 1) };
}

const CASES = CONVERSATION_SCENARIOS.flatMap((scenario) => (['en', 'nl'] as const).map((lang) => ({ name: scenario.name, lang, scenario })));

describe('full advice conversations: one card, at most 3 messages', () => {
  test.each(CASES)('$lang: $name ($scenario.mode) — one live card, then the result and its instructions', async ({ scenario, lang }) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const { asked, result, after } = await walk(c, scenario, lang);
    expect(asked[0]).toBe('ownership');
    // Whatever the engine decides for the answers it asked for, the bot posts the card once and one instruction card
    // per set the engine names: at most 3 messages, no live question card left.
    const given: Answers = Object.fromEntries(asked.map((q) => [q, answerFor(scenario, q)]));
    const rec = recommend(given);
    const sets = rec.recommended === null ? [] : instructionSets(rec, given);
    expect(c.posted).toBe(1 + sets.length);
    expect(c.posted).toBeLessThanOrEqual(3);
    expect(c.liveQuestionCards()).toHaveLength(0);
    expect(after).toHaveLength(sets.length);
    const views = buttonData(cardOf(result)).filter((d) => d.verb === 'view').map((d) => d.view);
    expect(views).toEqual(rec.recommended === null ? ['recommendation', 'comparison'] : ['recommendation', 'comparison', 'tasks']);
  });

  const told = async ({ scenario, lang }: (typeof CASES)[number]): Promise<void> => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const { asked, result, after } = await walk(c, scenario, lang);

    for (const q of scenario.neverAsked ?? []) expect(asked).not.toContain(q);
    expect(c.posted).toBeLessThanOrEqual(3);
    expect(c.posted).toBe(1 + scenario.sets.length);
    expect(c.liveQuestionCards()).toHaveLength(0);

    const h = HEADINGS[lang];
    const recommendation = cardText(cardOf(result));
    const views = buttonData(cardOf(result)).filter((d) => d.verb === 'view').map((d) => d.view);
    if (scenario.method === null) {
      expect(recommendation).toContain(h.none);
      expect(views).toEqual(['recommendation', 'comparison']);
      expect(after).toHaveLength(0);
      return;
    }
    expect(views).toEqual(['recommendation', 'comparison', 'tasks']);
    expect(recommendation).toContain(h.recommendation);
    expect(recommendation).toContain(METHOD_NAMES[scenario.method][lang]);
    for (const mention of scenario.recommendationMentions?.[lang] ?? []) expect(recommendation).toContain(mention);

    // Employee instructions: one forwardable card per set; the e-mail text and the printable page are links on it,
    // never posted.
    expect(after).toHaveLength(scenario.sets.length);
    scenario.sets.forEach((set, i) => {
      const card = cardOf(after[i]);
      expect(cardText(card)).toContain(localizeInstructions(set, lang).title);
      const actions = collectActions(card);
      expect(actions.filter((a) => a.type !== 'Action.OpenUrl')).toEqual([]);
      const urls = actions.map((a) => a.url);
      expect(urls).toContain(`https://advisor.example.com/instructions/${set}?lang=${lang}`);
      expect(urls).toContain(`https://advisor.example.com/instructions/${set}?lang=${lang}&format=text`);
    });
    expect(after.every((m) => (m.attachments ?? []).length === 1)).toBe(true);
    expect(h.comparison).not.toBe('');
  };
  test.each(CASES)('$lang: $name ($scenario.mode) — what the admin is told', told);
});
