import { escapeMarkdown } from './markdown';
import { MATRIX } from '../engine/matrix';
import { AUTOPILOT_MODES, METHOD_IDS, type AutopilotMode, type MethodId } from '../engine/types';
import type { SettingsChange } from '../settings/diff';
import type { SettingsField } from '../settings/fields';
import type { SettingsProblem } from '../settings/validate';
import { pick } from './lang';
import { methodName } from './methods';
import { autopilotModeName, scopeLabel } from './policy';
import type { Lang } from './types';

/** What the bot says around organization settings: confirmations, refusals and problems, naming fields plainly. */
const en = {
  fields: {
    organizationName: 'Organization name',
    enrollmentServer: 'Enrollment server name',
    supportText: 'Support contact',
    supportUrl: 'Support link',
    organizationMethod: 'Method for organization-owned devices',
    autopilotMode: 'Autopilot deployment mode',
    personalMethod: 'Method for personal devices',
    personalMdmScope: 'MDM user scope for personal devices',
    personalMamScope: 'MAM user scope for personal devices',
  } satisfies Record<SettingsField, string>,
  notSet: 'not set',
  quote: (text: string): string => `\u201c${text}\u201d`,
  change: (field: string, before: string, after: string): string => `${field}: ${before} \u2192 ${after}`,
  problems: {
    'not-text': (field: string): string => `${field}: this must be text.`,
    'too-long': (field: string, max: number): string => `${field}: use at most ${max} characters.`,
    'not-a-hostname': (field: string): string =>
      `${field}: enter a host name such as EnterpriseEnrollment.contoso.com, without https:// and without a path.`,
    'not-https': (field: string): string =>
      `${field}: enter a complete link that starts with https://, without a user name or password in it.`,
    'contains-link': (field: string): string => `${field}: put links in the support link field (https only), not in this text.`,
    'unknown-choice': (field: string): string => `${field}: choose one of the options in the list.`,
    'not-for-personal': (field: string, allowed: string): string =>
      `${field}: the guide rules this method out for personal devices. Choose ${allowed}.`,
    'scope-missing': (field: string): string => `${field}: choose this one too; the MDM and MAM user scopes only mean something together.`,
  },
  or: 'or',
  saved: {
    title: 'Settings saved',
    intro: 'I changed these settings for your organization:',
    outro: 'Employees in your organization now get instructions with these values.',
  },
  published: {
    title: 'Published for your organization',
    intro: 'Employees in your organization now get the instructions for the methods of this advice. What changed:',
    addValues: 'Add your enrollment server name and support contact as well, so the instructions show them: choose Settings or type settings.',
  },
  closed: {
    title: 'Settings not changed',
    text: 'I closed the settings without saving anything. Type settings to open them again.',
  },
  unchanged: {
    title: 'Nothing changed',
    text: 'Your organization\u2019s settings already had these values, so nothing changed.',
  },
  form: {
    lead: 'These are your organization\u2019s settings. Change what you need and choose Save settings.',
    problemsLead: 'I did not save the settings: please correct what is listed on the card.',
  },
  refused: {
    title: 'Only administrators can do this',
    text: 'Only the administrators of this app can change your organization\u2019s settings, so nothing changed. If the instructions should say something different, please ask your IT department.',
  },
  noTenant: {
    title: 'No organization found',
    text: 'Settings are kept per Microsoft 365 organization, and this conversation does not say which organization it belongs to, so nothing changed. Please use the app in Microsoft Teams.',
  },
  stalePublish: {
    title: 'That advice is no longer here',
    text: 'That button belongs to an advice I no longer have, so nothing changed. Type start, answer the questions again and use the button on the new recommendation.',
  },
  nothingToPublish: {
    title: 'Nothing to publish',
    text: 'This advice has no method I can publish (the answers contradict each other), so nothing changed.',
  },
  conflict: {
    title: 'Changed by someone else',
    text: 'Someone else changed the settings after this form was opened, so I did not save yours. Here is the form with the current settings; please make your changes again.',
  },
  failed: {
    title: 'Not saved',
    text: 'I could not reach the settings store just now, so nothing changed. Please try again in a moment.',
  },
  readFailed: {
    title: 'Settings not available',
    text: 'I could not read your organization\u2019s settings just now. Please try again in a moment.',
  },
  unavailable: {
    title: 'Not available',
    text: 'Organization settings cannot be published or changed in this installation, so nothing changed. The instructions stay general.',
  },
};

/** The shape of the settings texts in every language; English is the source. */
export type SettingsText = typeof en;

const nl: SettingsText = {
  fields: {
    organizationName: 'Naam van de organisatie',
    enrollmentServer: 'Naam van de inschrijvingsserver',
    supportText: 'Supportcontact',
    supportUrl: 'Supportlink',
    organizationMethod: 'Methode voor apparaten in bedrijfseigendom',
    autopilotMode: 'Autopilot-implementatiemodus',
    personalMethod: 'Methode voor persoonlijke apparaten',
    personalMdmScope: 'MDM-gebruikersbereik voor persoonlijke apparaten',
    personalMamScope: 'MAM-gebruikersbereik voor persoonlijke apparaten',
  },
  notSet: 'niet ingesteld',
  quote: (text) => `\u201c${text}\u201d`,
  change: (field, before, after) => `${field}: ${before} \u2192 ${after}`,
  problems: {
    'not-text': (field) => `${field}: dit moet tekst zijn.`,
    'too-long': (field, max) => `${field}: gebruik hooguit ${max} tekens.`,
    'not-a-hostname': (field) => `${field}: vul een hostnaam in, zoals EnterpriseEnrollment.contoso.com, zonder https:// en zonder pad.`,
    'not-https': (field) => `${field}: vul een volledige link in die met https:// begint, zonder gebruikersnaam of wachtwoord erin.`,
    'contains-link': (field) => `${field}: zet links in het veld Supportlink (alleen https), niet in deze tekst.`,
    'unknown-choice': (field) => `${field}: kies een van de opties in de lijst.`,
    'not-for-personal': (field, allowed) => `${field}: de handleiding sluit deze methode uit voor persoonlijke apparaten. Kies ${allowed}.`,
    'scope-missing': (field) => `${field}: kies ook hier een waarde; het MDM- en het MAM-gebruikersbereik horen bij elkaar.`,
  },
  or: 'of',
  saved: {
    title: 'Instellingen opgeslagen',
    intro: 'Ik heb deze instellingen voor uw organisatie gewijzigd:',
    outro: 'Medewerkers van uw organisatie krijgen nu instructies met deze waarden.',
  },
  published: {
    title: 'Gepubliceerd voor uw organisatie',
    intro: 'Medewerkers van uw organisatie krijgen nu de instructies voor de methoden van dit advies. Wat er veranderde:',
    addValues: 'Vul ook de naam van uw inschrijvingsserver en uw supportcontact in, zodat de instructies die tonen: kies Instellingen of typ instellingen.',
  },
  closed: {
    title: 'Instellingen niet gewijzigd',
    text: 'Ik heb de instellingen gesloten zonder iets op te slaan. Typ instellingen om ze weer te openen.',
  },
  unchanged: {
    title: 'Niets veranderd',
    text: 'De instellingen van uw organisatie hadden deze waarden al, dus er is niets veranderd.',
  },
  form: {
    lead: 'Dit zijn de instellingen van uw organisatie. Wijzig wat nodig is en kies Instellingen opslaan.',
    problemsLead: 'Ik heb de instellingen niet opgeslagen: verbeter wat op de kaart staat.',
  },
  refused: {
    title: 'Alleen beheerders kunnen dit doen',
    text: 'Alleen de beheerders van deze app kunnen de instellingen van uw organisatie wijzigen, dus er is niets veranderd. Moeten de instructies iets anders zeggen? Vraag het dan aan uw IT-afdeling.',
  },
  noTenant: {
    title: 'Geen organisatie gevonden',
    text: 'Instellingen worden per Microsoft 365-organisatie bewaard, en uit dit gesprek blijkt niet bij welke organisatie het hoort, dus er is niets veranderd. Gebruik de app in Microsoft Teams.',
  },
  stalePublish: {
    title: 'Dat advies is er niet meer',
    text: 'Die knop hoort bij een advies dat ik niet meer heb, dus er is niets veranderd. Typ advies, beantwoord de vragen opnieuw en gebruik de knop bij het nieuwe advies.',
  },
  nothingToPublish: {
    title: 'Niets om te publiceren',
    text: 'Dit advies heeft geen methode die ik kan publiceren (de antwoorden spreken elkaar tegen), dus er is niets veranderd.',
  },
  conflict: {
    title: 'Door iemand anders gewijzigd',
    text: 'Iemand anders heeft de instellingen gewijzigd nadat dit formulier werd geopend, dus ik heb uw wijzigingen niet opgeslagen. Hier is het formulier met de huidige instellingen; voer uw wijzigingen opnieuw in.',
  },
  failed: {
    title: 'Niet opgeslagen',
    text: 'Ik kon de opslag van de instellingen nu niet bereiken, dus er is niets veranderd. Probeer het zo opnieuw.',
  },
  readFailed: {
    title: 'Instellingen niet beschikbaar',
    text: 'Ik kon de instellingen van uw organisatie nu niet lezen. Probeer het zo opnieuw.',
  },
  unavailable: {
    title: 'Niet beschikbaar',
    text: 'De instellingen van de organisatie kunnen in deze installatie niet worden gepubliceerd of gewijzigd, dus er is niets veranderd. De instructies blijven algemeen.',
  },
};

/** The settings texts in `lang`. */
export function settingsText(lang: Lang): SettingsText {
  return pick({ en, nl }, lang);
}

/** The plain name of a setting, as problems and confirmations call it. */
export function settingsFieldName(field: SettingsField, lang: Lang): string {
  return settingsText(lang).fields[field];
}

function isMethodId(v: string): v is MethodId {
  return (METHOD_IDS as readonly string[]).includes(v);
}

function isAutopilotMode(v: string): v is AutopilotMode {
  return (AUTOPILOT_MODES as readonly string[]).includes(v);
}

/**
 * A stored value as the admin reads it in the bot's card: method and mode names, scope labels, quoted text with its
 * Markdown escaped (the value is the admin's own text); "not set" when empty.
 */
export function settingsValueText(field: SettingsField, stored: string | undefined, lang: Lang): string {
  const t = settingsText(lang);
  if (stored === undefined) return t.notSet;
  const quoted = t.quote(escapeMarkdown(stored));
  switch (field) {
    case 'organizationMethod':
    case 'personalMethod':
      return isMethodId(stored) ? methodName(stored, lang) : quoted;
    case 'autopilotMode':
      return isAutopilotMode(stored) ? autopilotModeName(stored, lang) : quoted;
    case 'personalMdmScope':
    case 'personalMamScope':
      return stored === 'none' || stored === 'some-or-all' ? scopeLabel(stored, lang) : quoted;
    default:
      return quoted;
  }
}

/** One line of a confirmation: "Organization name: not set → “Contoso”". */
export function settingsChangeText(change: SettingsChange, lang: Lang): string {
  return settingsText(lang).change(
    settingsFieldName(change.field, lang),
    settingsValueText(change.field, change.before, lang),
    settingsValueText(change.field, change.after, lang),
  );
}

/** One validation problem as a sentence that starts with the field's name (and, where it helps, what to enter). */
export function settingsProblemText(problem: SettingsProblem, lang: Lang): string {
  const t = settingsText(lang);
  const field = settingsFieldName(problem.field, lang);
  switch (problem.code) {
    case 'too-long':
      return t.problems['too-long'](field, problem.max);
    case 'not-for-personal': {
      // The methods the guide's tables do not rule out for personal devices.
      const names = METHOD_IDS.filter((m) => MATRIX[m].personal.mark !== 'no').map((m) => methodName(m, lang));
      const allowed = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${t.or} ${names[names.length - 1]}`;
      return t.problems['not-for-personal'](field, allowed);
    }
    default:
      return t.problems[problem.code](field);
  }
}
