import { escapeMarkdownLine } from '../../src/bot/replies';
import { instructionsAsPlainText, localizeInstructions, localizeQuestion, unknownLabel } from '../../src/content';
import type { Lang } from '../../src/content/types';
import { QUESTION_VALUES, type QuestionId } from '../../src/engine/types';
import { collectActions } from '../../src/cards';
import { answerButtons, cardOf, cardText, Conversation, questionOf, type Conversation as Conv } from './harness';
import { answerFor, CONVERSATION_SCENARIOS, METHOD_NAMES, type ConversationScenario } from './scenarios';

/** Headings the user reads, written out by hand so a wrong language fails. */
const HEADINGS: Readonly<Record<Lang, { recommendation: string; none: string; comparison: string; tasks: string; progress: RegExp; start: string; plainIntro: string }>> = {
  en: {
    recommendation: 'Recommended enrollment method',
    none: 'No recommendation yet',
    comparison: 'The four enrollment methods compared',
    tasks: 'Administrator tasks',
    progress: /^Question (\d+) of about (\d+)$/m,
    start: 'start',
    plainIntro: 'plain text',
  },
  nl: {
    recommendation: 'Aanbevolen inschrijvingsmethode',
    none: 'Nog geen advies',
    comparison: 'De vier inschrijvingsmethoden vergeleken',
    tasks: 'Beheertaken',
    progress: /^Vraag (\d+) van ongeveer (\d+)$/m,
    start: 'advies',
    plainIntro: 'platte tekst',
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
  readonly results: Awaited<ReturnType<Conv['send']>>;
}

/** Answers every question the bot asks from the scenario, checking each question card and its in-place update. */
async function walk(c: Conversation, scenario: ConversationScenario, lang: Lang): Promise<Walk> {
  const asked: QuestionId[] = [];
  let replies = await c.say(HEADINGS[lang].start);
  for (let step = 0; ; step++) {
    const card = cardOf(replies[0]);
    const q = questionOf(card) as QuestionId | undefined;
    if (q === undefined) break;
    expect(replies).toHaveLength(1);
    expect(asked).not.toContain(q);
    expect(step).toBeLessThan(8);
    asked.push(q);
    const text = cardText(card);
    expect(text).toContain(localizeQuestion(q, lang).text);
    expect(text).toContain(unknownLabel(lang));
    expect(Number(HEADINGS[lang].progress.exec(text)?.[1])).toBe(step + 1);

    const value = answerFor(scenario, q);
    const click = scenario.mode === 'click' || (scenario.mode === 'mixed' && step % 2 === 0);
    const questionId = replies[0]?.id;
    const updatesBefore = c.adapter.updates.length;
    if (click) {
      const button = answerButtons(card).find((b) => b.value === value);
      expect(button).toBeDefined();
      replies = await c.click(button);
    } else {
      replies = await c.say(typedAnswer(q, value, lang, step));
    }
    // The question card turned into the "answered" card, in place and without buttons.
    expect(c.adapter.updates).toHaveLength(updatesBefore + 1);
    const updated = c.adapter.updates[updatesBefore];
    expect(updated?.id).toBe(questionId);
    const chosen = value === 'unknown' ? unknownLabel(lang) : localizeQuestion(q, lang).options.find((o) => o.value === value)?.label;
    expect(cardText(cardOf(updated))).toContain(chosen);
    expect(collectActions(cardOf(updated))).toHaveLength(0);
  }
  return { asked, results: replies };
}

const CASES = CONVERSATION_SCENARIOS.flatMap((scenario) => (['en', 'nl'] as const).map((lang) => ({ name: scenario.name, lang, scenario })));

describe('full advice conversations', () => {
  test.each(CASES)('$lang: $name', async ({ scenario, lang }) => {
    const c = new Conversation({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
    const { asked, results } = await walk(c, scenario, lang);

    expect(asked[0]).toBe('ownership');
    for (const q of scenario.neverAsked ?? []) expect(asked).not.toContain(q);

    const h = HEADINGS[lang];
    const recommendation = cardText(cardOf(results[0]));
    const firstLines = recommendation.split('\n').slice(0, 3).join('\n');
    if (scenario.method === null) {
      expect(results).toHaveLength(2);
      expect(firstLines).toContain(h.none);
      expect(cardText(cardOf(results[1]))).toContain(h.comparison);
      return;
    }
    expect(results).toHaveLength(3 + scenario.sets.length + 1);
    expect(firstLines).toContain(h.recommendation);
    expect(firstLines).toContain(METHOD_NAMES[scenario.method][lang]);
    for (const mention of scenario.recommendationMentions?.[lang] ?? []) expect(recommendation).toContain(mention);
    expect(cardText(cardOf(results[1]))).toContain(h.comparison);
    expect(cardText(cardOf(results[2]))).toContain(h.tasks);

    const instructionCards = results.slice(3, 3 + scenario.sets.length).map(cardOf);
    scenario.sets.forEach((set, i) => {
      expect(cardText(instructionCards[i])).toContain(localizeInstructions(set, lang).title);
      const actions = collectActions(instructionCards[i]);
      expect(actions.filter((a) => a.type !== 'Action.OpenUrl')).toEqual([]);
    });

    const plain = results[results.length - 1];
    expect(plain?.attachments ?? []).toHaveLength(0);
    expect(plain?.textFormat).toBe('markdown');
    expect(plain?.text).toContain(h.plainIntro);
    // Teams joins single line breaks, so every line of the e-mail text must arrive as its own (escaped) paragraph.
    const paragraphs = (plain?.text ?? '').split('\n\n');
    expect(plain?.text).not.toMatch(/[^\n]\n[^\n]/);
    for (const set of scenario.sets) {
      for (const line of instructionsAsPlainText(localizeInstructions(set, lang), lang).split('\n').filter((l) => l !== '')) {
        expect(paragraphs).toContain(escapeMarkdownLine(line));
      }
    }
  });
});
