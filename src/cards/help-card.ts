import type { Lang } from '../content/types';
import { HELP_COMMAND_IDS, uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';

export interface HelpCommandVm {
  readonly usage: string;
  readonly description: string;
}

export interface HelpCardVm extends BaseVm {
  readonly title: string;
  readonly intro: string;
  readonly commands: readonly HelpCommandVm[];
  readonly actions: readonly SubmitActionVm[];
}

/** The view model of the help card: every command in the user's language (other language's word beside it). */
export function helpCardVm(lang: Lang): HelpCardVm {
  const ui = uiText(lang);
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return {
    lang,
    title: ui.help.title,
    intro: ui.help.intro,
    commands: HELP_COMMAND_IDS.map((id) => ui.help.commands[id]),
    actions: [
      submit(ui.buttons.start, { verb: VERBS.start }, 'positive'),
      submit(ui.buttons.compare, { verb: VERBS.compare }),
      submit(ui.buttons.employee, { verb: VERBS.instructions }),
      submit(ui.help.switchLanguage, { verb: VERBS.language, lang: other }),
    ],
  };
}

/** The help card listing the commands in both languages, with buttons for the common next steps. */
export function buildHelpCard(lang: Lang): AdaptiveCardJson {
  return render('help', helpCardVm(lang));
}
