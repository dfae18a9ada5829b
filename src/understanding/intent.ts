import type { TermId } from '../content/understanding';
import { fold, wordPattern } from './fold';
import { CM } from './vocabulary';

const TERM_PATTERNS: readonly (readonly [TermId, RegExp])[] = [
  ['coManagement', wordPattern(String.raw`co[ -]?management|co[ -]?beheer|comanagement|cobeheer`)],
  ['autopilot', wordPattern(String.raw`(?:windows )?auto ?pilot`)],
  ['automatic', wordPattern(String.raw`automatic enrol+ment|automatische inschrijving|auto[ -]?enrol+ment|mdm auto[ -]?enrol+ment`)],
  ['groupPolicy', wordPattern(String.raw`group ?policy|groepsbeleid|gpo`)],
  ['dem', wordPattern(String.raw`dem(?:[ -]?account)?|device enrollment manager|apparaatinschrijvingsmanager`)],
  ['hybridJoin', wordPattern(String.raw`hybride? (?:azure ad |aad |entra (?:id )?)?(?:join(?:ed)?|koppeling|gekoppeld)|haadj|hybrid join`)],
  ['premium', wordPattern(String.raw`(?:entra id|azure ad) (?:premium|p1|p2)|azure ad premium|p1|aadp1`)],
  ['bulk', wordPattern(String.raw`bulk ?(?:enrol+ment|inschrijving)?|provisioning package|inrichtingspakket`)],
  ['configMgr', wordPattern(CM)],
  ['mdm', wordPattern(String.raw`mdm`)],
  ['intune', wordPattern(String.raw`intune`)],
];

/** "what is …", "wat is …", "explain …": a message that only asks what something is. */
const WHAT_IS = /^(?:(?:hi|hello|hey|hallo|hoi)[ ,!]+)?(?:what(?:'s| is| are| does| do)|whats|wat (?:is|zijn|betekent|bedoel(?:en)? (?:je|jullie|u) met|houdt)|explain|leg (?:eens )?uit|uitleg over|tell me about|vertel (?:eens )?(?:iets )?over|hoe werkt|how does)(?![\p{L}])/u;

/** The term a question-only message asks about ("what is Autopilot?", "wat is co-beheer?"), or undefined. */
export function askedTerm(text: string): TermId | undefined {
  const f = fold(text).trim();
  if (!WHAT_IS.test(f) || f.length > 120) return undefined;
  for (const [term, re] of TERM_PATTERNS) {
    re.lastIndex = 0;
    if (re.test(f)) return term;
  }
  return undefined;
}

const EMPLOYEE_ASKS = /(?<![\p{L}])(?:how (?:do|can|should) i|how to|hoe (?:kan|moet|schrijf|krijg|zet|voeg|meld|registreer) ik|i (?:need|want|have) to|ik (?:moet|wil)|can i|kan ik|help me)(?![\p{L}])/u;
const MY_DEVICE = /(?<![\p{L}])(?:my|mijn)(?: new| nieuwe| own| eigen| work| werk)? (?:laptop|device|pc|computer|apparaat|telefoon|phone|surface|tablet|machine|toestel|werklaptop)(?![\p{L}])/u;
const ENROLL = /(?<![\p{L}])(?:intune|enrol+(?:ment)?|inschrijv\w*|in ?schrijf\w*|schrijf \w+ \w+ in|set ?up|instellen|registr\w+|aanmelden|company portal|bedrijfsportal|into|moet in|in intune)(?![\p{L}])/u;
const ADMIN = /(?<![\p{L}])(?:we|our|onze|wij|ons|fleet|our users|devices|apparaten|laptops|pcs|medewerkers|employees)(?![\p{L}])/u;

/**
 * True when the message is an employee asking to enroll their own device ("how do I get my new laptop into
 * Intune", "mijn laptop moet in Intune", "hoe schrijf ik mijn apparaat in"), not an admin describing a fleet.
 */
export function isEmployeeRequest(text: string): boolean {
  const f = fold(text);
  if (ADMIN.test(f)) return false;
  return (MY_DEVICE.test(f) && (ENROLL.test(f) || EMPLOYEE_ASKS.test(f))) || (EMPLOYEE_ASKS.test(f) && ENROLL.test(f) && /(?:my|mijn|ik|i)\b/.test(f));
}

/** True for a message that only greets ("hello", "goedemorgen!"). */
export function isGreeting(text: string): boolean {
  return /^(?:hi|hello|hey|hallo|hoi|hiya|goedemorgen|goedemiddag|goedenavond|good (?:morning|afternoon|evening)|dag|yo)(?: there| daar| bot| allemaal| all)?[ !.,]*$/u.test(fold(text).trim());
}
