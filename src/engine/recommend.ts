import { resolveAnswers, type ResolvedAnswers } from './answers';
import { CRITERION_RULES, type CriterionRule, type OutcomeCells } from './criteria';
import {
  autopilotJoinFor,
  autopilotModeFor,
  coManagementPathFor,
  isContradiction,
  rank,
  registerPersonalFor,
  scopesFor,
} from './policy';
import {
  CRITERION_IDS,
  METHOD_IDS,
  WARNING_CODES,
  type Answers,
  type MethodResult,
  type PolicyId,
  type PrerequisiteCode,
  type Reason,
  type Recommendation,
  type Verdict,
  type WarningCode,
} from './types';
import { WARNING_RULES, type WarningContext } from './warnings';

/** The criterion rules as an array in CRITERION_IDS order, so evaluation reads outcomes by index. */
const RULES: readonly CriterionRule[] = CRITERION_IDS.map((c) => CRITERION_RULES[c]);
const WARNING_TESTS = WARNING_CODES.map((code) => ({ code, applies: WARNING_RULES[code] }));

/** Collects one method's reasons in criterion order and derives its verdict and prerequisites from them. */
function evaluateMethod(methodIndex: number, outcomes: readonly (OutcomeCells | undefined)[]): MethodResult {
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
    } else if (effect === 'condition') {
      conditional = true;
      if (prerequisite !== undefined && !prerequisites.includes(prerequisite)) prerequisites.push(prerequisite);
    }
  }
  const verdict: Verdict = ruledOut ? 'notSuitable' : conditional ? 'conditional' : 'suitable';
  // Steps that would make a method usable mean nothing once the guide rules it out; its reasons still show them.
  return { id: METHOD_IDS[methodIndex], verdict, reasons, prerequisites: ruledOut ? [] : prerequisites };
}

/** A bit per notSuitable method (bit i = METHOD_IDS[i]), for the ranking. */
function ruledOutMask(methods: readonly MethodResult[]): number {
  let mask = 0;
  for (let m = 0; m < methods.length; m++) if (methods[m].verdict === 'notSuitable') mask |= 1 << m;
  return mask;
}

/**
 * One fleet (organization, personal or the whole mixed fleet seen with its personal devices). `fleet` is the
 * ownership of the whole fleet: a mixed fleet's personal segment keeps its users in the MDM user scope.
 */
function analyse(a: ResolvedAnswers, fleet: ResolvedAnswers['ownership'] = a.ownership): Recommendation {
  const outcomes: (OutcomeCells | undefined)[] = [];
  for (const rule of RULES) outcomes.push(rule(a));
  const methods: MethodResult[] = [];
  for (let m = 0; m < METHOD_IDS.length; m++) methods.push(evaluateMethod(m, outcomes));
  const contradiction = isContradiction(a);
  const choice = contradiction ? null : rank(a, ruledOutMask(methods));
  const recommended = choice?.method ?? null;
  const fleetView = fleet === a.ownership ? a : withOwnership(a, fleet);
  const autopilotMode = recommended === 'autopilot' ? autopilotModeFor(a) : undefined;
  const autopilotJoin = autopilotMode === undefined ? undefined : autopilotJoinFor(a, autopilotMode);
  const registerPersonal =
    recommended === null || (a.ownership !== 'personal' && a.ownership !== 'mixed') ? undefined : registerPersonalFor(fleetView);
  const ctx: WarningContext = { a, recommended, contradiction, autopilotMode, autopilotJoin, registerPersonal };
  const warnings: WarningCode[] = [];
  for (const test of WARNING_TESTS) if (test.applies(ctx)) warnings.push(test.code);
  const policy: PolicyId = choice?.policy ?? 'contradiction';
  // Optional keys are present only when they apply, so the API's JSON never carries empty ones.
  switch (recommended) {
    case 'autopilot':
      return { recommended, policy, methods, warnings, autopilotMode: autopilotMode ?? 'user-driven', autopilotJoin: autopilotJoin ?? 'entra' };
    case 'automatic': {
      const scopes = scopesFor(fleetView);
      return registerPersonal === undefined
        ? { recommended, policy, methods, warnings, scopes }
        : { recommended, policy, methods, warnings, scopes, registerPersonal };
    }
    case 'coManagement': {
      const coManagementPath = coManagementPathFor(a);
      return registerPersonal === undefined
        ? { recommended, policy, methods, warnings, coManagementPath }
        : { recommended, policy, methods, warnings, coManagementPath, registerPersonal };
    }
    default:
      return { recommended, policy, methods, warnings };
  }
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
  const personal = analyse(personalSegmentAnswers(a), 'mixed');
  return {
    ...whole,
    warnings: mergeWarnings(whole.warnings, organization.warnings, personal.warnings),
    segments: { organization, personal },
  };
}
