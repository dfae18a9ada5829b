import { decisionSummary, type DecisionSummary } from '../content';
import { conversationText, type ConversationText } from '../content/conversation';
import type { Lang } from '../content/types';
import type { Answers, Recommendation } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { recommendationCardVm, type SettingsBoxVm } from './recommendation-card';
import { render } from './render';
import { textItems, type BaseVm, type TextItemVm } from './view-model';

export interface DecisionViewVm extends BaseVm {
  readonly labels: ConversationText['decision'];
  readonly heading: string;
  readonly method: string;
  readonly methodSize: 'Large' | 'Medium';
  readonly summary: string;
  /** For a mixed fleet: "Organization-owned devices: Windows Autopilot", one line per segment. */
  readonly segments: readonly TextItemVm[];
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

export interface DecisionViewInput {
  readonly rec: Recommendation;
  readonly answers: Answers;
  /** The decision the view leads with; by default the content layer's decisionSummary of `rec`. */
  readonly summary?: DecisionSummary;
}

/**
 * The view model of the Recommendation view: the decision summary (method, 2–4 deciding reasons, what blocks it,
 * what changed since the guide), then the exact settings, the warnings, and where the guide contradicts itself.
 */
export function decisionViewVm(input: DecisionViewInput, lang: Lang): DecisionViewVm {
  const { rec, answers } = input;
  const summary = input.summary ?? decisionSummary(rec, answers, lang);
  const card = recommendationCardVm({ rec, answers, flow: '' }, lang);
  // The settings boxes of every analysis (one per segment of a mixed fleet), titled by segment when there are two.
  const settings = card.sections.flatMap((s) => s.settings.map((box) => (s.title === '' ? box : { ...box, title: `${box.title} \u2014 ${s.title}` })));
  return {
    lang,
    labels: conversationText(lang).decision,
    heading: card.heading,
    method: summary.method,
    methodSize: summary.recommended === null ? 'Medium' : 'Large',
    summary: card.summary,
    segments: textItems(card.sections.map((s) => s.title).filter((t) => t !== '')),
    sections: [{ title: '', reasons: textItems(summary.reasons), blocking: textItems(summary.blocking), settings }],
    changed: textItems(summary.changes.map((c) => c.text)),
    warnings: card.warnings,
    contradictions: card.contradictions,
  };
}

/** The Recommendation view's card body (the result card adds the view switcher and the actions). */
export function buildDecisionView(input: DecisionViewInput, lang: Lang): AdaptiveCardJson {
  return render('decision', decisionViewVm(input, lang));
}
