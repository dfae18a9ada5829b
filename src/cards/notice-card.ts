import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, textItems, type BaseVm, type SubmitActionVm, type TextItemVm } from './view-model';

/** The follow-up buttons a notice may offer; labels come from the UI texts. */
export const NOTICE_ACTIONS = ['start', 'employee', 'restart', 'help', 'compare', 'settings'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

export interface NoticeInput {
  /** Already localized title (e.g. from the bot's texts). */
  readonly title: string;
  /** One or more already localized paragraphs. */
  readonly text: string | readonly string[];
  readonly actions?: readonly NoticeAction[];
}

export interface NoticeCardVm extends BaseVm {
  readonly title: string;
  readonly paragraphs: readonly TextItemVm[];
  readonly actions: readonly SubmitActionVm[];
}

/** The view model of a short info card (stale click, cancelled, settings saved…) with optional follow-up buttons. */
export function noticeCardVm(input: NoticeInput, lang: Lang): NoticeCardVm {
  const buttons = uiText(lang).buttons;
  const make = {
    start: () => submit(buttons.start, { verb: VERBS.start }, 'positive'),
    employee: () => submit(buttons.employee, { verb: VERBS.instructions }),
    restart: () => submit(buttons.restart, { verb: VERBS.restart }),
    help: () => submit(buttons.help, { verb: VERBS.help }),
    compare: () => submit(buttons.compare, { verb: VERBS.compare }),
    settings: () => submit(buttons.settings, { verb: VERBS.settings }),
  } satisfies Record<NoticeAction, () => SubmitActionVm>;
  return {
    lang,
    title: input.title,
    paragraphs: textItems(typeof input.text === 'string' ? [input.text] : input.text),
    actions: (input.actions ?? []).map((a) => make[a]()),
  };
}

/** A short notice card: a title, its text, and optional follow-up buttons in the user's language. */
export function buildNoticeCard(input: NoticeInput, lang: Lang): AdaptiveCardJson {
  return render('notice', noticeCardVm(input, lang));
}
