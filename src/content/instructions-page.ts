import { pick } from './lang';
import type { Lang } from './types';

/** The printable instructions page's own words (the instructions themselves come from instructions.ts). */
const en = {
  documentTitle: (title: string): string => `${title} \u2013 enrollment instructions`,
  kicker: (method: string): string => `${method} \u00b7 instructions for employees`,
  generalNote:
    'These are the general instructions. Where you need a server name or a contact, your IT department gives you the right values.',
  stepsHeading: 'Steps',
  plainTextButton: 'Plain text for e-mail',
  orgNote: (name: string): string => `Instructions with the settings of ${name}.`,
  orgNoteUnnamed: 'Instructions with your organization\u2019s settings.',
  invalidLink: 'This link no longer carries your organization\u2019s settings (it is old or was changed), so these are the general instructions.',
  printHint: 'To print these instructions or save them as PDF, use your browser\u2019s print command (Ctrl+P, or \u2318P on a Mac).',
  otherLanguage: 'Deze instructies in het Nederlands',
  otherSets: 'All enrollment instructions',
  notFound: {
    title: 'Instructions not found',
    text: (name: string): string => `There are no instructions called \u201c${name}\u201d. These are the instructions there are:`,
  },
};

/** The shape of the page texts in every language; English is the source. */
export type InstructionsPageText = typeof en;

const nl: InstructionsPageText = {
  documentTitle: (title) => `${title} \u2013 inschrijvingsinstructies`,
  kicker: (method) => `${method} \u00b7 instructies voor medewerkers`,
  generalNote:
    'Dit zijn de algemene instructies. Hebt u een servernaam of een contactpersoon nodig, dan krijgt u de juiste gegevens van uw IT-afdeling.',
  stepsHeading: 'Stappen',
  plainTextButton: 'Platte tekst voor e-mail',
  orgNote: (name) => `Instructies met de instellingen van ${name}.`,
  orgNoteUnnamed: 'Instructies met de instellingen van uw organisatie.',
  invalidLink: 'Deze link bevat de instellingen van uw organisatie niet meer (hij is oud of is gewijzigd), dus dit zijn de algemene instructies.',
  printHint: 'Wilt u deze instructies afdrukken of als pdf bewaren? Gebruik de afdrukopdracht van uw browser (Ctrl+P, of \u2318P op een Mac).',
  otherLanguage: 'These instructions in English',
  otherSets: 'Alle inschrijvingsinstructies',
  notFound: {
    title: 'Instructies niet gevonden',
    text: (name) => `Er zijn geen instructies met de naam \u201c${name}\u201d. Deze instructies zijn er wel:`,
  },
};

/** The page texts in `lang`. */
export function instructionsPageText(lang: Lang): InstructionsPageText {
  return pick({ en, nl }, lang);
}

/** The answer to an unsupported ?lang=, in both languages because the page cannot know which one the reader speaks. */
export function unknownPageLanguageText(value: string): { readonly title: string; readonly paragraphs: readonly string[] } {
  return {
    title: 'Unknown language \u00b7 Onbekende taal',
    paragraphs: [
      `\u201c${value}\u201d is not a language of these instructions. Use lang=en for English or lang=nl for Dutch.`,
      `\u201c${value}\u201d is geen taal van deze instructies. Gebruik lang=nl voor Nederlands of lang=en voor Engels.`,
    ],
  };
}
