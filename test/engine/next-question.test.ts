import {
  MAX_QUESTIONS,
  QUESTION_IDS,
  SINCE_GUIDE_WARNINGS,
  nextQuestion,
  recommend,
  type Answers,
  type QuestionId,
  type Recommendation,
} from '../../src/engine';
import { INTERVIEW } from '../../src/engine/next-question';
import { makeAnswers, valuesWithUnknown } from './support';

interface Leaf {
  readonly answers: Answers;
  /** Probability of this path when every offered answer (incl. "don't know") is equally likely. */
  readonly probability: number;
}

/** Every path of the interview: at each step, every value of the question asked, `unknown` included. */
function allPaths(): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (answers: Answers, probability: number): void => {
    const next = nextQuestion(answers);
    if (next.done) {
      leaves.push({ answers, probability });
      return;
    }
    const values = valuesWithUnknown(next.question);
    for (const v of values) walk({ ...answers, [next.question]: v }, probability / values.length);
  };
  walk({}, 1);
  return leaves;
}

const LEAVES = allPaths();
const lengthOf = (leaf: Leaf): number => Object.keys(leaf.answers).length;
const MAX = Math.max(...LEAVES.map(lengthOf));
const MEAN_ALL_PATHS = LEAVES.reduce((sum, l) => sum + lengthOf(l), 0) / LEAVES.length;
const EXPECTED = LEAVES.reduce((sum, l) => sum + l.probability * lengthOf(l), 0);
const CAPPED = LEAVES.filter((l) => lengthOf(l) >= MAX_QUESTIONS).length;
const fmt = (n: number): string => n.toFixed(2);

/** What the interview must pin down: method, mode, scopes and the guide's own warnings, for each segment too. */
function outcome(answers: Answers): string {
  const since: readonly string[] = SINCE_GUIDE_WARNINGS;
  const part = (r: Recommendation): unknown[] => [r.recommended, r.autopilotMode, r.scopes, r.warnings.filter((w) => !since.includes(w))];
  const rec = recommend(answers);
  return JSON.stringify([part(rec), rec.segments && part(rec.segments.organization), rec.segments && part(rec.segments.personal)]);
}

function askedQuestions(answers: Answers): QuestionId[] {
  const asked: QuestionId[] = [];
  const path: Record<string, string> = {};
  for (;;) {
    const next = nextQuestion(path as Answers);
    if (next.done) return asked;
    asked.push(next.question);
    const given = answers[next.question];
    path[next.question] = given ?? 'unknown';
  }
}

describe('adaptive questioning over every path of the interview', () => {
  test(`${LEAVES.length} paths: at most ${MAX} questions (limit ${MAX_QUESTIONS}); mean ${fmt(MEAN_ALL_PATHS)} over all paths, ${fmt(EXPECTED)} expected with random answers; ${CAPPED} paths reach the limit`, () => {
    expect(MAX).toBeLessThanOrEqual(MAX_QUESTIONS);
    expect(EXPECTED).toBeLessThanOrEqual(6.5);
    expect(MEAN_ALL_PATHS).toBeLessThanOrEqual(MAX_QUESTIONS);
  });

  test('personal-only fleets finish within 7 questions on every path', () => {
    const personal = LEAVES.filter((l) => l.answers.ownership === 'personal');
    expect(personal.length).toBeGreaterThan(100);
    expect(Math.max(...personal.map(lengthOf))).toBeLessThanOrEqual(7);
  });

  test('every path that ended before the limit leaves nothing unasked that would change the outcome', () => {
    const incomplete: string[] = [];
    const finished = LEAVES.filter((l) => lengthOf(l) < MAX_QUESTIONS && recommend(l.answers).recommended !== null);
    expect(finished.length).toBeGreaterThan(1000);
    for (const { answers } of finished) {
      const base = outcome(answers);
      for (const q of QUESTION_IDS.filter((id) => answers[id] === undefined)) {
        for (const v of valuesWithUnknown(q)) {
          if (outcome({ ...answers, [q]: v }) !== base) incomplete.push(`${JSON.stringify(answers)} + ${q}=${v}`);
        }
      }
    }
    expect(incomplete.slice(0, 5)).toEqual([]);
  });

  test('answers that contradict each other end the interview at once: ask, do not guess', () => {
    expect(nextQuestion({ ownership: 'personal', userAffinity: 'userless' })).toEqual({ done: true });
    expect(nextQuestion({ ownership: 'mixed', userAffinity: 'userless' })).toEqual({ done: true });
    expect(nextQuestion({ ownership: 'mixed', userAffinity: 'both' })).toMatchObject({ done: false });
  });

  test('the interview lists every question exactly once', () => {
    expect(INTERVIEW.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
  });
});

interface WalkRow {
  readonly name: string;
  /** The admin's situation; questions it does not answer are answered "don't know". */
  readonly situation: Answers;
  readonly asks: readonly QuestionId[];
  readonly neverAsks: readonly QuestionId[];
}

const WALKS: readonly WalkRow[] = [
  {
    name: 'personal devices: no purchase, Configuration Manager, identity, DEM or Premium question; manage is asked',
    situation: makeAnswers({ ownership: 'personal', userAffinity: 'single', windowsVersion: 'win11', volume: 'few' }),
    asks: ['ownership', 'userAffinity', 'windowsVersion', 'manage', 'otherMdm', 'volume'],
    neverAsks: ['purchase', 'remoteWorkers', 'configMgr', 'identity', 'demAccount', 'azureAdPremium', 'conditionalAccess'],
  },
  {
    name: 'conditional access is asked for bulk on Windows 10 1709',
    situation: makeAnswers({ ownership: 'personal', userAffinity: 'single', windowsVersion: 'win10-1709-or-older', volume: 'bulk', manage: 'device' }),
    asks: ['conditionalAccess'],
    neverAsks: [],
  },
  {
    name: 'no conditional-access question on Windows 10 1803+',
    situation: makeAnswers({ ownership: 'personal', userAffinity: 'single', windowsVersion: 'win10-1803-plus', volume: 'bulk' }),
    asks: ['volume'],
    neverAsks: ['conditionalAccess'],
  },
  {
    name: 'organization devices: manage is never asked',
    situation: makeAnswers({ ownership: 'organization', userAffinity: 'single', windowsVersion: 'win11', configMgr: 'none' }),
    asks: ['configMgr', 'remoteWorkers', 'purchase', 'identity'],
    neverAsks: ['manage'],
  },
  {
    name: 'remote workers already pick Autopilot: no purchase or identity question, DEM and Premium are',
    situation: makeAnswers({ ownership: 'organization', userAffinity: 'single', windowsVersion: 'win11', configMgr: 'none', remoteWorkers: 'yes' }),
    asks: ['demAccount', 'azureAdPremium', 'otherMdm'],
    neverAsks: ['purchase', 'identity', 'volume', 'manage'],
  },
  {
    name: 'Configuration Manager kept on Windows 11: co-management, so no Autopilot purchase or Premium question',
    situation: makeAnswers({ ownership: 'organization', userAffinity: 'single', windowsVersion: 'win11', configMgr: 'keep', identity: 'onprem' }),
    asks: ['identity', 'demAccount', 'otherMdm', 'alreadyInIntune'],
    neverAsks: ['purchase', 'remoteWorkers', 'azureAdPremium', 'manage'],
  },
  {
    name: 'Windows 7 with Configuration Manager: Premium decides between Autopilot and co-management',
    situation: makeAnswers({ ownership: 'organization', userAffinity: 'single', windowsVersion: 'win7', configMgr: 'keep' }),
    asks: ['azureAdPremium'],
    neverAsks: ['purchase', 'remoteWorkers'],
  },
];

describe('which questions a walk asks', () => {
  test.each(WALKS)('$name', ({ situation, asks, neverAsks }) => {
    const asked = askedQuestions(situation);
    for (const q of asks) expect(asked).toContain(q);
    for (const q of neverAsks) expect(asked).not.toContain(q);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBeLessThanOrEqual(MAX_QUESTIONS);
  });

  test('ownership is asked first and user affinity second', () => {
    expect(nextQuestion({})).toEqual({ done: false, question: 'ownership', asked: 0, estimatedTotal: expect.any(Number) });
    expect(nextQuestion({ ownership: 'organization' })).toMatchObject({ question: 'userAffinity', asked: 1 });
  });

  test('“don’t know” counts as answered', () => {
    expect(nextQuestion({ ownership: 'unknown' })).toMatchObject({ done: false, question: 'userAffinity', asked: 1 });
  });

  test('answers the interview would not have asked are not counted', () => {
    const next = nextQuestion({ ownership: 'personal', purchase: 'other', identity: 'cloud' });
    expect(next).toMatchObject({ done: false, question: 'userAffinity', asked: 1 });
  });

  test('“Question 3 of about N”: the estimate counts what is still relevant', () => {
    const personal = nextQuestion({ ownership: 'personal', userAffinity: 'single' });
    expect(personal).toMatchObject({ done: false, question: 'windowsVersion', asked: 2 });
    if (personal.done) throw new Error('unreachable');
    expect(personal.estimatedTotal).toBeGreaterThanOrEqual(5);
    expect(personal.estimatedTotal).toBeLessThanOrEqual(7);
  });

  test('done once every relevant question is answered', () => {
    const answers = makeAnswers({ ownership: 'personal', userAffinity: 'single', windowsVersion: 'win11', manage: 'account', otherMdm: 'no', volume: 'few' });
    expect(nextQuestion(answers)).toEqual({ done: true });
  });
});
