import { setAnswer, type MutableAnswers } from './answers';
import type { AnswerValue, Answers, NextQuestion, QuestionId } from './types';

/** No interview asks more than this; whatever stays unasked is `unknown` and shows up as a confirm-* step. */
export const MAX_QUESTIONS = 8;

type Path = Answers;

/** Answered, with one of these values. */
function is<Q extends QuestionId>(p: Path, q: Q, ...values: readonly AnswerValue<Q>[]): boolean {
  const v = p[q];
  return v !== undefined && values.includes(v);
}

/** Not asked yet, or answered with one of these values: the outcome is still open that way. */
function may<Q extends QuestionId>(p: Path, q: Q, ...values: readonly AnswerValue<Q>[]): boolean {
  const v = p[q];
  return v === undefined || values.includes(v);
}

const personalOnly = (p: Path): boolean => is(p, 'ownership', 'personal');
const personalInPlay = (p: Path): boolean => is(p, 'ownership', 'personal', 'mixed');
/** Organization-owned for the ranking's Autopilot rule: a mixed fleet's organization segment counts. */
const organizationOwned = (p: Path): boolean => is(p, 'ownership', 'organization', 'mixed');
const demRulesOut = (p: Path): boolean => is(p, 'demAccount', 'yes');
const legacyWindows = (p: Path): boolean => is(p, 'windowsVersion', 'win7', 'win8.1');

/** Personal devices that are user-less contradict each other: the interview stops and asks to re-check. */
function contradictory(p: Path): boolean {
  return (
    (is(p, 'ownership', 'personal') && is(p, 'userAffinity', 'userless', 'both')) ||
    (is(p, 'ownership', 'mixed') && is(p, 'userAffinity', 'userless'))
  );
}

/** The Autopilot rule of the ranking (partner purchase or remote workers) may still fire. */
const autopilotRuleOpen = (p: Path): boolean =>
  organizationOwned(p) && may(p, 'configMgr', 'none', 'unknown') && (may(p, 'purchase', 'autopilot-partner') || may(p, 'remoteWorkers', 'yes'));

/** The Autopilot rule has fired for organization devices (its method may still be ruled out by DEM or Premium). */
const autopilotRuleFired = (p: Path): boolean =>
  organizationOwned(p) && is(p, 'configMgr', 'none', 'unknown') && (is(p, 'purchase', 'autopilot-partner') || is(p, 'remoteWorkers', 'yes'));

/**
 * Group Policy may still be the pick: no Configuration Manager rule first, and the Autopilot rule has not fired
 * (if it did and Autopilot is then ruled out by Premium, Group Policy is too; by DEM, everything but automatic is).
 */
const groupPolicyReachable = (p: Path): boolean => may(p, 'configMgr', 'none', 'unknown') && !autopilotRuleFired(p);

/** Autopilot or Group Policy may still be the pick for organization devices, counting a missing Premium as no obstacle. */
const premiumMethodOpen = (p: Path): boolean =>
  !personalOnly(p) &&
  !demRulesOut(p) &&
  ((legacyWindows(p) && may(p, 'configMgr', 'keep')) ||
    (may(p, 'configMgr', 'none', 'unknown') && (autopilotRuleOpen(p) || may(p, 'identity', 'hybrid', 'onprem'))));

/**
 * Co-management may still be recommended, for the whole fleet or a mixed fleet's organization devices. On
 * Windows 7/8.1 Autopilot for existing devices ranks first, unless Premium rules it out or personal devices do.
 */
const coManagementOpen = (p: Path): boolean =>
  !personalOnly(p) &&
  !demRulesOut(p) &&
  may(p, 'configMgr', 'keep') &&
  (!legacyWindows(p) || may(p, 'azureAdPremium', 'no') || is(p, 'ownership', 'mixed'));

/**
 * The interview, in the order it is asked, with when each question can still change the outcome: the
 * recommended method, Autopilot mode, scopes and the guide's own warnings, also of a mixed fleet's segments.
 * The since-guide notes (SINCE_GUIDE_WARNINGS) follow the answers there are but never add a question.
 * Order: what decides the method first, then what only refines it, so a capped interview loses the least.
 */
export const INTERVIEW: readonly { readonly id: QuestionId; readonly relevant: (p: Path) => boolean }[] = [
  // Everything depends on who owns the devices.
  { id: 'ownership', relevant: () => true },
  // Personal + user-less is a contradiction; user-less also picks self-deploying mode and a warning.
  { id: 'userAffinity', relevant: () => true },
  // Windows 7/8.1 needs an upgrade and changes the ranking; 1709 matters for conditional access on bulk devices.
  { id: 'windowsVersion', relevant: (p) => !contradictory(p) },
  // Configuration Manager kept decides co-management (or Autopilot for existing devices); personal-only fleets go automatic anyway.
  { id: 'configMgr', relevant: (p) => !contradictory(p) && !personalOnly(p) && !demRulesOut(p) },
  // The scopes for personal devices, and whether IT will manage them.
  { id: 'manage', relevant: (p) => !contradictory(p) && personalInPlay(p) },
  // Remote workers pick Autopilot (user-driven); asked while the Autopilot rule is still open.
  {
    id: 'remoteWorkers',
    relevant: (p) =>
      !contradictory(p) &&
      !demRulesOut(p) &&
      autopilotRuleOpen(p) &&
      (!is(p, 'purchase', 'autopilot-partner') || (!is(p, 'userAffinity', 'userless') && may(p, 'volume', 'bulk'))),
  },
  // Buying from an Autopilot partner picks Autopilot; pointless once remote workers already did.
  {
    id: 'purchase',
    relevant: (p) => !contradictory(p) && !demRulesOut(p) && autopilotRuleOpen(p) && !is(p, 'remoteWorkers', 'yes'),
  },
  // Domain-joined devices pick Group Policy, unless Autopilot was already picked; co-management needs it for hybrid-required.
  {
    id: 'identity',
    relevant: (p) => !contradictory(p) && !personalOnly(p) && !demRulesOut(p) && (groupPolicyReachable(p) || coManagementOpen(p)),
  },
  // A DEM account rules out everything but automatic enrollment; irrelevant while automatic is the pick anyway.
  {
    id: 'demAccount',
    relevant: (p) => !contradictory(p) && !personalOnly(p) && (premiumMethodOpen(p) || coManagementOpen(p)),
  },
  // Autopilot and Group Policy require Premium.
  { id: 'azureAdPremium', relevant: (p) => !contradictory(p) && premiumMethodOpen(p) },
  // Another MDM means unenrolling first, whatever the method.
  { id: 'otherMdm', relevant: (p) => !contradictory(p) },
  // Bulk: a warning with personal devices, conditional access on 1709, and pre-provisioned Autopilot.
  {
    id: 'volume',
    relevant: (p) =>
      !contradictory(p) &&
      (personalInPlay(p) ||
        is(p, 'windowsVersion', 'win10-1709-or-older') ||
        (organizationOwned(p) &&
          !demRulesOut(p) &&
          !is(p, 'azureAdPremium', 'no') &&
          may(p, 'configMgr', 'none', 'unknown') &&
          may(p, 'purchase', 'autopilot-partner') &&
          !is(p, 'remoteWorkers', 'yes') &&
          !is(p, 'userAffinity', 'userless'))),
  },
  // Conditional access matters only for bulk enrollment on Windows 10 1709 or older.
  {
    id: 'conditionalAccess',
    relevant: (p) => !contradictory(p) && is(p, 'volume', 'bulk') && is(p, 'windowsVersion', 'win10-1709-or-older'),
  },
  // Devices already in Intune take co-management path b, which needs no hybrid join.
  {
    id: 'alreadyInIntune',
    relevant: (p) => !contradictory(p) && coManagementOpen(p) && may(p, 'identity', 'onprem', 'unknown'),
  },
  // The guide marks all four methods ✔ for new and existing devices; only a since-guide note reads it, so never asked.
  { id: 'deviceAge', relevant: () => false },
];

function firstOpen(path: Path): QuestionId | undefined {
  for (const q of INTERVIEW) {
    if (path[q.id] === undefined && q.relevant(path)) return q.id;
  }
  return undefined;
}

/**
 * The next question that can still change the outcome, or done. Replays the interview over the answers:
 * answers it would not have asked are ignored for relevance, `unknown` counts as answered, nothing is asked
 * twice, and no path is longer than MAX_QUESTIONS.
 */
export function nextQuestion(answers: Answers): NextQuestion {
  const path: MutableAnswers = {};
  let asked = 0;
  for (;;) {
    if (asked >= MAX_QUESTIONS) return { done: true };
    const q = firstOpen(path);
    if (q === undefined) return { done: true };
    const given = answers[q];
    if (given === undefined) {
      const stillRelevant = INTERVIEW.filter((item) => path[item.id] === undefined && item.relevant(path)).length;
      return { done: false, question: q, asked, estimatedTotal: Math.min(MAX_QUESTIONS, asked + stillRelevant) };
    }
    setAnswer(path, q, given);
    asked++;
  }
}
