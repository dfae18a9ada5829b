import type { QuestionId } from '../../src/engine/types';
import { answersBody, EMPTY_WIZARD, engineAnswers, withAnswer, withoutLast, type WizardState } from '../../src/tab/wizard';

type Step = readonly [QuestionId, string];

/** The state after answering `steps` in order. */
function answered(...steps: Step[]): WizardState {
  return steps.reduce((state, [q, v]) => withAnswer(state, q, v), EMPTY_WIZARD);
}

interface BackRow {
  readonly name: string;
  readonly steps: readonly Step[];
  readonly remaining: Readonly<Record<string, string>>;
  readonly undone?: Step;
}

const BACK_ROWS: readonly BackRow[] = [
  { name: 'at the start nothing is undone', steps: [], remaining: {} },
  { name: 'after one answer the wizard is back at the start', steps: [['ownership', 'organization']], remaining: {}, undone: ['ownership', 'organization'] },
  {
    name: 'only the last answer is undone',
    steps: [
      ['ownership', 'organization'],
      ['windowsVersion', 'win11'],
      ['azureAdPremium', 'unknown'],
    ],
    remaining: { ownership: 'organization', windowsVersion: 'win11' },
    undone: ['azureAdPremium', 'unknown'],
  },
];

describe('the tab wizard state', () => {
  test('answers are sent in the shape /api/next expects', () => {
    expect(answersBody(answered(['ownership', 'personal'], ['windowsVersion', 'win10-1803-plus']))).toEqual({
      ownership: 'personal',
      windowsVersion: 'win10-1803-plus',
    });
  });

  test('answering a question again replaces the answer and makes it the last one', () => {
    const state = answered(['ownership', 'personal'], ['windowsVersion', 'win11'], ['ownership', 'mixed']);
    expect(answersBody(state)).toEqual({ ownership: 'mixed', windowsVersion: 'win11' });
    expect(withoutLast(state).undone).toEqual({ question: 'ownership', value: 'mixed' });
  });

  test.each(BACK_ROWS)('Back: $name', ({ steps, remaining, undone }) => {
    const result = withoutLast(answered(...steps));
    expect(answersBody(result.state)).toEqual(remaining);
    expect(result.undone).toEqual(undone === undefined ? undefined : { question: undone[0], value: undone[1] });
  });

  test('going back never changes the state it came from', () => {
    const state = answered(['ownership', 'organization'], ['windowsVersion', 'win11']);
    withoutLast(state);
    expect(answersBody(state)).toEqual({ ownership: 'organization', windowsVersion: 'win11' });
  });

  test.each([
    { name: "don't know is a valid answer", steps: [['ownership', 'unknown']] as Step[], valid: true },
    { name: 'a known value is a valid answer', steps: [['identity', 'hybrid']] as Step[], valid: true },
    { name: 'a value the engine does not know is refused', steps: [['identity', 'azure-ad']] as Step[], valid: false },
  ])('engine answers: $name', ({ steps, valid }) => {
    const answers = engineAnswers(answered(...steps));
    if (valid) expect(answers).toEqual(Object.fromEntries(steps));
    else expect(answers).toBeUndefined();
  });
});
