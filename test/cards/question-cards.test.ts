import { buildAnsweredCard } from '../../src/cards/answered-card';
import { buildEmployeeQuestionCard } from '../../src/cards/employee-question-card';
import { collectActions, collectVerbs } from '../../src/cards/inspect';
import { buildQuestionCard } from '../../src/cards/question-card';
import { VERBS, type AnswerData } from '../../src/cards/verbs';
import { localizeQuestion, unknownLabel, employeeQuestion } from '../../src/content';
import { EMPLOYEE_VALUES, type Lang } from '../../src/content/types';
import { QUESTION_IDS, QUESTION_VALUES, type QuestionId } from '../../src/engine/types';
import { readableText, textBlocks } from './support';

const LANG_ROWS: readonly { lang: Lang; progress: string; dontKnow: string; back: string }[] = [
  { lang: 'en', progress: 'Question 3 of about 6', dontKnow: "Don't know", back: 'Back' },
  { lang: 'nl', progress: 'Vraag 3 van ongeveer 6', dontKnow: 'Weet ik niet', back: 'Vorige' },
];

describe('question card', () => {
  test.each(QUESTION_IDS)('%s: one answer button per option with data exactly {verb, question, value, flow}, then Don\u2019t know', (question) => {
    const card = buildQuestionCard({ done: false, question, asked: 2, estimatedTotal: 6 }, 'run-42', 'en');
    const submits = collectActions(card).filter((a) => a.type === 'Action.Submit');
    const answers = submits.filter((a) => (a.data as { verb?: string }).verb === VERBS.answer);
    const expected: AnswerData[] = [...QUESTION_VALUES[question], 'unknown'].map((value) => ({ verb: 'answer', question, value, flow: 'run-42' }));
    expect(answers.map((a) => a.data)).toEqual(expected);
    expect(answers.map((a) => a.title)).toEqual([
      ...localizeQuestion(question, 'en').options.map((o, i) => `${i + 1}. ${o.label}`),
      unknownLabel('en'),
    ]);
  });

  test.each(LANG_ROWS)('$lang: progress "$progress", Don\u2019t know and Back labels, question text and why', ({ lang, progress, dontKnow, back }) => {
    const card = buildQuestionCard({ done: false, question: 'identity', asked: 2, estimatedTotal: 6 }, 'f', lang);
    const texts = textBlocks(card);
    expect(texts[0]).toBe(progress);
    expect(texts[1]).toBe(localizeQuestion('identity', lang).text);
    expect(texts).toContain(localizeQuestion('identity', lang).why);
    const titles = collectActions(card).map((a) => a.title);
    expect(titles).toContain(dontKnow);
    expect(titles).toContain(back);
  });

  test('the first question has no Back button; later ones send {verb:"back", flow}', () => {
    const first = buildQuestionCard({ done: false, question: 'ownership', asked: 0, estimatedTotal: 6 }, 'f1', 'en');
    expect(collectVerbs(first)).not.toContain(VERBS.back);
    const later = buildQuestionCard({ done: false, question: 'windowsVersion', asked: 1, estimatedTotal: 6 }, 'f1', 'en');
    expect(collectActions(later).filter((a) => a.type === 'Action.Submit').map((a) => a.data)).toContainEqual({ verb: 'back', flow: 'f1' });
  });

  test('progress never reads "Question 8 of about 6": the estimate grows with the question number', () => {
    const card = buildQuestionCard({ done: false, question: 'manage', asked: 7, estimatedTotal: 6 }, 'f', 'en');
    expect(textBlocks(card)[0]).toBe('Question 8 of about 8');
  });

  test('the windows version question keeps every option on its own row (five options do not crowd one button bar)', () => {
    const card = buildQuestionCard({ done: false, question: 'windowsVersion', asked: 1, estimatedTotal: 6 }, 'f', 'en');
    const optionSets = card.body.filter((e) => (e as { type?: string }).type === 'ActionSet');
    expect(optionSets).toHaveLength(QUESTION_VALUES.windowsVersion.length + 1);
  });
});

describe('answered card', () => {
  const rows: readonly { lang: Lang; question: QuestionId; value: string; shown: string; label: string }[] = [
    { lang: 'en', question: 'ownership', value: 'personal', shown: localizeQuestion('ownership', 'en').options[1]?.label ?? '', label: 'Your answer' },
    { lang: 'nl', question: 'ownership', value: 'personal', shown: localizeQuestion('ownership', 'nl').options[1]?.label ?? '', label: 'Uw antwoord' },
    { lang: 'en', question: 'configMgr', value: 'unknown', shown: "Don't know", label: 'Your answer' },
    { lang: 'nl', question: 'configMgr', value: 'unknown', shown: 'Weet ik niet', label: 'Uw antwoord' },
  ];
  test.each(rows)('$lang $question=$value shows "$shown" and no buttons', ({ lang, question, value, shown, label }) => {
    const card = buildAnsweredCard({ question, value, progress: { asked: 0, estimatedTotal: 5 } }, lang);
    expect(collectActions(card)).toEqual([]);
    expect(textBlocks(card)).toContain(localizeQuestion(question, lang).text);
    expect(readableText(card)).toContain(shown);
    expect(readableText(card)).toContain(label);
    expect(shown).not.toBe('');
  });
});

describe('employee question card', () => {
  test.each([
    { lang: 'en' as Lang, question: 'deviceOwner' as const, progress: 'Question 1 of 2' },
    { lang: 'nl' as Lang, question: 'obtained' as const, progress: 'Vraag 2 van 2' },
  ])('$lang $question: a button per answer with {verb:"employeeAnswer", question, value, flow}', ({ lang, question, progress }) => {
    const number = question === 'deviceOwner' ? 1 : 2;
    const card = buildEmployeeQuestionCard({ question, flow: 'emp-1', number, total: 2 }, lang);
    const data = collectActions(card).map((a) => a.data);
    expect(data).toEqual(EMPLOYEE_VALUES[question].map((value) => ({ verb: VERBS.employeeAnswer, question, value, flow: 'emp-1' })));
    expect(textBlocks(card)).toContain(employeeQuestion(question, lang).text);
    expect(textBlocks(card)).toContain(progress);
  });
});
