import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm } from './view-model';

export interface ErrorCardVm extends BaseVm {
  readonly title: string;
  readonly text: string;
  readonly actions: readonly SubmitActionVm[];
}

/** The view model of the error card; it never carries error details (those go to the log only). */
export function errorCardVm(lang: Lang): ErrorCardVm {
  const ui = uiText(lang);
  return { lang, title: ui.error.title, text: ui.error.text, actions: [submit(ui.buttons.continue, { verb: VERBS.start }, 'positive')] };
}

/** "Something went wrong, your answers are kept — type start to continue", with a button that does the same. */
export function buildErrorCard(lang: Lang): AdaptiveCardJson {
  return render('error', errorCardVm(lang));
}
