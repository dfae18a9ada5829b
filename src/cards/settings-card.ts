import { autopilotModeName, methodName, scopeLabel } from '../content';
import type { Lang, OrgValues } from '../content/types';
import { uiText } from '../content/ui';
import { MATRIX } from '../engine';
import { AUTOPILOT_MODES, METHOD_IDS, type ScopeSetting } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { VERBS, type PublishedMethods } from './verbs';
import { submit, textItems, type BaseVm, type SubmitActionVm, type TextItemVm } from './view-model';

/** The input ids of the settings card: a saveSettings submit carries these keys beside `verb`. */
export const SETTINGS_INPUT_IDS = {
  organizationName: 'organizationName',
  enrollmentServer: 'enrollmentServer',
  supportText: 'supportText',
  supportUrl: 'supportUrl',
  organizationMethod: 'organizationMethod',
  personalMethod: 'personalMethod',
  autopilotMode: 'autopilotMode',
  personalMdmScope: 'personalMdmScope',
  personalMamScope: 'personalMamScope',
} as const;

/** Choice value meaning "no method chosen" (a choice set cannot submit undefined). */
export const SETTING_NOT_SET = 'not-set';

/** Maximum lengths the card enforces; the bot's validator should use the same numbers. */
export const SETTINGS_MAX_LENGTH = { organizationName: 100, enrollmentServer: 253, supportText: 300, supportUrl: 500 } as const;

/** A DNS host name with at least one dot (e.g. EnterpriseEnrollment.contoso.com), as a regex source for Input.Text. */
export const HOSTNAME_PATTERN = '^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$';

/** An https link, as a regex source for Input.Text. */
export const HTTPS_URL_PATTERN = '^https://[^\\s]+$';

/** The organization's current settings, to prefill the form. */
export type SettingsFormValues = OrgValues & PublishedMethods;

export interface SettingsCardInput {
  readonly current?: SettingsFormValues;
  /** Already localized validation problems from the last save, shown above the fields. */
  readonly problems?: readonly string[];
  /** The stored settings revision `current` comes from; Save sends it back so a newer change is not overwritten. */
  readonly revision?: number;
  /** What the last Save did ("Settings saved" and the changes), shown at the top of the form; none when just opened. */
  readonly status?: { readonly title: string; readonly lines: readonly string[] };
}

export interface TextFieldVm {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly maxLength: number;
  readonly style: 'Text' | 'Url';
  /** Client-side check; empty for none. The bot validates again on save. */
  readonly regex: string;
  readonly errorMessage: string;
}

export interface ChoiceFieldVm {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
}

export interface SettingsCardVm extends BaseVm {
  readonly title: string;
  readonly intro: string;
  readonly problemsLabel: string;
  readonly problems: readonly TextItemVm[];
  readonly statusTitle: string;
  readonly statusLines: readonly TextItemVm[];
  readonly textFields: readonly TextFieldVm[];
  readonly choiceFields: readonly ChoiceFieldVm[];
  readonly actions: readonly (SubmitActionVm & { readonly associatedInputs: 'auto' | 'none' })[];
}

/** The view model of the settings form, prefilled with `current`; Save submits verb saveSettings with the inputs. */
export function settingsCardVm(input: SettingsCardInput, lang: Lang): SettingsCardVm {
  const ui = uiText(lang);
  const s = ui.settings;
  const cur = input.current ?? {};
  const ids = SETTINGS_INPUT_IDS;
  const notSet = { title: s.notSet, value: SETTING_NOT_SET };
  const scopeChoices = (['some-or-all', 'none'] as const satisfies readonly ScopeSetting[]).map((v) => ({ title: scopeLabel(v, lang), value: v }));
  const text = (
    id: keyof typeof SETTINGS_MAX_LENGTH,
    label: string,
    placeholder: string,
    extra: Partial<Pick<TextFieldVm, 'style' | 'regex' | 'errorMessage'>> = {},
  ): TextFieldVm => ({
    id: ids[id],
    label,
    placeholder,
    value: cur[id] ?? '',
    maxLength: SETTINGS_MAX_LENGTH[id],
    style: extra.style ?? 'Text',
    regex: extra.regex ?? '',
    errorMessage: extra.errorMessage ?? '',
  });
  return {
    lang,
    title: s.title,
    intro: s.intro,
    problemsLabel: s.problems,
    problems: textItems(input.problems ?? []),
    statusTitle: input.status === undefined ? '' : `\u2714 ${input.status.title}`,
    statusLines: textItems(input.status?.lines ?? []),
    textFields: [
      text('organizationName', s.organizationName, s.organizationNamePlaceholder),
      text('enrollmentServer', s.enrollmentServer, s.enrollmentServerPlaceholder, { regex: HOSTNAME_PATTERN, errorMessage: s.enrollmentServerError }),
      text('supportText', s.supportText, s.supportTextPlaceholder),
      text('supportUrl', s.supportUrl, s.supportUrlPlaceholder, { style: 'Url', regex: HTTPS_URL_PATTERN, errorMessage: s.supportUrlError }),
    ],
    choiceFields: [
      {
        id: ids.organizationMethod,
        label: s.organizationMethod,
        value: cur.organizationMethod ?? SETTING_NOT_SET,
        choices: [notSet, ...METHOD_IDS.map((m) => ({ title: methodName(m, lang), value: m }))],
      },
      {
        id: ids.autopilotMode,
        label: s.autopilotMode,
        value: cur.autopilotMode ?? SETTING_NOT_SET,
        choices: [notSet, ...AUTOPILOT_MODES.map((m) => ({ title: autopilotModeName(m, lang), value: m }))],
      },
      {
        id: ids.personalMethod,
        label: s.personalMethod,
        value: cur.personalMethod ?? SETTING_NOT_SET,
        // Only methods the guide does not rule out for personal devices (✘ personal: Autopilot, Group Policy).
        choices: [notSet, ...METHOD_IDS.filter((m) => MATRIX[m].personal.mark !== 'no').map((m) => ({ title: methodName(m, lang), value: m }))],
      },
      { id: ids.personalMdmScope, label: s.personalMdmScope, value: cur.personalScopes?.mdm ?? SETTING_NOT_SET, choices: [notSet, ...scopeChoices] },
      { id: ids.personalMamScope, label: s.personalMamScope, value: cur.personalScopes?.mam ?? SETTING_NOT_SET, choices: [notSet, ...scopeChoices] },
    ],
    // Cancel must work even while a field fails its client-side check, so it sends no inputs.
    actions: [
      {
        ...submit(ui.buttons.save, { verb: VERBS.saveSettings, ...(input.revision === undefined ? {} : { revision: input.revision }) }, 'positive'),
        associatedInputs: 'auto',
      },
      { ...submit(ui.buttons.cancel, { verb: VERBS.closeSettings }), associatedInputs: 'none' },
    ],
  };
}

/** The organization settings form (issue 5): text fields, method choice sets, Save (saveSettings) and Cancel. */
export function buildSettingsCard(input: SettingsCardInput, lang: Lang): AdaptiveCardJson {
  return render('settings', settingsCardVm(input, lang));
}
