import { buildEmployeeQuestionCard } from '../../src/cards/employee-question-card';
import { collectActions, collectVerbs } from '../../src/cards/inspect';
import { buildRetiredCard } from '../../src/cards/retired-card';
import { VERBS, type AnswerData } from '../../src/cards/verbs';
import { buildWizardCard, buttonTitle } from '../../src/cards/wizard-card';
import { localizeQuestion, unknownLabel, employeeQuestion } from '../../src/content';
import { conversationText } from '../../src/content/conversation';
import { EMPLOYEE_VALUES, LANGS, type Lang } from '../../src/content/types';
import { QUESTION_IDS, QUESTION_VALUES, type QuestionId } from '../../src/engine/types';
import { readableText, textBlocks } from './support';

const LANG_ROWS: readonly { lang: Lang; progress: string; dontKnow: string; back: string }[] = [
  { lang: 'en', progress: 'Question 3 of about 6', dontKnow: "Don't know", back: 'Back' },
  { lang: 'nl', progress: 'Vraag 3 van ongeveer 6', dontKnow: 'Weet ik niet', back: 'Vorige' },
];

const wizard = (question: QuestionId, asked: number, lang: Lang, answered: { question: QuestionId; value: string }[] = []) =>
  buildWizardCard({ next: { done: false, question, asked, estimatedTotal: 6 }, flow: 'run-42', answered }, lang);

describe('wizard card (the one live question card of a run)', () => {
  test.each(QUESTION_IDS)('%s: one answer button per option with data exactly {verb, question, value, flow}, then Don\u2019t know', (question) => {
    const card = wizard(question, 2, 'en');
    const answers = collectActions(card).filter((a) => (a.data as { verb?: string } | undefined)?.verb === VERBS.answer);
    const expected: AnswerData[] = [...QUESTION_VALUES[question], 'unknown'].map((value) => ({ verb: 'answer', question, value, flow: 'run-42' }));
    expect(answers.map((a) => a.data)).toEqual(expected);
    expect(answers.map((a) => a.title)).toEqual([
      ...localizeQuestion(question, 'en').options.map((o, i) => buttonTitle(`${i + 1}. ${o.label}`)),
      unknownLabel('en'),
    ]);
  });

  test.each(LANGS.flatMap((lang) => QUESTION_IDS.map((question) => ({ lang, question }))))(
    '$question [$lang]: every button fits (≤ 35 characters), and a label shortened on its button is on the card in full',
    ({ lang, question }) => {
      const card = wizard(question, 2, lang);
      const text = readableText(card);
      localizeQuestion(question, lang).options.forEach((o, i) => {
        const full = `${i + 1}. ${o.label}`;
        const title = buttonTitle(full);
        expect(title.length).toBeLessThanOrEqual(35);
        if (title !== full) expect(text).toContain(full);
      });
    },
  );

  test.each([
    ['Hybrid Azure AD joined (on-premises AD and Azure AD)', 'Hybrid Azure AD joined'],
    ['A very long option label that keeps going and going', 'A very long option label that\u2026'],
    ['Short', 'Short'],
  ])('buttonTitle("%s") is "%s"', (label, expected) => {
    expect(buttonTitle(label)).toBe(expected);
  });

  test.each(LANG_ROWS)('$lang: progress "$progress", Don\u2019t know and Back labels, question text and why', ({ lang, progress, dontKnow, back }) => {
    const card = wizard('identity', 2, lang, [{ question: 'ownership', value: 'organization' }]);
    const texts = textBlocks(card);
    expect(texts[0]).toBe(progress);
    expect(texts).toContain(localizeQuestion('identity', lang).text);
    expect(texts.join('\n')).toContain(localizeQuestion('identity', lang).why);
    const titles = collectActions(card).map((a) => a.title);
    expect(titles).toContain(dontKnow);
    expect(titles).toContain(back);
  });

  test('the first question has no Back button; later ones send {verb:"back", flow} and a Change button per answer', () => {
    const first = wizard('ownership', 0, 'en');
    expect(collectVerbs(first)).not.toContain(VERBS.back);
    expect(collectVerbs(first)).not.toContain(VERBS.change);
    const later = wizard('windowsVersion', 1, 'en', [{ question: 'ownership', value: 'personal' }]);
    const data = collectActions(later).map((a) => a.data);
    expect(data).toContainEqual({ verb: 'back', flow: 'run-42' });
    expect(data).toContainEqual({ verb: 'change', question: 'ownership', flow: 'run-42' });
    expect(readableText(later)).toContain(`Devices: ${localizeQuestion('ownership', 'en').options[1]?.label}`);
  });

  test('a re-prompt is shown on the card itself', () => {
    const card = buildWizardCard({ next: { done: false, question: 'ownership', asked: 0, estimatedTotal: 6 }, flow: 'f', answered: [], hint: { title: 'I did not catch that', text: 'Please answer with a number' } }, 'en');
    expect(textBlocks(card)).toEqual(expect.arrayContaining(['I did not catch that', 'Please answer with a number']));
  });

  test('progress never reads "Question 8 of about 6": the estimate grows with the question number', () => {
    expect(textBlocks(wizard('manage', 7, 'en'))[0]).toBe('Question 8 of about 8');
  });
});

describe('retired card (a closed question card)', () => {
  test.each(LANGS)('[%s] shows the answers given and why it closed, and has no buttons', (lang) => {
    const card = buildRetiredCard({ reason: 'restarted', answered: [{ question: 'configMgr', value: 'unknown' }] }, lang);
    expect(collectActions(card)).toEqual([]);
    expect(readableText(card)).toContain(unknownLabel(lang));
    expect(readableText(card)).toContain(conversationText(lang).retired.restarted);
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
