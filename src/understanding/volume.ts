import { rule, type AnyRule } from './rule';
import { DEVICE, WORDS } from './vocabulary';

/** Fewer devices than this are "a few, one at a time"; this many or more are enrolled in bulk. */
export const BULK_FROM = 20;

const COUNTED = String.raw`(?:(?:[\p{L}\p{N}.]+-)?${DEVICE}|seats?|users|gebruikers|employees|medewerkers|werknemers|staff|seats|stuks|units|kiosk(?:s|en)?)`;

/** A device count written in digits ("300 laptops", "1.500 apparaten", "about 40 new PCs"). */
/** Counted things: devices (also "HP-laptops"), seats, users, kiosks. */
export const COUNT_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?: ?\+)?[ -]${WORDS(2)}${COUNTED}(?![\p{L}])`,
  'gu',
);

/** Words just before a number that make it a version or a licence, not a count ("Windows 10 laptops"). */
export const NOT_A_COUNT_BEFORE = /(?<![\p{L}\p{N}])(?:(?:windows|win|versie|version|office|m365|365|plan|build) ?|[pefahw])$/u;

/** The number a count pattern matched, with thousands separators in either language. */
export function countOf(digits: string): number {
  return Number(digits.replace(/[.,](?=\d{3}(?:\D|$))/g, ''));
}

/** Counts in words: "a handful", "honderden", "one at a time", "in bulk". */
export const VOLUME_RULES: readonly AnyRule[] = [
  rule('volume', 'few', [
    String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?!hundred|thousand|honderd|duizend)${WORDS(1)}${COUNTED}`,
    String.raw`(?:a |een )?(?:handful|handvol)`,
    String.raw`(?:a few|a couple(?: of)?|een paar|enkele|een klein aantal|a small number of|slechts|only) ${WORDS(2)}(?:[\p{L}\p{N}.]+-)?${DEVICE}`,
    String.raw`one (?:at a time|by one)|een voor een|een per keer|individually|stuk voor stuk|per stuk`,
  ]),
  rule('volume', 'bulk', [
    String.raw`(?:two|three|four|five|six|seven|eight|nine|a few) (?:hundred|thousand) ${WORDS(2)}${DEVICE}|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?(?:honderd|duizend) ${WORDS(2)}${DEVICE}`,
    String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig) ${WORDS(2)}${DEVICE}`,
    String.raw`(?:hundreds|thousands|dozens|honderden|duizenden|tientallen|lots|loads|a lot|many|veel|grote aantallen|large numbers?)(?: of)? ${WORDS(1)}${DEVICE}`,
    String.raw`in bulk|bulk(?:[ -]?(?:enrol+(?:ment)?|inschrijving|inschrijven|uitrol|rollout|deployment))?|all at once|allemaal tegelijk|(?:in )?een keer|massaal|grootschalig|large[ -]scale`,
  ]),
];
