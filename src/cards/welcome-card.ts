import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, textItems, type BaseVm, type SubmitActionVm, type TextItemVm } from './view-model';

export interface WelcomeCardVm extends BaseVm {
  readonly title: string;
  readonly intro: string;
  readonly features: readonly TextItemVm[];
  readonly employeeHint: string;
  readonly actions: readonly SubmitActionVm[];
}

/** The view model of the welcome card: what the bot does, and buttons to start, compare, get employee instructions, or help. */
export function welcomeCardVm(lang: Lang): WelcomeCardVm {
  const ui = uiText(lang);
  return {
    lang,
    title: ui.welcome.title,
    intro: ui.welcome.intro,
    features: textItems(ui.welcome.features),
    employeeHint: ui.welcome.employeeHint,
    actions: [
      submit(ui.buttons.start, { verb: VERBS.start }, 'positive'),
      submit(ui.buttons.compare, { verb: VERBS.compare }),
      submit(ui.buttons.employee, { verb: VERBS.instructions }),
      submit(ui.buttons.help, { verb: VERBS.help }),
    ],
  };
}

/** The welcome card sent on install and when the bot is added to a team or chat. */
export function buildWelcomeCard(lang: Lang): AdaptiveCardJson {
  return render('welcome', welcomeCardVm(lang));
}
