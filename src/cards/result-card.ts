import { conversationText, RESULT_VIEWS, type ResultView } from '../content/conversation';
import type { Lang, OrgValues } from '../content/types';
import { uiText } from '../content/ui';
import type { Answers, Recommendation } from '../engine/types';
import { buildAdminTasksCard } from './admin-tasks-card';
import { CARD_VERSION, type AdaptiveCardJson } from './card-json';
import { buildComparisonCard } from './comparison-card';
import { buildDecisionView } from './decision-view';
import type { DecisionSummary } from '../content';
import { answersData, publishedMethods } from './recommendation-card';
import { VERBS, type CardActionData } from './verbs';
import { submit, type SubmitActionVm } from './view-model';

export interface ResultCardInput {
  readonly rec: Recommendation;
  readonly answers: Answers;
  /** The run id; every button carries it. */
  readonly flow: string;
  readonly view: ResultView;
  /** The organization's values for the admin tasks. */
  readonly org?: OrgValues;
  /** The decision the Recommendation view leads with; the content layer's decisionSummary of `rec` by default. */
  readonly summary?: DecisionSummary;
  /** Where publishing stands: not asked yet (default), asking for confirmation, or done. */
  readonly publish?: 'ask' | 'confirm' | 'published';
}

/** The view switcher: one button per view, the shown one marked with ● (never by colour alone). */
export function viewButtons(input: Pick<ResultCardInput, 'rec' | 'answers' | 'flow' | 'view'>, lang: Lang): SubmitActionVm[] {
  const names = conversationText(lang).views;
  const views = RESULT_VIEWS.filter((v) => v !== 'tasks' || input.rec.recommended !== null);
  const answers = answersData(input.answers);
  return views.map((view) =>
    submit(view === input.view ? conversationText(lang).currentView(names[view]) : names[view], { verb: VERBS.view, view, flow: input.flow, answers }),
  );
}

function actionJson(action: SubmitActionVm): Record<string, unknown> {
  return { type: 'Action.Submit', title: action.title, data: action.data satisfies CardActionData, style: action.style };
}

function viewBody(input: ResultCardInput, lang: Lang): readonly unknown[] {
  const { rec, answers, flow } = input;
  switch (input.view) {
    case 'comparison':
      return buildComparisonCard({ answers, rec, compact: true }, lang).body;
    case 'tasks':
      return buildAdminTasksCard({ rec, answers, ...(input.org === undefined ? {} : { org: input.org }) }, lang).body;
    case 'recommendation':
      return buildDecisionView({ rec, answers, ...(input.summary === undefined ? {} : { summary: input.summary }) }, lang).body;
    default: {
      const unhandled: never = input.view;
      throw new Error(`Unhandled result view ${String(unhandled)} for ${flow}`);
    }
  }
}

/**
 * The finished advice as one card: a switcher for Recommendation / Comparison / Admin tasks on top, the chosen view,
 * and the next steps (publish for the organization, start over). Switching a view updates this same card.
 */
export function buildResultCard(input: ResultCardInput, lang: Lang): AdaptiveCardJson {
  const ui = uiText(lang);
  const p = conversationText(lang).publish;
  const publish = { verb: VERBS.publish, flow: input.flow, settings: publishedMethods(input.rec, input.answers) } as const;
  const restart = submit(ui.buttons.restart, { verb: VERBS.restart });
  const state = input.publish ?? 'ask';
  const actions: Record<string, unknown>[] =
    input.rec.recommended === null
      ? [actionJson(submit(ui.buttons.restart, { verb: VERBS.restart }, 'positive'))]
      : state === 'confirm'
        ? [
            actionJson(submit(p.yes, { ...publish, confirmed: true }, 'positive')),
            actionJson(submit(p.notNow, { verb: VERBS.view, view: input.view, flow: input.flow, answers: answersData(input.answers) })),
          ]
        : state === 'published'
          ? [{ ...actionJson(submit(`\u2714 ${p.published}`, publish)), isEnabled: false }, actionJson(restart)]
          : [actionJson(submit(ui.buttons.publish, publish, 'positive')), actionJson(restart)];
  const confirm = state === 'confirm' ? [{ type: 'TextBlock', text: p.confirm, wrap: true, weight: 'Bolder', separator: true, spacing: 'Medium' }] : [];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    msteams: { width: 'Full' },
    body: [{ type: 'ActionSet', actions: viewButtons(input, lang).map(actionJson) }, ...viewBody(input, lang), ...confirm],
    actions,
  };
}
