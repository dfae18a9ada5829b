import { setAnswer, type MutableAnswers } from './answers';
import { HARD_STOPS, decisionOf } from './decision-focus';
import { QUESTION_VALUES, type AnswerValue, type Answers, type NextQuestion, type NextQuestionOptions, type QuestionId } from './types';

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

/** Personal devices that are user-less contradict each other: the interview stops and asks to re-check. */
export function contradictory(p: Path): boolean {
  return (
    (is(p, 'ownership', 'personal') && is(p, 'userAffinity', 'userless', 'both')) ||
    (is(p, 'ownership', 'mixed') && is(p, 'userAffinity', 'userless'))
  );
}

/** The Autopilot rule of the ranking (partner purchase or remote workers) may still fire. */
const autopilotRuleOpen = (p: Path): boolean =>
  organizationOwned(p) &&
  !is(p, 'configMgr', 'keep') &&
  // Leaving Configuration Manager with existing domain-joined devices: the transition to co-management ranks first.
  !(is(p, 'configMgr', 'phasing-out') && is(p, 'identity', 'hybrid', 'onprem') && is(p, 'deviceAge', 'existing', 'both', 'unknown')) &&
  (may(p, 'purchase', 'autopilot-partner') || may(p, 'remoteWorkers', 'yes'));

/** The Autopilot rule has fired: the (organization segment's) method is Autopilot, what is left only refines it. */
const autopilotPicked = (p: Path): boolean =>
  autopilotRuleOpen(p) && (is(p, 'remoteWorkers', 'yes') || is(p, 'purchase', 'autopilot-partner'));

/** Leaving Configuration Manager: whether the transition (which ranks above Autopilot) applies is not known yet. */
const transitionUndecided = (p: Path): boolean =>
  is(p, 'configMgr', 'phasing-out') && (p.identity === undefined || (is(p, 'identity', 'hybrid', 'onprem') && p.deviceAge === undefined));

/** What picks the method of an organization fleet (or a mixed fleet's organization devices) is answered or settled. */
function methodQuestionsDone(p: Path): boolean {
  for (const q of INTERVIEW) {
    if ((q.id === 'identity' || q.id === 'deviceAge' || q.id === 'remoteWorkers' || q.id === 'purchase') && p[q.id] === undefined && q.relevant(p)) return false;
  }
  return true;
}

/** Every other question is answered or irrelevant: for organization devices, user affinity is then asked last. */
function nothingElseOpen(p: Path): boolean {
  for (const q of INTERVIEW) if (q.id !== 'userAffinity' && p[q.id] === undefined && q.relevant(p)) return false;
  return true;
}

/** Co-management may still be recommended, for the whole fleet or a mixed fleet's organization devices. */
const coManagementOpen = (p: Path): boolean => !personalOnly(p) && may(p, 'configMgr', 'keep', 'phasing-out');

/**
 * The interview, in the order it is asked, with when each question can still change the outcome: the method, the
 * Autopilot mode and join, the co-management path, scopes, the tasks and warnings, also of a mixed fleet's segments.
 * Order: the hard stops first (ownership, Entra ID P1, another MDM, Configuration Manager), so the 8-question cap
 * never cuts them on an organization or mixed path (a mixed fleet also asks user affinity, which can contradict, and
 * enroll-or-register for its personal devices); then what decides the method, in the ranking's order (remote workers
 * and partner purchase pick Autopilot before identity and new-or-existing can pick Group Policy); then what only
 * refines it (Windows version, volume, user affinity of organization devices), where the cap may cut it.
 */
export const INTERVIEW: readonly { readonly id: QuestionId; readonly relevant: (p: Path) => boolean }[] = [
  // Everything depends on who owns the devices.
  { id: 'ownership', relevant: () => true },
  // A mixed fleet that is entirely user-less contradicts itself (ask, do not guess); with "both", the user-less devices
  // are the organization's. For organization devices only Autopilot's mode depends on it (user-less → self-deploying),
  // so it becomes relevant, and is asked next, once the Autopilot rule fires; otherwise it is asked last (the user-less
  // note and kiosk profile), where the cap may cut it. Personal devices are their owner's: a
  // personal device has one user, so the question is not put to a personal-only fleet (the API still checks it).
  {
    id: 'userAffinity',
    relevant: (p) =>
      is(p, 'ownership', 'mixed') ||
      (organizationOwned(p) && !is(p, 'configMgr', 'keep') && (is(p, 'remoteWorkers', 'yes') || is(p, 'purchase', 'autopilot-partner'))) ||
      (is(p, 'ownership', 'organization') && nothingElseOpen(p)),
  },
  // For personal devices: enroll them, or register them with the work account only (which needs no P1).
  { id: 'manage', relevant: personalInPlay },
  // Entra ID P1: every method needs it except registering personal devices.
  { id: 'azureAdPremium', relevant: (p) => !personalOnly(p) || may(p, 'manage', 'device', 'both', 'unknown') },
  // Another MDM means unenrolling first, whatever the method; registering the work account only enrolls nothing.
  { id: 'otherMdm', relevant: (p) => !(personalOnly(p) && is(p, 'manage', 'account')) },
  // Configuration Manager kept decides co-management; phasing out makes it the transition; personal-only fleets skip it.
  { id: 'configMgr', relevant: (p) => !personalOnly(p) },
  // Windows 7/8.1 needs an upgrade and changes the ranking; Windows 10 1709 or older makes every method conditional.
  // Only with Configuration Manager kept can it change the method (Autopilot for existing devices); otherwise it adds
  // checks and warnings, so for organization and mixed fleets it waits until what picks the method (remote workers,
  // partner purchase, identity, new or existing) is known. A personal-only fleet has nothing else left to ask.
  {
    id: 'windowsVersion',
    relevant: (p) => personalOnly(p) || is(p, 'configMgr', 'keep') || methodQuestionsDone(p),
  },
  // Remote workers pick Autopilot (user-driven); asked while the Autopilot rule is still open. It ranks above Group
  // Policy, so it comes before identity; only the transition away from Configuration Manager ranks higher, so then
  // identity (and new or existing) are asked first.
  {
    id: 'remoteWorkers',
    relevant: (p) => !contradictory(p) && autopilotRuleOpen(p) && !transitionUndecided(p),
  },
  // Buying from an Autopilot partner picks Autopilot; pointless once remote workers already did.
  {
    id: 'purchase',
    relevant: (p) => !contradictory(p) && autopilotRuleOpen(p) && !transitionUndecided(p) && !is(p, 'remoteWorkers', 'yes'),
  },
  // Roughly how many: for a mixed fleet bulk is organization-only (a warning, and the package tasks); with a partner
  // purchase it picks pre-provisioned Autopilot (remote workers and user-less devices have their own mode). Once
  // Autopilot is picked it is asked before identity, which can then only change the join together with new or
  // existing (and partner devices are new); a mixed fleet without Autopilot asks it after the method questions.
  {
    id: 'volume',
    relevant: (p) =>
      !contradictory(p) &&
      ((is(p, 'ownership', 'mixed') && (autopilotPicked(p) || methodQuestionsDone(p))) ||
        (organizationOwned(p) && autopilotRuleOpen(p) && is(p, 'purchase', 'autopilot-partner') && !is(p, 'userAffinity', 'userless'))),
  },
  // Domain-joined devices: Group Policy, co-management path a, Autopilot hybrid join.
  { id: 'identity', relevant: (p) => !personalOnly(p) },
  // New or existing: new domain devices are Entra joined (Microsoft's recommendation); existing ones keep Group
  // Policy, hybrid join Autopilot or co-management path a.
  {
    id: 'deviceAge',
    relevant: (p) =>
      !contradictory(p) &&
      !personalOnly(p) &&
      (is(p, 'identity', 'hybrid', 'onprem') || (is(p, 'identity', 'unknown') && is(p, 'configMgr', 'keep', 'phasing-out'))),
  },
  // Devices already in Intune take co-management path b; otherwise existing clients take path a.
  {
    id: 'alreadyInIntune',
    relevant: (p) =>
      !contradictory(p) && coManagementOpen(p) && !is(p, 'configMgr', 'none') && !is(p, 'identity', 'cloud') && !is(p, 'deviceAge', 'new'),
  },
  // A DEM account decides no method any more (a note, and a task where it is used); asked for bulk fleets only.
  { id: 'demAccount', relevant: (p) => !contradictory(p) && !personalOnly(p) && is(p, 'volume', 'bulk') },
  // The current guide no longer distinguishes Windows 10 1709 for conditional access on bulk devices: never asked,
  // still accepted by the API.
  { id: 'conditionalAccess', relevant: () => false },
];

function firstOpen(path: Path): QuestionId | undefined {
  // Answers that contradict each other end the interview: ask the admin to re-check, do not guess.
  if (contradictory(path)) return undefined;
  for (const q of INTERVIEW) {
    if (path[q.id] === undefined && q.relevant(path)) return q.id;
  }
  return undefined;
}

/**
 * Whether some known value of `q` gives another decision than `base` (the decision of `known`), every other open
 * question "don't know". A value that makes a follow-up question relevant (a domain identity makes "new or existing"
 * relevant) is tried with that question's values too: together they pick Autopilot's hybrid join.
 */
function canChangeDecision(known: Answers, q: QuestionId, base: string, followUps = true): boolean {
  const values: readonly string[] = QUESTION_VALUES[q];
  const probe: Record<string, string | undefined> = { ...known };
  for (const v of values) {
    probe[q] = v;
    const next = probe as Answers;
    if (decisionOf(next) !== base) return true;
    if (!followUps) continue;
    for (const r of INTERVIEW) {
      if (next[r.id] === undefined && r.relevant(next) && !r.relevant(known) && canChangeDecision(next, r.id, base, false)) return true;
    }
  }
  return false;
}

/**
 * The focused interview's open questions, in interview order: relevant given everything already known, and a hard
 * stop or able to change the decision. Once MAX_QUESTIONS relevant answers are known, only hard stops are left
 * (they come first, so the cap cuts one only when a description stated eight other facts).
 */
function* focusedOpen(known: Answers, capped: boolean): Generator<QuestionId> {
  let decision: string | undefined;
  for (const q of INTERVIEW) {
    if (known[q.id] !== undefined || !q.relevant(known)) continue;
    if (HARD_STOPS.includes(q.id)) yield q.id;
    else if (!capped && canChangeDecision(known, q.id, (decision ??= decisionOf(known)))) yield q.id;
  }
}

/**
 * What the focused interview's cap and progress count: every known answer the interview's rules find relevant given
 * the other answers, as the full interview counts the given answers on its path, so neither is ever longer than
 * MAX_QUESTIONS; an answer that stopped deciding (remote workers once a partner purchase is known) still counts.
 */
function focusedAsked(known: Answers): number {
  let asked = 0;
  for (const q of INTERVIEW) {
    if (known[q.id] === undefined) continue;
    const others: Record<string, string | undefined> = { ...known };
    delete others[q.id];
    if (q.relevant(others as Answers)) asked++;
  }
  return asked;
}

/**
 * The decision-focused interview: every known answer informs what is still open, wherever the interview would have
 * asked it (a description states facts in any order).
 */
function focusedNextQuestion(known: Answers): NextQuestion {
  const asked = focusedAsked(known);
  const capped = asked >= MAX_QUESTIONS;
  const open = [...focusedOpen(known, capped)];
  const question = open[0];
  if (question === undefined) return { done: true };
  return { done: false, question, asked, estimatedTotal: Math.max(Math.min(MAX_QUESTIONS, asked + open.length), asked + 1) };
}

/**
 * The next question that can still change the outcome, or done. Replays the interview over the answers:
 * answers it would not have asked are ignored for relevance, `unknown` counts as answered, nothing is asked
 * twice, and no path is longer than MAX_QUESTIONS. With `focus: 'decision'` (runs that began with a description) it
 * asks only the hard stops and what can still change the recommended method, its Autopilot mode and join or
 * co-management path, trying each value with every other open question "don't know"; the hard stops are never cut.
 */
export function nextQuestion(answers: Answers, options: NextQuestionOptions = {}): NextQuestion {
  // Contradicting answers end the interview even when the API was given them unasked: the result says why.
  if (contradictory(answers)) return { done: true };
  if (options.focus === 'decision') return focusedNextQuestion(answers);
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
