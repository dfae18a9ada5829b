import { resolveAnswers, type ResolvedAnswers } from './answers';
import { CRITERION_RULES, type CriterionOutcome } from './criteria';
import { MATRIX } from './matrix';
import { autopilotModeFor, isContradiction, rank, scopesFor } from './policy';
import {
  CRITERION_IDS,
  METHOD_IDS,
  WARNING_CODES,
  type Answers,
  type MethodId,
  type MethodResult,
  type PrerequisiteCode,
  type Reason,
  type Recommendation,
  type Verdict,
  type WarningCode,
} from './types';
import { WARNING_RULES } from './warnings';

interface Evaluation {
  readonly result: MethodResult;
  /** Ruled out by something other than a missing Azure AD Premium. */
  readonly ruledOutBesidesPremium: boolean;
}

/** Walks one method's column of the matrix and turns every criterion that speaks about it into a reason. */
function evaluateMethod(method: MethodId, outcomes: readonly (CriterionOutcome | undefined)[]): Evaluation {
  const column = MATRIX[method];
  const reasons: Reason[] = [];
  const prerequisites: PrerequisiteCode[] = [];
  let ruledOut = false;
  let ruledOutBesidesPremium = false;
  let conditional = false;
  for (let i = 0; i < CRITERION_IDS.length; i++) {
    const criterion = CRITERION_IDS[i];
    const cell = column[criterion];
    const effect = outcomes[i]?.[method];
    // A cell the guide is silent about never changes a verdict, whatever a rule says.
    if (effect === undefined || cell.mark === 'silent') continue;
    const note = effect.note === undefined ? cell.note : (effect.note ?? undefined);
    reasons.push(note === undefined ? { criterion, effect: effect.effect } : { criterion, effect: effect.effect, note });
    if (effect.effect === 'rulesOut') {
      ruledOut = true;
      if (criterion !== 'premium') ruledOutBesidesPremium = true;
    } else if (effect.effect === 'condition') {
      conditional = true;
      if (effect.prerequisite !== undefined && !prerequisites.includes(effect.prerequisite)) {
        prerequisites.push(effect.prerequisite);
      }
    }
  }
  const verdict: Verdict = ruledOut ? 'notSuitable' : conditional ? 'conditional' : 'suitable';
  // Steps that would make a method usable mean nothing once the guide rules it out; its reasons still show them.
  return { result: { id: method, verdict, reasons, prerequisites: ruledOut ? [] : prerequisites }, ruledOutBesidesPremium };
}

/** One fleet (organization, personal or the whole mixed fleet seen with its personal devices). */
function analyse(a: ResolvedAnswers): Recommendation {
  const outcomes = CRITERION_IDS.map((c) => CRITERION_RULES[c](a));
  const evaluations = METHOD_IDS.map((m) => evaluateMethod(m, outcomes));
  const byMethod = (m: MethodId): Evaluation => evaluations[METHOD_IDS.indexOf(m)];
  const contradiction = isContradiction(a);
  const choice = contradiction ? null : rank(a, (m) => byMethod(m).result.verdict === 'notSuitable');
  const recommended = choice?.method ?? null;
  const pickIgnoringPremium = contradiction ? null : (rank(a, (m) => byMethod(m).ruledOutBesidesPremium)?.method ?? null);
  const scopes = recommended === 'automatic' ? scopesFor(a) : undefined;
  const autopilotMode = recommended === 'autopilot' ? autopilotModeFor(a) : undefined;
  const ctx = { a, recommended, scopes, contradiction, pickIgnoringPremium };
  const warnings = WARNING_CODES.filter((code) => WARNING_RULES[code](ctx));
  return {
    recommended,
    policy: choice?.policy ?? 'contradiction',
    methods: evaluations.map((e) => e.result),
    warnings,
    ...(autopilotMode === undefined ? {} : { autopilotMode }),
    ...(scopes === undefined ? {} : { scopes }),
  };
}

/**
 * The personal part of a mixed fleet. With user affinity 'both' its devices are the single-user ones
 * (user-less devices are organization-owned); 'userless' stays, and is the contradiction it is.
 */
function personalSegmentAnswers(a: ResolvedAnswers): ResolvedAnswers {
  return { ...a, ownership: 'personal', userAffinity: a.userAffinity === 'both' ? 'single' : a.userAffinity };
}

/** Warnings of the whole fleet and its segments, each once, in WARNING_CODES order. */
function mergeWarnings(...lists: readonly (readonly WarningCode[])[]): WarningCode[] {
  return WARNING_CODES.filter((code) => lists.some((list) => list.includes(code)));
}

/**
 * The engine's verdict on every method for these answers, the recommended method and the policy that chose it,
 * warnings, Autopilot mode or scopes, and for a mixed fleet the same analysis per segment. Pure and deterministic.
 */
export function recommend(answers: Answers): Recommendation {
  const a = resolveAnswers(answers);
  const whole = analyse(a);
  if (a.ownership !== 'mixed') return whole;
  const organization = analyse({ ...a, ownership: 'organization' });
  const personal = analyse(personalSegmentAnswers(a));
  return {
    ...whole,
    warnings: mergeWarnings(whole.warnings, organization.warnings, personal.warnings),
    segments: { organization, personal },
  };
}
