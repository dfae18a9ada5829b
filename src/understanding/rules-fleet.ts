import { rule, type AnyRule } from './rule';
import { DEVICE, WORDS } from './vocabulary';

const WIN = String.raw`(?:windows|win|w) ?`;

/** A Windows 10 build number or feature update name: 1803 and later are the engine's "1803 or newer". */
const NEW_BUILD = String.raw`(?:version |versie |v)?(?:1803|1809|1903|1909|2004|20h2|21h1|21h2|22h2)`;
const OLD_BUILD = String.raw`(?:version |versie |v)?(?:1507|1511|1607|1703|1709)`;
/** "from … to Windows 11" / "van … naar 11": the target of an upgrade, which the devices do not run yet. */
const TO_NEWER = String.raw`(?:to|naar|into) (?:${WIN})?(?:10|11)(?: ${NEW_BUILD})?`;
const FROM = String.raw`(?:from|van|vanaf|off)`;

/**
 * An upgrade "from X to Y" states the devices' current version X: the devices run X today, and the advice (every
 * method needs Windows 10 or newer; 1709 or older makes them conditional) is about the devices as they are. So "from
 * Windows 10 21H2 to 11" is Windows 10 1803 or newer (21H2 is a later feature update), "from Windows 7 to 11" is
 * Windows 7, and a bare "from Windows 10 to 11" is asked back between the two Windows 10 values, never read as 11.
 * These rules come first and claim the whole phrase, so the target version is not read as a second fact.
 */
const UPGRADE_RULES: readonly AnyRule[] = [
  rule('windowsVersion', 'win10-1803-plus', [String.raw`${FROM} ${WIN}10[ ,-]*${NEW_BUILD} ${TO_NEWER}`], { exclusive: true }),
  rule('windowsVersion', 'win10-1709-or-older', [String.raw`${FROM} ${WIN}10[ ,-]*${OLD_BUILD} ${TO_NEWER}`], { exclusive: true }),
  rule('windowsVersion', 'win7', [String.raw`${FROM} ${WIN}7 ${TO_NEWER}`], { exclusive: true }),
  rule('windowsVersion', 'win8.1', [String.raw`${FROM} ${WIN}8(?:\.1)? ${TO_NEWER}`], { exclusive: true }),
  rule('windowsVersion', 'win10-1803-plus', [String.raw`${FROM} ${WIN}10 (?:to|naar|into) (?:${WIN})?11`], {
    ambiguous: ['win10-1803-plus', 'win10-1709-or-older'],
    exclusive: true,
  }),
];

const WINDOWS_RULES: readonly AnyRule[] = [
  ...UPGRADE_RULES,
  rule('windowsVersion', 'win11', [String.raw`${WIN}11`], { exclusive: true }),
  rule('windowsVersion', 'win10-1803-plus', [
    String.raw`${WIN}10[ ,-]*(?:version |versie |v)?(?:1803|1809|1903|1909|2004|20h2|21h1|21h2|22h2)`,
    String.raw`${WIN}10 (?:latest|newest|up to date|fully updated|recent|nieuwste|recente|actuele|bijgewerkt)`,
    String.raw`(?:latest|newest|recent|nieuwste|recente|actuele) (?:versie van |version of )?${WIN}10`,
    String.raw`20h2|21h2|22h2`,
  ], { exclusive: true }),
  rule('windowsVersion', 'win10-1709-or-older', [
    String.raw`${WIN}10[ ,-]*(?:version |versie |v)?(?:1507|1511|1607|1703|1709)`,
    String.raw`(?:old(?:er)?|oude|oudere|verouderde) (?:builds? (?:of |van )?|versies? (?:of |van )?)?${WIN}10`,
    String.raw`1607|1703|1709`,
  ], { exclusive: true }),
  rule('windowsVersion', 'win7', [String.raw`${WIN}7`], { exclusive: true }),
  rule('windowsVersion', 'win8.1', [String.raw`${WIN}8(?:\.1)?`], { exclusive: true }),
  rule('windowsVersion', 'win10-1803-plus', [String.raw`${WIN}10`], { ambiguous: ['win10-1803-plus', 'win10-1709-or-older'], exclusive: true }),
];

const VENDOR = String.raw`(?:dell|hp|lenovo|microsoft|surface|acer|asus|fujitsu|panasonic|dynabook|toshiba|getac)`;
const PARTNER = String.raw`(?:our |onze |a |an |een |the |de )?(?:csp|cloud solution provider|oem|reseller|partner|leverancier|distributor|supplier|vendor|wederverkoper|fabrikant)`;

const PURCHASE_RULES: readonly AnyRule[] = [
  rule('purchase', 'other', [
    String.raw`(?:supplier|leverancier|reseller|vendor|partner|csp|winkel|shop) ${WORDS(3)}(?:doesn'?t|does not|don'?t|do not|cannot|can'?t|kan geen|doet geen|ondersteunt geen|ondersteunt niet|niet) ${WORDS(2)}autopilot`,
    String.raw`(?:from|at|in|bij|van|via|uit) (?:a |an |the |de |het |een )?(?:local |lokale )?(?:computer ?)?(?:shop|store|retail(?:er)?|winkel|webshop)|(?:computerwinkel|mediamarkt|coolblue|amazon|bol\.com|best buy|elsewhere|ergens anders|second[ -]?hand|refurbished|tweedehands)`,
  ], { ignoreNegation: true, exclusive: true }),
  rule('purchase', 'autopilot-partner', [
    String.raw`(?:via|through|from|by|bij|van|direct(?:ly)? from|rechtstreeks (?:bij|van)|straight from|ordered from|bought from|besteld bij|gekocht bij|geleverd door|delivered by|kopen bij|bestellen bij) ${WORDS(1)}(?:${VENDOR}|${PARTNER})`,
    String.raw`${VENDOR} ${WORDS(2)}(?:via|through|direct|rechtstreeks)(?: ${WORDS(1)}(?:${PARTNER}|${VENDOR}))?`,
    String.raw`(?:buy|buying|purchase|order|kopen|bestellen|kopen we|bestellen we) ${WORDS(2)}${VENDOR}`,
    String.raw`csp(?:[ -]?partner)?|autopilot[ -]?(?:partner|registered|registratie|registration|geregistreerd)|(?:register|registers|registreert|registreren)(?: the| de)? (?:devices|apparaten|hashes|hardware ?hash(?:es)?)|hardware ?hash(?:es)?`,
  ], { negated: 'other', exclusive: true }),
];

const REMOTE_RULES: readonly AnyRule[] = [
  rule('remoteWorkers', 'no', [
    String.raw`(?:everyone|everybody|all staff|iedereen|alle medewerkers) ${WORDS(2)}(?:in|at|op) (?:the |het )?(?:office|kantoor|site|locatie)`,
    String.raw`on[ -]?site only|alleen op kantoor|(?:we )?(?:hand|geven) ${WORDS(2)}(?:out )?(?:at|op) (?:the |het )?(?:office|kantoor|servicedesk|helpdesk)`,
  ], { exclusive: true }),
  rule('remoteWorkers', 'yes', [
    String.raw`(?:home|remote|thuis|hybrid|hybride)[ -]?(?:workers?|werkers?|employees|staff|medewerkers|personeel)`,
    String.raw`werk(?:en|t) ${WORDS(2)}thuis|work(?:s|ing)? (?:from|at) home|work(?:s|ing)? remotely|thuis ?werk(?:en|t)|op afstand|remote[ -]first|fully remote|volledig remote`,
    String.raw`ship(?:ped|ping|s)? ${WORDS(4)}(?:to|naar) (?:the |their |hun |de )?${WORDS(1)}(?:users?|employee'?s?|homes?|medewerkers|huis|people|staff)`,
    String.raw`drop[ -]?ship(?:ped|ping)?`,
    String.raw`(?:naar|bij) (?:de )?(?:mensen|medewerkers|gebruikers|werknemers) (?:thuis|op het huisadres)`,
    String.raw`thuis (?:laten )?(?:bezorgen|bezorgd|afleveren|afgeleverd|geleverd|leveren|gestuurd|sturen|ontvangen)|(?:opsturen|versturen|sturen|opgestuurd|verstuurd) ${WORDS(3)}(?:naar huis|thuis|naar het huisadres)|thuisbezorgd`,
  ], { negated: 'no', exclusive: true }),
];

const AGE_RULES: readonly AnyRule[] = [
  rule('deviceAge', 'both', [
    String.raw`(?:new|nieuwe) (?:and|en|as well as|of|or) (?:existing|old|older|current|bestaande|oude|huidige)`,
    String.raw`(?:existing|bestaande|current|huidige) (?:and|en|as well as|of|or) (?:new|nieuwe)`,
  ]),
  rule('deviceAge', 'new', [
    String.raw`(?:brand[ -])?new ${WORDS(2)}${DEVICE}`,
    String.raw`(?:gloed)?nieuwe? ${WORDS(2)}${DEVICE}`,
    String.raw`(?:hardware[ -]?)?refresh|out of the box|uit de doos|fresh (?:devices|laptops)|vervangingsronde|nieuw aangeschaft|nieuw gekocht`,
  ]),
  rule('deviceAge', 'existing', [
    String.raw`(?:existing|current|old(?:er)?|present|bestaande|huidige|oude|oudere) ${WORDS(2)}${DEVICE}`,
    String.raw`(?:already|al|reeds) ${WORDS(1)}(?:in use|deployed|handed out|in gebruik|uitgedeeld|uitgerold|uitgegeven|in productie)`,
    String.raw`existing (?:ones|fleet|estate)|in (?:use|gebruik) (?:today|now|nu)`,
  ]),
];

const AFFINITY_RULES: readonly AnyRule[] = [
  rule('userAffinity', 'single', [
    String.raw`(?:one|1|een|a single) (?:user|gebruiker|person|persoon) (?:per|each|op|for each) ${WORDS(1)}(?:device|apparaat|laptop|machine|pc)`,
    String.raw`(?:each|every) ${WORDS(1)}(?:employee|user|person|staff member) (?:has|gets|owns|receives) (?:their|his|her|a|an) (?:own )?(?:laptop|device|pc|machine|computer)`,
    String.raw`(?:iedere|elke) ${WORDS(1)}(?:medewerker|gebruiker|werknemer|collega) (?:heeft|krijgt|ontvangt) (?:een |zijn |haar )?(?:eigen )?(?:laptop|apparaat|pc|computer)`,
    String.raw`(?:each|every|ieder|elk|elke) (?:device|laptop|pc|apparaat|machine|computer) (?:has|heeft) ${WORDS(1)}(?:one|1|een|a single) (?:user|gebruiker|person|persoon)`,
    String.raw`vaste gebruikers?|personally assigned|assigned to (?:one|a single) user|persoonlijk toegewezen`,
  ], { exclusive: true }),
  rule('userAffinity', 'userless', [String.raw`(?:no|geen|without|zonder) (?:fixed |vaste |dedicated |specific )?(?:users?|gebruikers?)`], {
    exclusive: true,
    ignoreNegation: true,
  }),
  rule('userAffinity', 'userless', [
    String.raw`kiosk(?:s|en)?(?:[ -]?(?:modus|mode|devices|apparaten|pcs))?`,
    String.raw`(?:are|is|worden|wordt|zijn) (?:shared|gedeeld) (?:by|between|among|door|tussen)|(?:worden|wordt) ${WORDS(3)}gedeeld|(?:gedeeld|gedeelt) (?:door|tussen|met|onder) ${WORDS(1)}(?:meerdere|verschillende|alle|diverse|wisselende)|shared ${WORDS(1)}${DEVICE}|gedeelde ${WORDS(1)}${DEVICE}|(?:shared|gedeelde?) (?:use|gebruik)`,
    String.raw`userless|user[ -]?less`,
    String.raw`(?:meeting|vergader)[ -]?(?:rooms?|ruimtes?|zalen|zaal)|digital signage|point of sale|pos terminals?|kassa'?s?|flex ?(?:plekken|werkplekken)|(?:dedicated|toegewezen) (?:devices|apparaten)`,
  ], { exclusive: true }),
];

const MANAGE_RULES: readonly AnyRule[] = [
  rule('manage', 'account', [
    String.raw`(?:only|alleen|just) (?:the |het |de |their |hun )?(?:work ?account|werkaccount|work apps|apps|zakelijke apps|company apps|outlook|teams|office apps|company data|bedrijfsdata|bedrijfsgegevens|werkgegevens|work data)`,
    String.raw`manage (?:only )?(?:the |het |their )?(?:work ?account|werkaccount)|(?:work ?account|werkaccount) (?:only|alleen)`,
    String.raw`(?:app protection|app[ -]?bescherming|app[ -]?beveiliging|mam)(?:[ -]?(?:policies|policy|beleid))?`,
    String.raw`(?:not|niet) (?:the |het )?(?:whole|entire|full|hele|gehele|volledige) (?:device|apparaat|toestel)`,
  ], { exclusive: true, ignoreNegation: true }),
  rule('manage', 'device', [
    String.raw`(?:whole|entire|full|complete|hele|gehele|volledige) (?:device|apparaat|toestel)(?: ?(?:management|beheer))?|fully manage(?:d)?|volledig beheren|full mdm`,
  ], { exclusive: true }),
];

/** Rules about the devices themselves: Windows version, purchase, remote workers, age, users and what to manage. */
export const FLEET_RULES: readonly AnyRule[] = [
  ...WINDOWS_RULES,
  ...PURCHASE_RULES,
  ...REMOTE_RULES,
  ...AFFINITY_RULES,
  ...AGE_RULES,
  ...MANAGE_RULES,
];
