import { rule, type AnyRule } from './rule';
import { CM, DEVICE, WORDS } from './vocabulary';

const IDP = String.raw`(?:azure ad|aad|azure active directory|(?:microsoft )?entra(?: id)?)`;

/**
 * Licences that include Microsoft Entra ID P1 (P2 includes P1) and ones that do not. "Microsoft Entra plans and
 * pricing" (microsoft.com/security/business/microsoft-entra-pricing, read 2026-09): P1 is included with Microsoft 365
 * E3 and Business Premium, P2 with Microsoft 365 E5. "Microsoft Intune licensing" (Microsoft Learn,
 * intune/fundamentals/licenses, 2021-12-16) lists the plans that carry Intune (M365 E3/E5/F1/F3, EMS E3/E5, Business
 * Premium, Education A3/A5); EMS and the F and A plans carry P1 as part of that bundle (not re-read on a Microsoft page
 * today). Office 365 E1/E3/E5 and Microsoft 365 Business Basic/Standard have Entra ID Free only; Intune alone has no P1.
 */
const PREMIUM_RULES: readonly AnyRule[] = [
  rule('azureAdPremium', 'yes', [
    String.raw`(?:microsoft|ms|m) ?365 ?(?:e3|e5|f1|f3|a3|a5)`,
    String.raw`(?:microsoft 365 |m365 |ms 365 )?business premium`,
    String.raw`(?:ems|enterprise mobility ?(?:\+|and|&)? ?security) ?(?:e3|e5)`,
    String.raw`${IDP} ?(?:premium ?)?(?:p1|p2|plan 1|plan 2)(?: licen[cs]es?| licenties?)?`,
    String.raw`${IDP} premium`,
    String.raw`(?:premium )?p1[ -]?(?:licen[cs]es?|licenties?)`,
    String.raw`p1 (?:en|and|of|or) p2|p1|p2`,
  ], { negated: 'no', exclusive: true }),
  rule('azureAdPremium', 'no', [
    String.raw`(?:microsoft|ms|m) ?365 business (?:basic|standard)`,
    String.raw`business (?:basic|standard)`,
    String.raw`(?:office|o) ?365 ?(?:e1|e3|e5)`,
    String.raw`intune (?:licen[cs]es? |licenties? )?(?:standalone|on its own|los)|intune (?:licen[cs]es?|licenties?) (?:alone|only)`,
    String.raw`(?:only|alleen) (?:an? |een )?intune[ -]?(?:licen[cs]es?|licenties?)`,
    String.raw`intune plan 1`,
  ], { weak: true, exclusive: true, negated: 'no' }),
  rule('azureAdPremium', 'yes', [String.raw`e3|e5`], { ambiguous: ['yes', 'no'], exclusive: true }),
];

const IDENTITY_RULES: readonly AnyRule[] = [
  rule('identity', 'hybrid', [
    String.raw`hybride? ?(?:${IDP} ?)?(?:joined|join|domain[ -]?joined|gekoppeld|toegevoegd|koppeling)`,
    String.raw`haadj|hybrid aad|hybrid entra|hybride entra`,
    String.raw`hybride?(?! (?:work|werk|werken|workers|werkers|cloud|model|scenario|setup))`,
  ], { exclusive: true }),
  rule('identity', 'cloud', [
    String.raw`${IDP}[ -]?(?:joined|join|gekoppeld|toegevoegd|only)`,
    String.raw`cloud[ -]?(?:only|native|joined|gekoppeld)|alleen (?:in de )?cloud|only (?:in the )?cloud|volledig in de cloud|fully cloud`,
    String.raw`(?:zitten|staan|zijn) (?:alleen|enkel|uitsluitend) (?:in|aan) ${IDP}|(?:only|just) (?:in|joined to) ${IDP}`,
  ], { exclusive: true }),
  rule('identity', 'cloud', [
    String.raw`(?:geen|no|without|zonder|never had|nooit) (?:an? |een )?(?:on[ -]?prem(?:ises)? |lokale? |eigen )?(?:ad|active directory|domain controllers?|domein(?:controllers?)?|domain)`,
  ], { exclusive: true, ignoreNegation: true }),
  rule('identity', 'onprem', [
    String.raw`(?:ad|active directory)?[ -]?domain[ -]?joined(?: only)?|(?:ad|active directory)[ -]joined`,
    String.raw`(?:in|aan|lid van) (?:het|ons|een) (?:ad[ -])?domein(?: gekoppeld| toegevoegd| gehangen| hangen)?`,
    String.raw`domeingekoppeld|domein[ -]?joined|domeinlid`,
    String.raw`(?:joined|gekoppeld|toegevoegd) (?:to|aan) (?:the |our |a |het |ons |een )?(?:local |lokale |on[ -]?prem(?:ises)? )?(?:ad |active directory )?(?:domain|domein)|(?:in|aan) (?:het|ons|een) (?:lokale|eigen) (?:ad[ -])?domein`,
    String.raw`(?:only|alleen) on[ -]?prem(?:ises)?(?: ad| active directory)?`,
    String.raw`on[ -]?prem(?:ises)? (?:ad|active directory) only`,
    String.raw`(?:traditional|classic|klassiek|traditioneel|gewoon) (?:ad|active directory|domein|domain)`,
  ], { exclusive: true }),
];

const CONFIGMGR_RULES: readonly AnyRule[] = [
  rule('configMgr', 'phasing-out', [
    String.raw`(?:mov(?:e|ing)|migrat(?:e|ing)|transition(?:ing)?|switch(?:ing)?|get(?:ting)? away)(?: away)? (?:from|off)(?: of)? ${WORDS(2)}${CM}`,
    String.raw`(?:phas(?:e|ing) out|get(?:ting)? rid of|decommission(?:ing)?|retir(?:e|ing)|sunset(?:ting)?|dropp?(?:ing)?|leav(?:e|ing)) ${WORDS(2)}${CM}`,
    String.raw`${CM} ${WORDS(2)}(?:being|will be|to be|going to be|gets|wordt|gaat|moet) ${WORDS(1)}(?:phased out|decommissioned|retired|removed|away|out|uitgefaseerd|weg|eruit)`,
    String.raw`${CM} ${WORDS(2)}(?:phasing out|going away|on its way out|is leaving)`,
    String.raw`${CM} ${WORDS(4)}(?:uitfaseren|afbouwen|uitgefaseerd|uit te faseren|af te bouwen|eruit|kwijt|weg|afschaffen|opzeggen)`,
    String.raw`(?:afscheid (?:nemen )?van|stoppen met|weg van|af van|overstappen van|migreren van|uitfaseren van|afbouwen van) ${WORDS(2)}${CM}`,
    String.raw`van ${WORDS(1)}${CM} af`,
    String.raw`${CM}[^.;!?]{0,60}?(?:plan|planning|want|wants|going|intend|intending|gaan|willen|plannen)(?: to| om)? (?:[\p{L}'-]+ ){0,4}?(?:drop|retire|remove|phase (?:it |them )?out|get rid of|decommission|leave|replace|uitfaseren|afbouwen|vervangen|afschaffen|opzeggen|weg)`,
  ], { exclusive: true, ignoreNegation: true }),
  rule('configMgr', 'none', [
    String.raw`(?:retired|decommissioned|removed|dropped|uninstalled|got rid of|switched off|turned off|shut down|uitgezet|uitgefaseerd|verwijderd|opgeheven|afgeschaft|opgezegd) ${WORDS(2)}${CM}`,
    String.raw`${CM} ${WORDS(5)}(?:retired|decommissioned|removed|dropped|uninstalled|switched off|turned off|shut down|uitgezet|uitgefaseerd|verwijderd|opgeheven|afgeschaft|opgezegd)`,
  ], { exclusive: true }),
  rule('configMgr', 'keep', [CM], { negated: 'none', exclusive: true }),
];

const INTUNE_RULES: readonly AnyRule[] = [
  rule('alreadyInIntune', 'no', [
    String.raw`(?:geen|no|not in|niet in|nog niet in|not yet in) ${WORDS(1)}intune|(?:nothing|niets|none|geen(?: enkele?)?|geen van)(?: of)? ${WORDS(3)}(?:in|bij) intune`,
    String.raw`intune ${WORDS(2)}(?:nog niet|not yet)`,
    String.raw`(?:don'?t|do not|dont) (?:have|use|run) intune (?:yet|so far)|(?:not|aren'?t|are not) (?:using|on) intune yet|nog geen intune`,
    String.raw`(?:not|niet|nog niet) (?:yet )?(?:enrolled|ingeschreven)|(?:nothing|none|niets|geen) ${WORDS(3)}(?:is |are |zijn |staat )?(?:yet )?(?:enrolled|ingeschreven)`,
  ], { ignoreNegation: true, exclusive: true }),
  rule('alreadyInIntune', 'yes', [
    String.raw`(?:already|al|reeds) ${WORDS(3)}(?:in|bij|by|with|into|via) intune`,
    String.raw`(?:already|al|reeds) ${WORDS(2)}(?:enrolled|ingeschreven|intune[ -]managed)`,
    String.raw`intune[ -]?(?:managed|beheerd|enrolled|ingeschreven)`,
    String.raw`(?:enrolled|ingeschreven|managed|beheerd) (?:in|bij|by|door|met|via) intune`,
    String.raw`(?:in|bij) intune (?:staan|zitten|ingeschreven)|(?:are|is|zijn|staan|zitten) (?:already |al |reeds )?in intune`,
  ], { negated: 'no', exclusive: true }),
];

const MDM = String.raw`(?:vmware )?(?:workspace ?one|airwatch)|ivanti|mobileiron|(?:ibm )?maas ?360|manageengine|soti|mobicontrol|hexnode|jamf|kandji|meraki(?: sm| systems manager)?|citrix endpoint management|xenmobile|google endpoint management|(?:another|other|andere|ander|third[ -]party|a different|een ander|een andere|external|externe) mdm(?:[ -](?:provider|oplossing|tool|product|leverancier|solution|vendor))?|mdm[ -](?:oplossing|tool) van derden`;

const OTHER_RULES: readonly AnyRule[] = [
  rule('otherMdm', 'yes', [MDM], { negated: 'no', exclusive: true }),
  rule('demAccount', 'yes', [String.raw`(?:dem|device enrollment manager|apparaatinschrijvingsmanager|inschrijvingsmanager)(?:[ -]?accounts?)?`], {
    negated: 'no',
    exclusive: true,
  }),
  rule('conditionalAccess', 'yes', [String.raw`conditional access(?: policies| policy)?|voorwaardelijke toegang|ca[ -](?:policies|policy|beleid|regels)`], {
    negated: 'no',
    exclusive: true,
  }),
];

/** People who are not staff: their own devices are personal devices in play, beside the organization's. */
const OUTSIDERS = String.raw`(?:contractors?|freelancers?|consultants?|externals?|external (?:staff|workers|people)|temps|interns|vendors|guests|externen|externe (?:medewerkers|krachten)|inhuurkrachten|ingehuurde (?:krachten|medewerkers|mensen)|zzp'?ers|freelancers|stagiairs|gasten|leveranciers)`;

const OWNERSHIP_RULES: readonly AnyRule[] = [
  // "No BYOD, but contractors bring their own laptops": the staff's devices are the organization's, the contractors'
  // are personal, so both kinds are in play. Before the personal rules, so "their own laptops" is claimed here.
  rule('ownership', 'mixed', [
    String.raw`${OUTSIDERS} ${WORDS(3)}(?:own|eigen|private|prive|privé|personal|persoonlijke) ${DEVICE}`,
    String.raw`${OUTSIDERS} ${WORDS(2)}(?:byod|bring your own|their own)`,
  ]),
  rule('ownership', 'mixed', [String.raw`(?:zakelijke?|company[ -]owned|corporate|bedrijfs\p{L}*) (?:en|and|&|plus) (?:byod|prive|privé|persoonlijke?|personal)|door elkaar|gemengd eigendom|mixed ownership|mixed (?:fleet|estate|environment)|gemengde? (?:vloot|omgeving|apparatenpark)`, String.raw`(?:mix|mixture|combinatie|mengeling) (?:of|van) ${WORDS(1)}(?:company|corporate|bedrijfs|zakelijke)${WORDS(3)}(?:and|en) ${WORDS(1)}(?:byod|personal|prive|persoonlijke|eigen)`], { exclusive: true }),
  rule('ownership', 'personal', [
    String.raw`byod|bring your own(?: device)?|eigen apparaat meenemen`,
    String.raw`(?:prive|privé|personal(?:ly)?|employee|persoonlijke?)[ -]?(?:owned )?${DEVICE}`,
    String.raw`(?:personally|employee|privately)[ -]owned`,
    String.raw`(?:their|hun|my|mijn|zijn|haar) (?:own|eigen|private|prive) (?:laptops|devices|pcs|computers|apparaten|phones|telefoons|machines)`,
    String.raw`eigen (?:apparaten|laptops|pc's|pcs|devices|computers)`,
    String.raw`prive[\p{L}]*|(?:personal|private|persoonlijke) (?:phones|smartphones|mobiles|telefoons)`,
  ]),
  rule('ownership', 'organization', [
    String.raw`(?:company|corporate|organi[sz]ation|school|business|work)[ -]?(?:owned|issued|provided)`,
    String.raw`(?:company|corporate|zakelijke|bedrijfs|school|business) ?${DEVICE}`,
    String.raw`bedrijfseigendom|eigendom van (?:het bedrijf|de organisatie|de school|de zaak|ons)`,
    String.raw`van de zaak|van het bedrijf|van de organisatie|van de school|we own (?:them|the devices|all)|owned by (?:us|the company|the organi[sz]ation|the school)`,
    String.raw`(?:we|wij) (?:buy|purchase|kopen|schaffen)[^,.;]* (?:for|voor) (?:our|onze) (?:staff|employees|medewerkers|personeel|users)`,
  ]),
];

/** Rules about licences, identity, Configuration Manager, Intune, other MDMs, DEM, conditional access and ownership. */
export const SETUP_RULES: readonly AnyRule[] = [
  ...PREMIUM_RULES,
  ...CONFIGMGR_RULES,
  ...INTUNE_RULES,
  ...IDENTITY_RULES,
  ...OTHER_RULES,
  ...OWNERSHIP_RULES,
];
