import type { KnownValue, QuestionId } from '../engine/types';

/**
 * Words that name an answer beyond the option labels and the bot's own synonyms (content/bot VALUE_SYNONYMS):
 * product names and abbreviations admins use. Folded (lower case, no accents); matched as words.
 */
export const EXTRA_SYNONYMS: { readonly [Q in QuestionId]?: { readonly [V in KnownValue<Q>]?: readonly string[] } } = {
  ownership: {
    organization: ['company owned', 'corporate owned', 'bedrijfseigendom', 'van de zaak', 'werkgever'],
    personal: ['bring your own device', 'eigen apparaat', 'eigen apparaten', 'prive', 'privebezit', 'employee owned'],
    mixed: ['mix', 'gemixt'],
  },
  identity: {
    cloud: ['aad', 'azure ad', 'azure active directory', 'entra', 'entra joined', 'entra join', 'microsoft entra', 'cloud native'],
    hybrid: ['hybrid entra', 'hybrid join', 'haadj', 'hybride join', 'hybride entra'],
    onprem: ['domain joined', 'on prem', 'alleen domein', 'domeinlid'],
  },
  configMgr: {
    keep: ['sccm', 'configmgr', 'config mgr', 'mecm', 'memcm', 'configuration manager', 'system center', 'blijft', 'we houden het'],
    none: ['nope', 'geen sccm', 'no sccm', 'niet'],
  },
  purchase: {
    'autopilot-partner': ['reseller', 'leverancier', 'fabrikant', 'vendor', 'supplier'],
    other: ['shop', 'store', 'winkel', 'webshop', 'retail'],
  },
  userAffinity: {
    userless: ['kiosk', 'kiosks', 'gedeeld', 'shared devices', 'dedicated', 'toegewezen', 'geen vaste'],
    single: ['vaste gebruiker', 'one person', 'een persoon'],
  },
  volume: {
    few: ['one by one', 'one at a time', 'een voor een', 'handful', 'handvol'],
    bulk: ['in bulk', 'all at once', 'tegelijk', 'massaal', 'hundreds', 'honderden', 'thousands', 'duizenden'],
  },
  manage: {
    account: ['werkaccount', 'work account', 'app protection', 'alleen de apps', 'only apps'],
    device: ['full device', 'hele apparaat', 'volledig apparaat'],
  },
  deviceAge: {
    existing: ['in use', 'in gebruik', 'current'],
  },
};

/** Yes and no in English and Dutch, as a whole typed answer (folded). The recognizers return nothing for Dutch. */
export const YES_NO_WORDS = {
  yes: ['yes', 'y', 'yeah', 'yep', 'yup', 'sure', 'of course', 'correct', 'right', 'indeed', 'absolutely', 'yes we do', 'we do',
    'ja', 'j', 'jazeker', 'zeker', 'klopt', 'dat klopt', 'jawel', 'ja hoor', 'inderdaad', 'uiteraard', 'natuurlijk', 'ja zeker', 'jep'],
  no: ['no', 'n', 'nope', 'nah', 'not', 'none', 'never', 'no we don\'t', 'we don\'t', 'not really', 'no we do not',
    'nee', 'neen', 'geen', 'niet', 'nooit', 'nee hoor', 'helaas niet', 'klopt niet', 'dat klopt niet', 'nope nee'],
} as const;

/** Dutch and English ordinals and number words as a whole answer; the English number recognizer covers the rest. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6,
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6,
  '1e': 1, '2e': 2, '3e': 3, '4e': 4, '5e': 5, '6e': 6,
};

/** Words around an ordinal that carry no meaning: "de tweede optie", "the second one", "nummer 3". */
export const ORDINAL_FILLER = /^(?:(?:de|het|the|optie|option|nummer|number|nr|keuze|antwoord|answer|choice)\s+)*(.+?)(?:\s+(?:optie|option|one|keuze|antwoord|answer|choice))?$/;

/** Words that mean the last option. */
export const LAST_WORDS = ['last', 'the last', 'the last one', 'laatste', 'de laatste', 'het laatste'];

/** Words that carry no meaning for which option was meant (folded), dropped before partial matching. */
export const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'or', 'and', 'to', 'by', 'it', 'we', 'our', 'is', 'are', 'with', 'for', 'in', 'on', 'i', 'my', 'they',
  'de', 'het', 'een', 'van', 'of', 'en', 'te', 'door', 'is', 'zijn', 'we', 'wij', 'onze', 'ons', 'met', 'in', 'op', 'ik', 'mijn', 'ze',
]);
