import { localizeAdminTasks, localizeRecommendation } from '../content';
import type { Lang, OrgValues } from '../content/types';
import { uiText } from '../content/ui';
import { adminTasks } from '../engine';
import type { Answers, Recommendation } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { answersData, settingsBox, type SettingsBoxVm } from './recommendation-card';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';

export interface AdminTaskVm {
  readonly number: number;
  readonly title: string;
  readonly detail: string;
}

export interface AdminTasksCardVm extends BaseVm {
  readonly title: string;
  readonly forMethod: string;
  readonly intro: string;
  /** The exact settings (Autopilot mode, MDM/MAM scopes), one box per segment for a mixed fleet. */
  readonly settings: readonly SettingsBoxVm[];
  readonly tasks: readonly AdminTaskVm[];
  readonly actions: readonly SubmitActionVm[];
}

export interface AdminTasksInput {
  readonly rec: Recommendation;
  readonly answers: Answers;
  /** The advice run; adds an employee-instructions button when given. */
  readonly flow?: string;
  /** The organization's values (e.g. its enrollment server) to fill into the task details. */
  readonly org?: OrgValues;
}

/** The view model of the admin checklist: the engine's tasks for this recommendation, in order, with exact settings. */
export function adminTasksCardVm(input: AdminTasksInput, lang: Lang): AdminTasksCardVm {
  const ui = uiText(lang);
  const labels = ui.recommendation;
  const loc = localizeRecommendation(input.rec, lang);
  const tasks = localizeAdminTasks(adminTasks(input.rec, input.answers), input.rec, lang, input.org);
  const forMethod = loc.segments
    ? `${labels.segmentOrganization}: ${loc.segments.organization.recommendedName} \u00b7 ${labels.segmentPersonal}: ${loc.segments.personal.recommendedName}`
    : loc.recommendedName;
  const settings = loc.segments
    ? [
        ...settingsBox(loc.segments.organization, labels).map((box) => ({ ...box, title: `${box.title} \u2014 ${labels.segmentOrganization}` })),
        ...settingsBox(loc.segments.personal, labels).map((box) => ({ ...box, title: `${box.title} \u2014 ${labels.segmentPersonal}` })),
      ]
    : settingsBox(loc, labels);
  return {
    lang,
    title: ui.adminTasks.title,
    forMethod: ui.adminTasks.forMethod(forMethod),
    intro: ui.adminTasks.intro,
    settings,
    tasks: tasks.map((t, i) => ({ number: i + 1, title: t.title, detail: t.detail })),
    actions:
      input.flow === undefined || input.rec.recommended === null
        ? []
        : [submit(ui.buttons.showInstructions, { verb: VERBS.instructions, flow: input.flow, answers: answersData(input.answers) })],
  };
}

/** The administrator's checklist for the recommended method (both segments' tasks for a mixed fleet). */
export function buildAdminTasksCard(input: AdminTasksInput, lang: Lang): AdaptiveCardJson {
  return render('admin-tasks', adminTasksCardVm(input, lang));
}
