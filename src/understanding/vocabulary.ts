/** Shared pattern pieces (RegExp sources over folded text) for the situation rules. */

/** Configuration Manager under any of its names. */
export const CM = String.raw`(?:sccm|configmgr|config ?mgr|config manager|mecm|memcm|(?:microsoft )?(?:endpoint )?configuration manager|system center(?: configuration manager)?|cm[ -]?(?:client|agent)s?)`;

/** A device noun, English or Dutch. */
export const DEVICE = String.raw`(?:latitudes?|thinkpads?|elitebooks?|probooks?|optiplex(?:es)?|precisions?|laptops?|notebooks?|devices?|pcs?|pc's|machines?|computers?|desktops?|endpoints?|workstations?|tablets?|surfaces?|hardware|clients?|apparaten|apparaat|werkplekken|werkplek|toestellen|systemen)`;

/** Up to `n` filler words. */
export const WORDS = (n: number): string => String.raw`(?:(?!(?:and|en|or|of|but|maar|with|met) )[\p{L}\p{N}'.+-]+ ){0,${n}}`;

/** Words that negate what follows them in the same clause ("we don't use", "geen", "no longer", "vroeger"). */
export const NEGATION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:not|don'?t|do not|does not|doesn'?t|didn'?t|did not|no|never|without|none|isn'?t|aren'?t|haven'?t|hasn'?t|nor|neither|no longer|used to|formerly|previously|geen|niet|nooit|zonder|noch|vroeger|voorheen|nergens)(?![\p{L}])`,
  'u',
);

/** Words after a phrase that negate it in Dutch word order and English passives ("SCCM gebruiken we niet meer"). */
export const NEGATION_AFTER = new RegExp(
  String.raw`^(?:[\p{L}\p{N}'-]+ ){0,3}(?:niet|geen|not|no longer|anymore|nooit meer|never)(?: (?:more|meer|in use|used|in gebruik|gebruikt|here|hier|today|now|nu|vandaag|anymore|at all|helemaal|nodig|needed|yet|nog|bij ons|longer|relevant|allowed|permitted|supported|toegestaan|ondersteund|welkom|welcome|an option|een optie))*$`,
  'u',
);

/** Where a clause ends: negation does not reach over these. */
export const CLAUSE_BREAK = /[,;:.!?()\n]| but | maar | and | en | however | echter | though | while | terwijl | whereas | plus /g;

/** A clause that ends by saying the thing is gone ("Ivanti is gone since January", "Ivanti is sinds januari weg"). */
export const GONE_AFTER = new RegExp(
  String.raw`^(?:[\p{L}\p{N}'-]+ ){0,4}(?:gone|weg|verdwenen|removed|verwijderd|uninstalled|history|opgezegd|eruit|afgeschaft|uitgezet|decommissioned|retired)(?: [\p{L}\p{N}'-]+){0,3}$`,
  'u',
);
