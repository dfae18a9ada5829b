import { contradictionText, contradictionsFor, decisionSummary, localizeRecommendation, methodSummary, registeredPersonalSummary, type DecisionSummary } from '../content';
import type { Lang, LocalizedMethod, LocalizedRecommendation } from '../content/types';
import { uiText, type UiText } from '../content/ui';
import type { Answers, Effect, Recommendation } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS, type AnswersData, type PublishedMethods } from './verbs';
import { submit, textItems, type BaseVm, type FactVm, type SubmitActionVm, type TextItemVm } from './view-model';

export interface SettingsBoxVm {
  readonly title: string;
  /** The one value to choose (e.g. the Autopilot mode); empty when the facts carry the values. */
  readonly value: string;
  readonly facts: readonly FactVm[];
  readonly text: string;
}

export interface OtherMethodVm {
  readonly name: string;
  readonly verdict: string;
  /** The reason that decided the verdict (what rules it out, or its condition). */
  readonly reason: string;
}

/** One analysis: the whole fleet, or one segment of a mixed fleet. */
export interface RecommendationSectionVm {
  /** Empty for a single analysis; "Organization-owned devices: Windows Autopilot" for a segment. */
  readonly title: string;
  readonly reasons: readonly TextItemVm[];
  readonly prerequisites: readonly TextItemVm[];
  /** Zero or one box with the Autopilot mode or the MDM/MAM scopes. */
  readonly settings: readonly SettingsBoxVm[];
  readonly othersHeading: string;
  readonly others: readonly OtherMethodVm[];
  /** The segment's own policy sentence; empty for a single analysis (shown once at the end). */
  readonly policyText: string;
}

export interface RecommendationCardVm extends BaseVm {
  readonly labels: UiText['recommendation'];
  readonly heading: string;
  /** The recommended method's name, or the sentence saying the answers contradict each other. */
  readonly methodName: string;
  /** A method name is set large; the longer contradiction sentence is not. */
  readonly methodNameSize: 'ExtraLarge' | 'Medium';
  readonly summary: string;
  readonly sections: readonly RecommendationSectionVm[];
  readonly warnings: readonly TextItemVm[];
  /** What changed since the customer's copy (one line each), then the since-guide warnings, in their own labelled box. */
  readonly sinceGuide: readonly TextItemVm[];
  /** The decision the card leads with (method, deciding reasons, blocking prerequisites, changes): see decisionSummary. */
  readonly decision: DecisionSummary;
  readonly contradictions: readonly TextItemVm[];
  readonly policyText: string;
  /** The main next step, on its own row so its label is never cut off: "Use this for our organization". */
  readonly primaryActions: readonly SubmitActionVm[];
  readonly actions: readonly SubmitActionVm[];
}

export interface RecommendationInput {
  readonly rec: Recommendation;
  readonly answers: Answers;
  /** The id of the advice run, echoed on every button. */
  readonly flow: string;
}

const EFFECT_MARK = { supports: '\u2714', requires: '\u2714', condition: '!', note: '\u2022', rulesOut: '\u2718' } satisfies Record<
  Effect,
  string
>;

/** The answers as plain strings, for buttons that must work after the run has left conversation state. */
export function answersData(answers: Answers): AnswersData {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) if (typeof value === 'string') out[key] = value;
  return out;
}

/** What "Use this for our organization" proposes: the method per kind of device, with the Autopilot mode and the scopes. */
export function publishedMethods(rec: Recommendation, answers: Answers): PublishedMethods {
  const org = rec.segments?.organization ?? (answers.ownership === 'personal' ? undefined : rec);
  const personal = rec.segments?.personal ?? (answers.ownership === 'personal' ? rec : undefined);
  return {
    ...(org?.recommended ? { organizationMethod: org.recommended } : {}),
    ...(org?.autopilotMode ? { autopilotMode: org.autopilotMode } : {}),
    ...(personal?.recommended ? { personalMethod: personal.recommended } : {}),
    // Registered personal devices are not MDM-enrolled even when their users are in the MDM scope for work devices
    // (a mixed fleet blocks personal enrollment instead), so employees are told to register, never to join.
    ...(personal?.registerPersonal !== undefined
      ? { personalScopes: { mdm: 'none', mam: 'none' } }
      : personal?.scopes
        ? { personalScopes: { mdm: personal.scopes.mdm, mam: personal.scopes.mam } }
        : {}),
  };
}

function decisiveReason(method: LocalizedMethod): string {
  const reason =
    method.reasons.find((r) => r.effect === 'rulesOut') ?? method.reasons.find((r) => r.effect === 'condition') ?? method.reasons[0];
  return reason?.text ?? method.prerequisites[0]?.text ?? '';
}

/** Zero or one box with the exact Autopilot mode or MDM/MAM scope settings of a localized result. */
export function settingsBox(loc: LocalizedRecommendation, labels: UiText['recommendation']): SettingsBoxVm[] {
  if (loc.autopilotMode) {
    return [{ title: labels.autopilotMode, value: loc.autopilotMode.name, facts: [], text: loc.autopilotMode.text }];
  }
  if (loc.scopes) {
    return [
      {
        title: labels.scopes,
        value: '',
        facts: [
          { title: labels.mdmScope, value: loc.scopes.mdmLabel },
          { title: labels.mamScope, value: loc.scopes.mamLabel },
        ],
        text: loc.scopes.text,
      },
    ];
  }
  return [];
}

function section(loc: LocalizedRecommendation, title: string, policyText: string, labels: UiText['recommendation']): RecommendationSectionVm {
  const chosen = loc.methods.find((m) => m.id === loc.recommended);
  return {
    title,
    reasons: (chosen?.reasons ?? []).map((r) => ({ text: `${EFFECT_MARK[r.effect]} ${r.text}` })),
    prerequisites: textItems((chosen?.prerequisites ?? []).map((p) => p.text)),
    settings: settingsBox(loc, labels),
    othersHeading: loc.recommended === null ? labels.allMethods : labels.otherMethods,
    others: loc.methods
      .filter((m) => m.id !== loc.recommended)
      .map((m) => ({ name: m.name, verdict: m.verdictLabel, reason: decisiveReason(m) })),
    policyText,
  };
}

/** The view model of the recommendation card; a mixed fleet gets one section per segment. */
export function recommendationCardVm(input: RecommendationInput, lang: Lang): RecommendationCardVm {
  const { rec, answers, flow } = input;
  const ui = uiText(lang);
  const labels = ui.recommendation;
  const loc = localizeRecommendation(rec, lang);
  const decision = decisionSummary(rec, answers, lang);
  const sections = loc.segments
    ? [
        section(loc.segments.organization, `${labels.segmentOrganization}: ${loc.segments.organization.recommendedName}`, loc.segments.organization.policyText, labels),
        section(loc.segments.personal, `${labels.segmentPersonal}: ${loc.segments.personal.recommendedName}`, loc.segments.personal.policyText, labels),
      ]
    : [section(loc, '', '', labels)];
  const data = answersData(answers);
  const compare = submit(ui.buttons.showComparison, { verb: VERBS.compare, flow, answers: data });
  const primaryActions =
    rec.recommended === null
      ? [submit(ui.buttons.restart, { verb: VERBS.restart }, 'positive')]
      : [submit(ui.buttons.publish, { verb: VERBS.publish, flow, settings: publishedMethods(rec, answers) }, 'positive')];
  const actions =
    rec.recommended === null
      ? [compare]
      : [
          compare,
          submit(ui.buttons.showTasks, { verb: VERBS.showTasks, flow, answers: data }),
          submit(ui.buttons.showInstructions, { verb: VERBS.instructions, flow, answers: data }),
        ];
  return {
    lang,
    labels,
    heading: rec.recommended === null ? labels.noRecommendationHeading : labels.heading,
    methodName: loc.recommendedName,
    methodNameSize: rec.recommended === null ? 'Medium' : 'ExtraLarge',
    summary:
      rec.recommended === null ? '' : rec.registerPersonal !== undefined && rec.segments === undefined ? registeredPersonalSummary(lang) : methodSummary(rec.recommended, lang),
    sections,
    warnings: textItems(loc.warnings.filter((w) => !w.sinceGuide).map((w) => w.text)),
    sinceGuide: textItems([...decision.changes.map((c) => c.text), ...loc.warnings.filter((w) => w.sinceGuide).map((w) => w.text)]),
    decision,
    contradictions: textItems([
      ...contradictionsFor(answers, rec).map((id) => contradictionText(id, lang)),
      ...decision.guideCopyNotes.map((n) => n.text),
    ]),
    policyText: loc.policyText,
    primaryActions,
    actions,
  };
}

/**
 * The recommendation card: the method's name first, why, prerequisites, the Autopilot mode or scope settings,
 * warnings, newer Microsoft guidance in its own labelled box, the guide's contradictions, and our policy sentence.
 */
export function buildRecommendationCard(input: RecommendationInput, lang: Lang): AdaptiveCardJson {
  return render('recommendation', recommendationCardVm(input, lang));
}
