import { resolveAnswers, type ResolvedAnswers } from './answers';
import { CRITERION_RULES, type CriterionRule, type OutcomeCells } from './criteria';
import { autopilotModeFor, isContradiction, rank, scopesFor } from './policy';
import {
  CRITERION_IDS,
  METHOD_IDS,
  WARNING_CODES,
  type Answers,
  type MethodResult,
  type PrerequisiteCode,
  type Reason,
  type Recommendation,
  type Verdict,
  type WarningCode,
} from './types';
import { WARNING_RULES, type WarningContext } from './warnings';

/** The criterion rules as an array in CRITERION_IDS order, so evaluation reads outcomes by index. */
const RULES: readonly CriterionRule[] = CRITERION_IDS.map((c) => CRITERION_RULES[c]);
const PREMIUM_INDEX = CRITERION_IDS.indexOf('premium');
const WARNING_TESTS = WARNING_CODES.map((code) => ({ code, applies: WARNING_RULES[code] }));

/**
 * Collects one method's reasons in criterion order and derives its verdict and prerequisites from them.
 * Sets the method's bit in `masks.ruledOut`, and in `masks.ruledOutBesidesPremium` unless Premium alone rules it out.
 */
function evaluateMethod(
  methodIndex: number,
  outcomes: readonly (OutcomeCells | undefined)[],
  masks: { ruledOut: number; ruledOutBesidesPremium: number },
): MethodResult {
  const reasons: Reason[] = [];
  const prerequisites: PrerequisiteCode[] = [];
  let ruledOut = false;
  let conditional = false;
  for (let i = 0; i < outcomes.length; i++) {
    const cell = outcomes[i]?.[methodIndex];
    if (cell === undefined) continue;
    reasons.push(cell.reason);
    const { effect, prerequisite } = cell.effect;
    if (effect === 'rulesOut') {
      ruledOut = true;
      if (i !== PREMIUM_INDEX) masks.ruledOutBesidesPremium |= 1 << methodIndex;
    } else if (effect === 'condition') {
      conditional = true;
      if (prerequisite !== undefined && !prerequisites.includes(prerequisite)) prerequisites.push(prerequisite);
    }
  }
  if (ruledOut) masks.ruledOut |= 1 << methodIndex;
  const verdict: Verdict = ruledOut ? 'notSuitable' : conditional ? 'conditional' : 'suitable';
  // Steps that would make a method usable mean nothing once the guide rules it out; its reasons still show them.
  return { id: METHOD_IDS[methodIndex], verdict, reasons, prerequisites: ruledOut ? [] : prerequisites };
}

/** One fleet (organization, personal or the whole mixed fleet seen with its personal devices). */
function analyse(a: ResolvedAnswers): Recommendation {
  const outcomes: (OutcomeCells | undefined)[] = [];
  for (const rule of RULES) outcomes.push(rule(a));
  const masks = { ruledOut: 0, ruledOutBesidesPremium: 0 };
  const methods: MethodResult[] = [];
  for (let m = 0; m < METHOD_IDS.length; m++) methods.push(evaluateMethod(m, outcomes, masks));
  const contradiction = isContradiction(a);
  const choice = contradiction ? null : rank(a, masks.ruledOut);
  const recommended = choice?.method ?? null;
  // What the ranking would pick if a missing Premium ruled nothing out: decides the premium-required warning.
  const pickIgnoringPremium = contradiction ? null : (rank(a, masks.ruledOutBesidesPremium)?.method ?? null);
  const scopes = recommended === 'automatic' ? scopesFor(a) : undefined;
  const autopilotMode = recommended === 'autopilot' ? autopilotModeFor(a) : undefined;
  const ctx: WarningContext = { a, recommended, scopes, contradiction, pickIgnoringPremium };
  const warnings: WarningCode[] = [];
  for (const test of WARNING_TESTS) if (test.applies(ctx)) warnings.push(test.code);
  const policy = choice?.policy ?? 'contradiction';
  // Optional keys are present only when they apply, so the API's JSON never carries empty ones.
  if (autopilotMode !== undefined) return { recommended, policy, methods, warnings, autopilotMode };
  if (scopes !== undefined) return { recommended, policy, methods, warnings, scopes };
  return { recommended, policy, methods, warnings };
}

/**
 * The personal part of a mixed fleet. With user affinity 'both' its devices are the single-user ones
 * (user-less devices are organization-owned); 'userless' stays, and is the contradiction it is.
 */
function personalSegmentAnswers(a: ResolvedAnswers): ResolvedAnswers {
  return withOwnership(a, 'personal', a.userAffinity === 'both' ? 'single' : a.userAffinity);
}

/** A copy with another ownership, written out field by field so every resolved answer object has one shape. */
function withOwnership(
  a: ResolvedAnswers,
  ownership: ResolvedAnswers['ownership'],
  userAffinity: ResolvedAnswers['userAffinity'] = a.userAffinity,
): ResolvedAnswers {
  return {
    ownership,
    windowsVersion: a.windowsVersion,
    azureAdPremium: a.azureAdPremium,
    identity: a.identity,
    configMgr: a.configMgr,
    alreadyInIntune: a.alreadyInIntune,
    purchase: a.purchase,
    remoteWorkers: a.remoteWorkers,
    deviceAge: a.deviceAge,
    volume: a.volume,
    userAffinity,
    demAccount: a.demAccount,
    otherMdm: a.otherMdm,
    conditionalAccess: a.conditionalAccess,
    manage: a.manage,
  };
}

/** Warnings of the whole fleet and its segments, each once, in WARNING_CODES order. */
function mergeWarnings(whole: readonly WarningCode[], ...segments: readonly (readonly WarningCode[])[]): WarningCode[] {
  const merged: WarningCode[] = [];
  for (const code of WARNING_CODES) {
    if (whole.includes(code) || segments.some((list) => list.includes(code))) merged.push(code);
  }
  return merged;
}

/**
 * The engine's verdict on every method for these answers, the recommended method and the policy that chose it,
 * warnings, Autopilot mode or scopes, and for a mixed fleet the same analysis per segment. Pure and deterministic.
 */
export function recommend(answers: Answers): Recommendation {
  const a = resolveAnswers(answers);
  const whole = analyse(a);
  if (a.ownership !== 'mixed') return whole;
  const organization = analyse(withOwnership(a, 'organization'));
  const personal = analyse(personalSegmentAnswers(a));
  return {
    ...whole,
    warnings: mergeWarnings(whole.warnings, organization.warnings, personal.warnings),
    segments: { organization, personal },
  };
}
