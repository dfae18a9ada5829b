import { MAX_QUESTIONS, QUESTION_IDS, decisionKey, hardStopGroup, nextQuestion, recommend, type Answers, type QuestionId } from '../../src/engine';
import { HARD_STOPS } from '../../src/engine/decision-focus';
import { contradictory } from '../../src/engine/next-question';
import { makeAnswers, prng, randomAnswers } from './support';

interface GroupRow {
  readonly name: string;
  readonly described: Answers;
  readonly group: readonly QuestionId[];
}

const ROWS: readonly GroupRow[] = [
  {
    name: '"company-owned, hybrid joined, we keep SCCM": Entra ID P1 and another MDM on one card',
    described: makeAnswers({ ownership: 'organization', identity: 'hybrid', configMgr: 'keep' }),
    group: ['azureAdPremium', 'otherMdm'],
  },
  {
    name: '"cloud only, 300 new laptops": ownership leads the card, with the three an organization fleet needs',
    described: makeAnswers({ identity: 'cloud', volume: 'bulk', deviceAge: 'new' }),
    group: ['ownership', 'azureAdPremium', 'otherMdm', 'configMgr'],
  },
  {
    name: '"company-owned, Microsoft 365 E3": another MDM and Configuration Manager',
    described: makeAnswers({ ownership: 'organization', azureAdPremium: 'yes' }),
    group: ['otherMdm', 'configMgr'],
  },
  {
    name: 'one hard stop open: asked on its own card',
    described: makeAnswers({ ownership: 'organization', azureAdPremium: 'yes', otherMdm: 'no' }),
    group: [],
  },
  {
    name: 'a mixed fleet: user affinity comes first (all user-less would contradict), so no card yet',
    described: makeAnswers({ ownership: 'mixed' }),
    group: [],
  },
  {
    name: 'a mixed fleet once user affinity and enroll-or-register are known: the three hard stops together',
    described: makeAnswers({ ownership: 'mixed', userAffinity: 'single', manage: 'device' }),
    group: ['azureAdPremium', 'otherMdm', 'configMgr'],
  },
  {
    name: 'personal devices, enroll-or-register still open: registering needs neither P1 nor the MDM question, so one by one',
    described: makeAnswers({ ownership: 'personal', volume: 'few' }),
    group: [],
  },
  {
    name: 'personal devices that are enrolled: P1 and another MDM together (no Configuration Manager for personal devices)',
    described: makeAnswers({ ownership: 'personal', manage: 'device' }),
    group: ['azureAdPremium', 'otherMdm'],
  },
  {
    name: 'contradicting answers end the interview: no card',
    described: makeAnswers({ ownership: 'personal', userAffinity: 'userless' }),
    group: [],
  },
];

describe('hardStopGroup: the open hard stops of a focused run on one card', () => {
  test.each(ROWS)('$name', ({ described, group }) => {
    expect(hardStopGroup(described)).toEqual(group);
  });
});

interface Walk {
  readonly asked: readonly QuestionId[];
  readonly cards: number;
  readonly answers: Answers;
}

/** A focused run answered from `truth` ("don't know" where it is silent), with or without the grouped card. */
function walk(start: Answers, truth: Answers, grouped: boolean): Walk {
  const answers: Record<string, string> = { ...start };
  const asked: QuestionId[] = [];
  let cards = 0;
  for (;;) {
    const next = nextQuestion(answers as Answers, { focus: 'decision' });
    if (next.done) break;
    const group = grouped ? hardStopGroup(answers as Answers) : [];
    for (const q of group.length > 0 ? group : [next.question]) {
      asked.push(q);
      answers[q] = truth[q] ?? 'unknown';
    }
    cards++;
  }
  return { asked, cards, answers: answers as Answers };
}

const WALKS = 5_000;

describe(`the grouped card over ${WALKS.toLocaleString('en')} seeded random focused runs`, () => {
  const random = prng(20261207);
  const runs = Array.from({ length: WALKS }, () => {
    const truth = randomAnswers(random, 0.9);
    const start: Record<string, string> = {};
    for (const q of QUESTION_IDS) if (truth[q] !== undefined && random() < 0.3) start[q] = truth[q] as string;
    return { truth, start: start as Answers, one: walk(start as Answers, truth, false), grouped: walk(start as Answers, truth, true) };
  });

  test('every hard stop the one-by-one run asks is asked, and never twice', () => {
    const dropped = runs.filter((r) => HARD_STOPS.some((q) => r.one.asked.includes(q) && !r.grouped.asked.includes(q)));
    expect(dropped.slice(0, 3).map((r) => r.truth)).toEqual([]);
    expect(runs.filter((r) => new Set(r.grouped.asked).size !== r.grouped.asked.length)).toEqual([]);
  });

  test('with ownership known or organization-owned it asks nothing extra and reaches the same decision', () => {
    const organization = runs.filter((r) => r.start.ownership !== undefined || r.truth.ownership === 'organization');
    expect(organization.length).toBeGreaterThan(WALKS / 3);
    const extra = organization.filter((r) => r.grouped.asked.some((q) => !r.one.asked.includes(q)));
    expect(extra.slice(0, 3).map((r) => ({ truth: r.truth, start: r.start }))).toEqual([]);
    // Once MAX_QUESTIONS relevant answers are known only hard stops are asked; one by one, a refinement can slip in
    // before the last hard stop reaches the cap. Below the cap the decision is always the same.
    const differs = organization.filter((r) => decisionKey(recommend(r.grouped.answers)) !== decisionKey(recommend(r.one.answers)));
    expect(differs.filter((r) => Object.keys(r.grouped.answers).length < MAX_QUESTIONS).map((r) => r.truth)).toEqual([]);
    expect(differs.length).toBeLessThanOrEqual(WALKS * 0.001);
  });

  test('any extra question (ownership open, then personal or mixed) is a hard stop, and the method stays the same', () => {
    const extras = runs.flatMap((r) => r.grouped.asked.filter((q) => !r.one.asked.includes(q)));
    expect(extras.length).toBeGreaterThan(0);
    expect(extras.filter((q) => !HARD_STOPS.includes(q))).toEqual([]);
    // Personal devices without a single user contradict each other: both runs end there and the result asks to re-check.
    const consistent = runs.filter((r) => !contradictory(r.one.answers));
    const otherMethod = consistent.filter((r) => recommend(r.grouped.answers).recommended !== recommend(r.one.answers).recommended);
    expect(otherMethod.filter((r) => Object.keys(r.grouped.answers).length < MAX_QUESTIONS).map((r) => r.truth)).toEqual([]);
  });

  test('never more cards than one by one; fewer whenever a card was grouped and the fleet is the organization\'s', () => {
    expect(runs.filter((r) => r.grouped.cards > r.one.cards).map((r) => r.truth)).toEqual([]);
    const withCard = runs.filter((r) => r.grouped.asked.length > r.grouped.cards && r.truth.ownership === 'organization');
    expect(withCard.length).toBeGreaterThan(WALKS / 10);
    expect(withCard.filter((r) => r.grouped.cards >= r.one.cards).map((r) => r.truth)).toEqual([]);
  });
});
