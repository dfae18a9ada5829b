import {
  CRITERION_IDS,
  MATRIX,
  MAX_QUESTIONS,
  METHOD_IDS,
  QUESTION_IDS,
  WARNING_CODES,
  nextQuestion,
  recommend,
  type Answers,
  type MethodId,
  type QuestionId,
  type Recommendation,
} from '../../src/engine';
import { pick, prng, randomAnswers, valuesWithUnknown } from './support';

const SETS = 100_000;

const CRITERION_INDEX = new Map(CRITERION_IDS.map((c, i) => [c, i]));
const WARNING_INDEX = new Map(WARNING_CODES.map((w, i) => [w, i]));

/** Everything that must hold for any result; returns the broken rules, so one expect covers 100,000 sets. */
function violations(a: Answers, rec: Recommendation): string[] {
  const broken: string[] = [];
  if (rec.methods.length !== METHOD_IDS.length || rec.methods.some((m, i) => m.id !== METHOD_IDS[i])) {
    return ['methods not the four in order'];
  }
  const verdictOf = (m: MethodId): string => rec.methods[METHOD_IDS.indexOf(m)].verdict;
  if (a.ownership === 'personal' && (rec.recommended === 'autopilot' || rec.recommended === 'groupPolicy')) broken.push('personal got autopilot/GP');
  if (rec.recommended !== null && verdictOf(rec.recommended) === 'notSuitable') broken.push('recommended is notSuitable');
  if (verdictOf('automatic') === 'notSuitable') broken.push('automatic notSuitable (the ranking would have no fallback)');
  for (const m of rec.methods) {
    if (m.reasons.length === 0) broken.push(`${m.id} has no reason`);
    let previous = -1;
    let rulesOut = false;
    let condition = false;
    for (const r of m.reasons) {
      if (MATRIX[m.id][r.criterion].mark === 'silent') broken.push(`${m.id} has a reason on silent ${r.criterion}`);
      const index = CRITERION_INDEX.get(r.criterion) ?? -1;
      if (index <= previous) broken.push(`${m.id} reasons out of criterion order or repeated`);
      previous = index;
      if (r.effect === 'rulesOut') rulesOut = true;
      if (r.effect === 'condition') condition = true;
    }
    const expected = rulesOut ? 'notSuitable' : condition ? 'conditional' : 'suitable';
    if (m.verdict !== expected) broken.push(`${m.id} verdict ${m.verdict} does not follow its reasons`);
    if (m.verdict === 'conditional' && m.prerequisites.length === 0) broken.push(`${m.id} conditional without prerequisites`);
    if (m.verdict !== 'conditional' && m.prerequisites.length > 0) broken.push(`${m.id} ${m.verdict} with prerequisites`);
  }
  let previousWarning = -1;
  for (const w of rec.warnings) {
    const index = WARNING_INDEX.get(w) ?? -1;
    if (index <= previousWarning) broken.push('warnings repeated or out of order');
    previousWarning = index;
  }
  if (!rec.warnings.includes('entra-renamed')) broken.push('entra-renamed missing');
  if ((rec.autopilotMode !== undefined) !== (rec.recommended === 'autopilot')) broken.push('autopilotMode iff autopilot');
  if ((rec.autopilotJoin !== undefined) !== (rec.recommended === 'autopilot')) broken.push('autopilotJoin iff autopilot');
  if ((rec.coManagementPath !== undefined) !== (rec.recommended === 'coManagement')) broken.push('coManagementPath iff co-management');
  if ((rec.scopes !== undefined) !== (rec.recommended === 'automatic')) broken.push('scopes iff automatic');
  if ((rec.segments !== undefined) !== (a.ownership === 'mixed')) broken.push('segments iff mixed');
  if ((rec.recommended === null) !== (rec.policy === 'contradiction')) broken.push('null iff contradiction');
  for (const segment of rec.segments === undefined ? [] : [rec.segments.organization, rec.segments.personal]) {
    for (const w of segment.warnings) if (!rec.warnings.includes(w)) broken.push(`segment warning ${w} not at top level`);
  }
  broken.push(...sinceGuideViolations(a, rec));
  return broken;
}

/** Needs Entra ID P1: every method, except automatic enrollment that only registers personal devices (work account only). */
function needsP1(result: Recommendation, ownership: Answers['ownership'], manage: Answers['manage']): boolean {
  return result.recommended !== null && !(result.recommended === 'automatic' && ownership === 'personal' && manage === 'account');
}

/** The new invariants, checked on the result and on each segment of a mixed fleet. */
function sinceGuideViolations(a: Answers, rec: Recommendation): string[] {
  const broken: string[] = [];
  const views: [Recommendation, Answers['ownership']][] = [[rec, a.ownership]];
  if (rec.segments !== undefined) views.push([rec.segments.organization, 'organization'], [rec.segments.personal, 'personal']);
  for (const [r, ownership] of views) {
    if (r.autopilotMode === 'self-deploying' && r.autopilotJoin !== 'entra') broken.push('self-deploying with hybrid join');
    if (r.scopes !== undefined && r.scopes.mam !== 'none') broken.push('a WIP (MAM) user scope other than None');
    if (a.azureAdPremium !== 'yes' && needsP1(r, ownership, a.manage) && !r.warnings.includes('premium-required')) {
      broken.push('P1 not confirmed, the method needs it, and premium-required is missing');
    }
  }
  return broken;
}

/** The notSuitable methods, as a comparable string. */
const ruledOut = (r: Recommendation): string => r.methods.filter((m) => m.verdict === 'notSuitable').map((m) => m.id).join(',');

function withUnknown(a: Answers, q: QuestionId): Answers {
  return { ...a, [q]: 'unknown' };
}

describe(`invariants over ${SETS.toLocaleString('en')} generated answer sets`, () => {
  test('personal never gets Autopilot or Group Policy; recommended never notSuitable; never self-deploying with hybrid; WIP always None; premium-required whenever P1 is missing and needed', () => {
    const random = prng(42);
    const broken = new Map<string, Answers>();
    let personal = 0;
    let dem = 0;
    let mixed = 0;
    for (let i = 0; i < SETS; i++) {
      const a = randomAnswers(random);
      if (a.ownership === 'personal') personal++;
      if (a.demAccount === 'yes') dem++;
      if (a.ownership === 'mixed') mixed++;
      for (const v of violations(a, recommend(a))) if (!broken.has(v)) broken.set(v, a);
    }
    expect(Object.fromEntries(broken)).toEqual({});
    // The generator must actually reach the cases the invariants are about.
    expect(Math.min(personal, dem, mixed)).toBeGreaterThan(SETS / 10);
  });

  test('a DEM answer never changes which methods are notSuitable (yes and no rule out the same, segments included)', () => {
    const random = prng(1709);
    const broken: string[] = [];
    for (let i = 0; i < SETS; i++) {
      const a = randomAnswers(random);
      const withDem = recommend({ ...a, demAccount: 'yes' });
      const without = recommend({ ...a, demAccount: 'no' });
      const same =
        ruledOut(withDem) === ruledOut(without) &&
        (withDem.segments === undefined ||
          (without.segments !== undefined &&
            ruledOut(withDem.segments.organization) === ruledOut(without.segments.organization) &&
            ruledOut(withDem.segments.personal) === ruledOut(without.segments.personal)));
      if (!same && broken.length < 3) broken.push(JSON.stringify(a));
    }
    expect(broken).toEqual([]);
  });

  test('unknown never rules a method out: turning any answer into unknown rules nothing new out', () => {
    const random = prng(7);
    const broken: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const a = randomAnswers(random, 0.9);
      const q = pick(random, QUESTION_IDS);
      const before = new Set(recommend(a).methods.filter((m) => m.verdict === 'notSuitable').map((m) => m.id));
      const after = recommend(withUnknown(a, q)).methods.filter((m) => m.verdict === 'notSuitable').map((m) => m.id);
      for (const m of after) if (!before.has(m)) broken.push(`${q}=unknown ruled out ${m} in ${JSON.stringify(a)}`);
    }
    expect(broken.slice(0, 3)).toEqual([]);
  });

  test('all answers unknown: no method is ruled out', () => {
    const all = Object.fromEntries(QUESTION_IDS.map((q) => [q, 'unknown'])) as Answers;
    expect(recommend(all).methods.filter((m) => m.verdict === 'notSuitable')).toEqual([]);
  });

  test('deterministic: the same answers give the same result, and results are not shared mutable state', () => {
    const random = prng(99);
    for (let i = 0; i < 1000; i++) {
      const a = randomAnswers(random);
      expect(recommend(a)).toEqual(recommend({ ...a }));
    }
    const first = recommend({ ownership: 'personal' });
    expect(Object.isFrozen(first.methods[0].reasons[0])).toBe(true);
  });

  test(`nextQuestion terminates, never repeats, asks at most ${MAX_QUESTIONS} questions and at most 6.5 on average over 20,000 random walks`, () => {
    const random = prng(2021);
    const broken = new Set<string>();
    let total = 0;
    for (let walk = 0; walk < 20_000; walk++) {
      const answers: Record<string, string> = {};
      for (let step = 0; ; step++) {
        if (step > MAX_QUESTIONS) {
          broken.add('more than MAX_QUESTIONS questions');
          break;
        }
        const next = nextQuestion(answers as Answers);
        if (next.done) break;
        if (answers[next.question] !== undefined) broken.add(`repeated ${next.question}`);
        if (next.asked !== step) broken.add(`asked ${next.asked} after ${step} answers`);
        if (next.estimatedTotal <= next.asked || next.estimatedTotal > MAX_QUESTIONS) broken.add(`estimate ${next.estimatedTotal} at ${next.asked}`);
        answers[next.question] = pick(random, valuesWithUnknown(next.question));
      }
      total += Object.keys(answers).length;
    }
    expect([...broken]).toEqual([]);
    expect(total / 20_000).toBeLessThanOrEqual(6.5);
  });
});
