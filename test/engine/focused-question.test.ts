import {
  MAX_QUESTIONS,
  QUESTION_IDS,
  decisionKey,
  nextQuestion,
  recommend,
  type Answers,
  type InterviewFocus,
  type QuestionId,
} from '../../src/engine';
import { HARD_STOPS } from '../../src/engine/decision-focus';
import { INTERVIEW } from '../../src/engine/next-question';
import { makeAnswers, prng, randomAnswers, valuesWithUnknown } from './support';

interface Walk {
  /** Questions asked, in order; the description's answers are not among them. */
  readonly asked: readonly QuestionId[];
  /** The answers the interview ended with: the description's plus every answer given. */
  readonly answers: Answers;
  /** The interview reached its MAX_QUESTIONS cap (the description's answers on its path count towards it). */
  readonly cut: boolean;
}

/** How many answers the full interview's replay counts for `answers`: its path, up to the first open question. */
function fullPathLength(answers: Answers): number {
  const path: Record<string, string> = {};
  for (let n = 0; ; n++) {
    const q = INTERVIEW.find((item) => path[item.id] === undefined && item.relevant(path as Answers));
    const given = q === undefined ? undefined : answers[q.id];
    if (q === undefined || given === undefined) return n;
    path[q.id] = given;
  }
}

/** How many known answers the focused interview's cap counts: those its rules find relevant given the others. */
function focusedCount(answers: Answers): number {
  return INTERVIEW.filter((q) => {
    if (answers[q.id] === undefined) return false;
    const others: Record<string, string | undefined> = { ...answers };
    delete others[q.id];
    return q.relevant(others as Answers);
  }).length;
}

/** Runs an interview from `start` (a description's answers), answering from `truth`, "don't know" where it is silent. */
function walk(start: Answers, truth: Answers, focus: InterviewFocus): Walk {
  const answers: Record<string, string> = { ...start };
  const asked: QuestionId[] = [];
  for (;;) {
    const next = nextQuestion(answers as Answers, { focus });
    if (next.done) break;
    asked.push(next.question);
    answers[next.question] = truth[next.question] ?? 'unknown';
  }
  const cut = (focus === 'full' ? fullPathLength(answers as Answers) : focusedCount(answers as Answers)) >= MAX_QUESTIONS;
  return { asked, answers: answers as Answers, cut };
}

const isContradictory = (a: Answers): boolean =>
  (a.ownership === 'personal' && (a.userAffinity === 'userless' || a.userAffinity === 'both')) || (a.ownership === 'mixed' && a.userAffinity === 'userless');

interface FocusRow {
  readonly name: string;
  /** What the description stated. */
  readonly described: Answers;
  /** The admin's situation; what it does not answer is "don't know". */
  readonly truth: Answers;
  readonly asks: readonly QuestionId[];
  readonly neverAsks: readonly QuestionId[];
}

const ROWS: readonly FocusRow[] = [
  {
    name: '"company-owned, hybrid joined, we keep SCCM, 300 new laptops": only P1, another MDM and the Windows version (Windows 7 would pick Autopilot for existing devices)',
    described: makeAnswers({ ownership: 'organization', identity: 'hybrid', configMgr: 'keep', volume: 'bulk', deviceAge: 'new' }),
    truth: makeAnswers({ azureAdPremium: 'yes', otherMdm: 'no', windowsVersion: 'win11', alreadyInIntune: 'no', userAffinity: 'single' }),
    asks: ['azureAdPremium', 'otherMdm', 'windowsVersion'],
    neverAsks: ['alreadyInIntune', 'userAffinity', 'demAccount', 'remoteWorkers', 'purchase'],
  },
  {
    name: '"cloud only, no SCCM": the Windows version, user affinity (asked last) and a DEM account refine only, so they stay unasked',
    described: makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none' }),
    truth: makeAnswers({ azureAdPremium: 'yes', otherMdm: 'no', windowsVersion: 'win11', remoteWorkers: 'no', purchase: 'other', userAffinity: 'single' }),
    asks: ['azureAdPremium', 'otherMdm', 'remoteWorkers', 'purchase'],
    neverAsks: ['windowsVersion', 'userAffinity', 'demAccount', 'volume', 'alreadyInIntune', 'deviceAge'],
  },
  {
    name: '"shipped to home workers": Autopilot; user affinity picks its mode, so it is asked; the purchase no longer matters',
    described: makeAnswers({ ownership: 'organization', remoteWorkers: 'yes', configMgr: 'none', identity: 'cloud' }),
    truth: makeAnswers({ azureAdPremium: 'yes', otherMdm: 'no', userAffinity: 'single', windowsVersion: 'win11' }),
    asks: ['azureAdPremium', 'otherMdm', 'userAffinity'],
    neverAsks: ['purchase', 'volume', 'demAccount', 'manage'],
  },
  {
    name: '"a laptop of their own for everyone, bought through our CSP": bulk picks pre-provisioned Autopilot, so the volume is asked there',
    described: makeAnswers({ ownership: 'organization', purchase: 'autopilot-partner', configMgr: 'none', identity: 'cloud', userAffinity: 'single' }),
    truth: makeAnswers({ azureAdPremium: 'yes', otherMdm: 'no', remoteWorkers: 'no', volume: 'bulk' }),
    asks: ['azureAdPremium', 'otherMdm', 'volume'],
    neverAsks: ['demAccount', 'alreadyInIntune', 'deviceAge'],
  },
  {
    name: '"personal devices, full device management": P1 and another MDM are hard stops even though they change no method',
    described: makeAnswers({ ownership: 'personal', manage: 'device' }),
    truth: makeAnswers({ azureAdPremium: 'yes', otherMdm: 'no', windowsVersion: 'win11' }),
    asks: ['azureAdPremium', 'otherMdm'],
    neverAsks: ['userAffinity', 'configMgr', 'identity', 'volume'],
  },
  {
    name: '"BYOD, work account only": nothing is left to ask',
    described: makeAnswers({ ownership: 'personal', manage: 'account' }),
    truth: makeAnswers({ windowsVersion: 'win11' }),
    asks: [],
    neverAsks: ['windowsVersion', 'azureAdPremium', 'otherMdm'],
  },
  {
    name: 'a mixed fleet: user affinity is asked (all user-less would contradict), then the hard stops',
    described: makeAnswers({ ownership: 'mixed' }),
    truth: makeAnswers({ userAffinity: 'single', manage: 'device', azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'none' }),
    asks: ['userAffinity', 'azureAdPremium', 'otherMdm', 'configMgr'],
    neverAsks: ['demAccount', 'volume'],
  },
  {
    name: 'nothing described: ownership and the hard stops first, as in the full interview',
    described: {},
    truth: makeAnswers({ ownership: 'organization', azureAdPremium: 'yes', otherMdm: 'no', configMgr: 'none', identity: 'cloud', remoteWorkers: 'no', purchase: 'other' }),
    asks: ['ownership', 'azureAdPremium', 'otherMdm', 'configMgr', 'identity'],
    neverAsks: ['windowsVersion', 'userAffinity', 'demAccount', 'volume'],
  },
];

describe('the focused interview (focus: decision) after a description', () => {
  test.each(ROWS)('$name', ({ described, truth, asks, neverAsks }) => {
    const focused = walk(described, truth, 'decision');
    const full = walk(described, truth, 'full');
    for (const q of asks) expect(focused.asked).toContain(q);
    for (const q of neverAsks) expect(focused.asked).not.toContain(q);
    expect(focused.asked.length).toBeLessThanOrEqual(full.asked.length);
    expect(recommend(focused.answers).recommended).toBe(recommend(full.answers).recommended);
  });

  test('the default is the full interview', () => {
    const answers = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none', azureAdPremium: 'yes', otherMdm: 'no', remoteWorkers: 'no', purchase: 'other' });
    expect(nextQuestion(answers)).toEqual(nextQuestion(answers, { focus: 'full' }));
    expect(nextQuestion(answers)).toMatchObject({ done: false, question: 'windowsVersion' });
    expect(nextQuestion(answers, { focus: 'decision' })).toEqual({ done: true });
  });

  test('"Question n of about N" counts only what the focused interview still asks', () => {
    const answers = makeAnswers({ ownership: 'organization', identity: 'cloud', configMgr: 'none' });
    const full = nextQuestion(answers);
    const focused = nextQuestion(answers, { focus: 'decision' });
    // Every stated fact that matters counts as answered, wherever the full interview would have asked it.
    expect(focused).toMatchObject({ done: false, question: 'azureAdPremium', asked: 3 });
    expect(full).toMatchObject({ done: false, question: 'azureAdPremium', asked: 1 });
    if (focused.done || full.done) throw new Error('unreachable');
    expect(focused.estimatedTotal - focused.asked).toBeLessThan(full.estimatedTotal - full.asked);
  });
});

const WALKS = 20_000;

/** Seeded random situations, each with a random part of it "described" up front, walked both ways. */
const RESULTS = ((): { truth: Answers; start: Answers; full: Walk; focused: Walk }[] => {
  const random = prng(20261206);
  const out: { truth: Answers; start: Answers; full: Walk; focused: Walk }[] = [];
  for (let i = 0; i < WALKS; i++) {
    const truth = randomAnswers(random, 0.9);
    const start: Record<string, string> = {};
    for (const q of QUESTION_IDS) if (truth[q] !== undefined && random() < 0.3) start[q] = truth[q] as string;
    out.push({ truth, start: start as Answers, full: walk(start as Answers, truth, 'full'), focused: walk(start as Answers, truth, 'decision') });
  }
  return out;
})();

/** Every path of the focused interview without a description: at each step every value, "don't know" included. */
function focusedLeaves(): Answers[] {
  const leaves: Answers[] = [];
  const grow = (answers: Answers): void => {
    const next = nextQuestion(answers, { focus: 'decision' });
    if (next.done) {
      leaves.push(answers);
      return;
    }
    for (const v of valuesWithUnknown(next.question)) grow({ ...answers, [next.question]: v });
  };
  grow({});
  return leaves;
}

describe('the focused interview without a description, over every path', () => {
  const leaves = focusedLeaves();

  test(`${leaves.length} paths: none longer than ${MAX_QUESTIONS} questions, none longer than the full interview for the same admin`, () => {
    expect(Math.max(...leaves.map((a) => Object.keys(a).length))).toBeLessThanOrEqual(MAX_QUESTIONS);
    const longer = leaves.filter((a) => Object.keys(a).length > walk({}, a, 'full').asked.length);
    expect(longer.slice(0, 3)).toEqual([]);
  });
});

describe(`the focused interview over ${WALKS.toLocaleString('en')} seeded random walks that begin with a description`, () => {
  const uncut = RESULTS.filter(({ full, focused }) => !full.cut && !focused.cut);

  test('it never asks a question twice, and more questions than the full interview on at most 0.5% of walks', () => {
    const twice = RESULTS.filter((r) => new Set(r.focused.asked).size !== r.focused.asked.length);
    expect(twice.map((r) => r.truth)).toEqual([]);
    // The full interview counts only the stated facts on its own path towards its cap; the focused one counts every
    // relevant stated fact, so on rare paths their caps fall at different places.
    const more = RESULTS.filter(({ full, focused }) => focused.asked.length > full.asked.length);
    expect(more.length).toBeLessThanOrEqual(WALKS * 0.005);
  });

  test('every hard stop the full interview ends up with, the focused one has too', () => {
    const missing = RESULTS.filter(({ full, focused }) => HARD_STOPS.some((q) => full.answers[q] !== undefined && focused.answers[q] === undefined));
    expect(missing.slice(0, 3).map((r) => r.truth)).toEqual([]);
  });

  test('on every organization or mixed path, P1, another MDM and Configuration Manager are answered', () => {
    const missing = RESULTS.filter(
      ({ focused: { answers: a } }) =>
        (a.ownership === 'organization' || a.ownership === 'mixed') && !isContradictory(a) && (a.azureAdPremium === undefined || a.otherMdm === undefined || a.configMgr === undefined),
    );
    expect(missing.slice(0, 3).map((r) => r.focused.answers)).toEqual([]);
  });

  test('the recommended method equals the full interview’s on at least 99% of walks, and on every walk neither cap cut', () => {
    const differ = RESULTS.filter(({ full, focused }) => recommend(full.answers).recommended !== recommend(focused.answers).recommended);
    expect(differ.length / WALKS).toBeLessThanOrEqual(0.01);
    expect(differ.filter(({ full, focused }) => !full.cut && !focused.cut).map((r) => r.truth)).toEqual([]);
  });

  test('when neither interview was cut, they reach the same decision: method, Autopilot mode and join, co-management path', () => {
    expect(uncut.length).toBeGreaterThan(WALKS * 0.4);
    const differ = uncut.filter(({ full, focused }) => decisionKey(recommend(full.answers)) !== decisionKey(recommend(focused.answers)));
    expect(differ.slice(0, 3).map((r) => r.truth)).toEqual([]);
  });
});
