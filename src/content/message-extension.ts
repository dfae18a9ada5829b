import { pick } from './lang';
import type { Lang } from './types';

/** What the helpdesk search (message extension) says besides the instruction cards themselves. */
const en = {
  noMatch: (query: string): string =>
    `No instructions match \u201c${query}\u201d. Try autopilot, byod, personal laptop, bulk, kiosk, group policy or co-management \u2014 or clear the search to see them all.`,
  unknownCommand: 'This search is not part of this version of the app. Update the app, or use the search \u201cEnrollment instructions\u201d.',
};

/** The shape of the search texts in every language; English is the source. */
export type MessageExtensionText = typeof en;

const nl: MessageExtensionText = {
  noMatch: (query) =>
    `Geen instructies gevonden voor \u201c${query}\u201d. Probeer autopilot, byod, eigen laptop, bulk, kiosk, groepsbeleid of co-beheer \u2014 of maak het zoekveld leeg om ze allemaal te zien.`,
  unknownCommand: 'Deze zoekopdracht hoort niet bij deze versie van de app. Werk de app bij, of gebruik de zoekopdracht \u201cInschrijvingsinstructies\u201d.',
};

/** The helpdesk search texts in `lang`. */
export function messageExtensionText(lang: Lang): MessageExtensionText {
  return pick({ en, nl }, lang);
}
