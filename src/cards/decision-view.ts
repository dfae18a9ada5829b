import { conversationText, type ConversationText } from '../content/conversation';
import type { Lang } from '../content/types';
import type { Answers, Recommendation } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { recommendationCardVm, type SettingsBoxVm } from './recommendation-card';
import { render } from './render';
import { textItems, type BaseVm, type TextItemVm } from './view-model';

/**
 * What the Recommendation view shows, already in words: the method, 2–4 deciding reasons, what blocks the start,
 * and what changed since the guide. The content layer may build it (a decision summary); `decisionSummary` derives
 * one from the recommendation until it does.
 */
export interface DecisionSummary {
  readonly heading: string;
  /** The recommended method's name, or the sentence saying the answers contradict each other. */
  readonly method: string;
  readonly recommended: boolean;
  readonly summary: string;
  readonly sections: readonly DecisionSection[];
  readonly changed: readonly string[];
  readonly warnings: readonly string[];
  readonly contradictions: readonly string[];
}

/** One analysis (the fleet, or one segment of a mixed fleet). */
export interface DecisionSection {
  /** Empty for a single analysis; "Personal devices (BYOD): Automatic enrollment" for a segment. */
  readonly title: string;
  /** 2–4 deciding reasons, each with its mark (✔, !, ✘). */
  readonly reasons: readonly string[];
  /** Prerequisites that must be in place before the method can be used. */
  readonly blocking: readonly string[];
  readonly settings: readonly SettingsBoxVm[];
}

export interface DecisionViewVm extends BaseVm {
  readonly labels: ConversationText['decision'];
  readonly heading: string;
  readonly method: string;
  readonly methodSize: 'Large' | 'Medium';
  readonly summary: string;
  readonly sections: readonly {
    readonly title: string;
    readonly reasons: readonly TextItemVm[];
    readonly blocking: readonly TextItemVm[];
    readonly settings: readonly SettingsBoxVm[];
  }[];
  readonly changed: readonly TextItemVm[];
  readonly warnings: readonly TextItemVm[];
  readonly contradictions: readonly TextItemVm[];
}

/** The most reasons the view lists per analysis; the comparison view has the rest. */
const MAX_REASONS = 4;

/** A decision summary derived from the engine's recommendation (the recommendation card's texts, shortened). */
export function decisionSummary(rec: Recommendation, answers: Answers, lang: Lang): DecisionSummary {
  const vm = recommendationCardVm({ rec, answers, flow: '' }, lang);
  return {
    heading: vm.heading,
    method: vm.methodName,
    recommended: rec.recommended !== null,
    summary: vm.summary,
    sections: vm.sections.map((s) => ({
      title: s.title,
      reasons: s.reasons.slice(0, MAX_REASONS).map((r) => r.text),
      blocking: s.prerequisites.map((p) => p.text),
      settings: s.settings,
    })),
    changed: vm.sinceGuide.map((w) => w.text),
    warnings: vm.warnings.map((w) => w.text),
    contradictions: vm.contradictions.map((c) => c.text),
  };
}

/** The view model of the Recommendation view for a decision summary. */
export function decisionViewVm(summary: DecisionSummary, lang: Lang): DecisionViewVm {
  return {
    lang,
    labels: conversationText(lang).decision,
    heading: summary.heading,
    method: summary.method,
    methodSize: summary.recommended ? 'Large' : 'Medium',
    summary: summary.summary,
    sections: summary.sections.map((s) => ({
      title: s.title,
      reasons: textItems(s.reasons),
      blocking: textItems(s.blocking),
      settings: s.settings,
    })),
    changed: textItems(summary.changed),
    warnings: textItems(summary.warnings),
    contradictions: textItems(summary.contradictions),
  };
}

/** The Recommendation view's card body (the result card adds the view switcher and the actions). */
export function buildDecisionView(summary: DecisionSummary, lang: Lang): AdaptiveCardJson {
  return render('decision', decisionViewVm(summary, lang));
}
