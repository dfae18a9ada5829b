import {
  buildAdminTasksCard,
  buildComparisonCard,
  buildInstructionsCard,
  buildRecommendationCard,
  isVerb,
  VERBS,
  type AdaptiveCardJson,
  type Verb,
} from '../cards';
import { decisionSummary, type DecisionSummary } from '../content/decision';
import type { TabView } from '../content/tab';
import type { Lang } from '../content/types';
import { instructionSets, recommend, type Answers, type Recommendation } from '../engine';
import type { ServerVerdict } from './api';

/** What a card button does inside the tab. */
export type TabCommand = { readonly kind: 'view'; readonly view: TabView } | { readonly kind: 'restart' } | { readonly kind: 'start' };

/**
 * The card verbs the tab can honour. Everything else (publish, settings, language, …) needs the bot's identity
 * and conversation, so those buttons are removed from the cards before they are rendered here.
 */
const TAB_COMMANDS: Partial<Record<Verb, TabCommand>> = {
  [VERBS.compare]: { kind: 'view', view: 'comparison' },
  [VERBS.showTasks]: { kind: 'view', view: 'tasks' },
  [VERBS.instructions]: { kind: 'view', view: 'instructions' },
  [VERBS.restart]: { kind: 'restart' },
  [VERBS.start]: { kind: 'start' },
};

/** The run id the card builders echo on their buttons; the tab keeps its answers itself, so one fixed id suffices. */
export const TAB_FLOW = 'tab';

/** What a Submit button's `data` means in the tab, or undefined for a verb the tab does not handle. */
export function commandFor(data: unknown): TabCommand | undefined {
  if (typeof data !== 'object' || data === null || !('verb' in data)) return undefined;
  const verb: unknown = data.verb;
  return isVerb(verb) ? TAB_COMMANDS[verb] : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** False for a Submit/Execute action the tab cannot carry out; links and other actions stay. */
function keepAction(action: unknown): boolean {
  if (!isObject(action)) return true;
  if (action.type !== 'Action.Submit' && action.type !== 'Action.Execute') return true;
  return commandFor(action.data) !== undefined;
}

/** Copies `node` without the actions the tab cannot carry out; an ActionSet left empty disappears. */
function withoutForeignActions(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node
      .map(withoutForeignActions)
      .filter((item) => !(isObject(item) && item.type === 'ActionSet' && Array.isArray(item.actions) && item.actions.length === 0));
  }
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'actions' && Array.isArray(value) ? value.filter(keepAction).map(withoutForeignActions) : withoutForeignActions(value);
  }
  return out;
}

/** The card as the tab shows it: only buttons the tab can honour (see commandFor). */
export function forTab(card: AdaptiveCardJson): AdaptiveCardJson {
  return withoutForeignActions(card) as AdaptiveCardJson;
}

/** The finished advice as the tab shows it: the cards of each view, and the decision to check against the server. */
export interface TabResults {
  readonly views: { readonly [V in TabView]: readonly AdaptiveCardJson[] };
  readonly decision: ServerVerdict;
  /** What the tab leads with: method, deciding reasons, blocking prerequisites, changes since the customer's copy. */
  readonly summary: DecisionSummary;
}

/** The same decision fields /api/recommend reports, from the bundled engine's result. */
export function decisionOf(rec: Recommendation): ServerVerdict {
  return {
    recommended: rec.recommended,
    autopilotMode: rec.autopilotMode ?? null,
    organization: rec.segments?.organization.recommended ?? null,
    personal: rec.segments?.personal.recommended ?? null,
  };
}

/** True when the server and the page's bundled engine decided the same; false means the page is out of date. */
export function sameDecision(a: ServerVerdict, b: ServerVerdict): boolean {
  return a.recommended === b.recommended && a.autopilotMode === b.autopilotMode && a.organization === b.organization && a.personal === b.personal;
}

/**
 * The cards of a finished advice, built by the same builders and templates the bot uses: recommendation,
 * comparison with the admin's rows highlighted, admin tasks and the employee instructions (links to the printable
 * pages under `baseUrl`). Without a recommendation (contradicting answers) only the first two exist.
 */
export function buildTabResults(answers: Answers, lang: Lang, baseUrl?: string): TabResults {
  const rec = recommend(answers);
  const recommendation = forTab(buildRecommendationCard({ rec, answers, flow: TAB_FLOW }, lang));
  const comparison = forTab(buildComparisonCard({ answers, rec, flow: TAB_FLOW }, lang));
  const tasks = rec.recommended === null ? [] : [forTab(buildAdminTasksCard({ rec, answers, flow: TAB_FLOW }, lang))];
  const instructions = instructionSets(rec, answers).map((set) =>
    forTab(buildInstructionsCard(set, lang, baseUrl === undefined ? {} : { baseUrl })),
  );
  return {
    views: { recommendation: [recommendation], comparison: [comparison], tasks, instructions },
    decision: decisionOf(rec),
    summary: decisionSummary(rec, answers, lang),
  };
}

/** The comparison table before any question is answered (the welcome screen's "Compare methods"). */
export function buildPlainComparison(lang: Lang): AdaptiveCardJson {
  return forTab(buildComparisonCard({}, lang));
}
