import type { Lang } from '../content/types';
import { HELP_COMMAND_IDS, uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, textItems, type BaseVm, type SubmitActionVm, type TextItemVm } from './view-model';
import { conversationText } from '../content/conversation';

export interface HelpCommandVm {
  readonly usage: string;
  readonly description: string;
}

export interface HelpCardVm extends BaseVm {
  readonly title: string;
  readonly intro: string;
  readonly commands: readonly HelpCommandVm[];
  /** Where else the app helps: the message extension and the personal tab. */
  readonly more: readonly TextItemVm[];
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
    more: textItems([conversationText(lang).help.messageExtension, conversationText(lang).help.personalTab]),
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
