import { INSTRUCTION_SET_IDS, type InstructionSetId, type MethodId } from '../engine/types';
import { pick } from './lang';
import type { Lang, LocalizedInstructions, OrgValues } from './types';

/** Org values after clean-up: trimmed, empty ones dropped, the URL kept only when it is https. */
interface CleanOrg {
  readonly organizationName?: string;
  readonly enrollmentServer?: string;
  readonly supportText?: string;
  readonly supportUrl?: string;
}

type Step = string | ((org: CleanOrg, lang: Lang) => string);

interface SetTexts {
  readonly title: string;
  readonly intro: string;
  readonly steps: readonly Step[];
  /** What the employee sees when it worked; the contact line is added after it. */
  readonly done: string;
  readonly keywords: readonly string[];
}

const METHOD_OF_SET = {
  'automatic-organization': 'automatic',
  'automatic-personal-register': 'automatic',
  'automatic-personal-join': 'automatic',
  'automatic-bulk': 'automatic',
  'autopilot-user-driven': 'autopilot',
  'autopilot-pre-provisioned': 'autopilot',
  'autopilot-self-deploying': 'autopilot',
  'autopilot-existing-devices': 'autopilot',
  'group-policy': 'groupPolicy',
  'co-management': 'coManagement',
} satisfies Record<InstructionSetId, MethodId>;

const COMMON = {
  en: {
    fromOrg: (name: string) => `From the IT department of ${name}.`,
    server: (server: string) => `If you are asked for a server, type: ${server}`,
    noServer: 'If you are asked for a server, type the server name your IT department gives you.',
    contact: (text: string) => `Questions or stuck? ${text}`,
    defaultContact: 'Questions or stuck? Contact your IT helpdesk.',
    stepsHeading: 'Steps:',
  },
  nl: {
    fromOrg: (name: string) => `Van de IT-afdeling van ${name}.`,
    server: (server: string) => `Wordt er om een server gevraagd? Typ dan: ${server}`,
    noServer: 'Wordt er om een server gevraagd? Typ dan de servernaam die u van uw IT-afdeling krijgt.',
    contact: (text: string) => `Vragen of komt u er niet uit? ${text}`,
    defaultContact: 'Vragen of komt u er niet uit? Neem contact op met uw IT-helpdesk.',
    stepsHeading: 'Stappen:',
  },
} satisfies Record<Lang, Record<string, string | ((s: string) => string)>>;

/** The one step that carries the enrollment server: filled in from the org values, or pointing to IT. */
const serverStep: Step = (org, lang) => {
  const t = pick(COMMON, lang);
  return org.enrollmentServer === undefined ? t.noServer : t.server(org.enrollmentServer);
};

const SETS = {
  en: {
    'automatic-organization': {
      title: 'Set up your new work device',
      intro: 'Your work device connects to your organization by itself when you sign in with your work account. It takes a few minutes.',
      steps: [
        'Turn on the device and follow the set-up screens (language, keyboard, network).',
        'When Windows asks you to sign in, use your work account: your work e-mail address and password. Do not use a personal Microsoft account.',
        'Wait while Windows finishes. Your organization’s settings and apps are added by themselves; the device may restart.',
        'To check: open Settings > Accounts > Access work or school. Your work account shows as connected.',
        'Signed in with a personal account by mistake? Open Settings > Accounts > Access work or school and select Connect.',
        'Choose "Join this device to Azure Active Directory" (on newer Windows: "Join this device to Microsoft Entra ID") and sign in with your work account.',
      ],
      done: 'When it worked, your work account shows as connected under Access work or school.',
      keywords: ['enroll', 'enrol', 'new laptop', 'work laptop', 'work device', 'company laptop', 'set up', 'sign in', 'access work or school', 'intune'],
    },
    'automatic-personal-register': {
      title: 'Use work apps on your own device',
      intro: 'This adds your work account to your own Windows device, so you can use work e-mail and apps. IT manages only your work account and work data, not your device.',
      steps: [
        'Open Settings > Accounts > Access work or school.',
        'Select Connect.',
        'Type your work e-mail address and select Next. Do not choose "Join this device to Azure Active Directory": that option is for work devices.',
        serverStep,
        'Sign in with your work password and follow the screens to the end.',
      ],
      done: 'When it worked, your work account shows under Access work or school. Your own files and settings stay yours.',
      keywords: ['byod', 'personal laptop', 'own device', 'own laptop', 'home computer', 'private pc', 'work account', 'work e-mail', 'access work or school', 'connect'],
    },
    'automatic-personal-join': {
      title: 'Connect your own device to work',
      intro: 'Important: after these steps your IT department manages this whole device, even though it is your own. Ask IT first if you are not sure that is what you want.',
      steps: [
        'Open Settings > Accounts > Access work or school.',
        'Select Connect.',
        'Under alternate actions, choose "Join this device to Azure Active Directory" (on newer Windows: "Join this device to Microsoft Entra ID").',
        'Sign in with your work e-mail address and password, and fill in what is asked.',
        'Confirm, restart the device if asked, and sign in with your work account.',
      ],
      done: 'When it worked, the device shows as connected to your organization under Access work or school.',
      keywords: ['byod', 'personal laptop', 'own device', 'own laptop', 'home computer', 'join', 'azure ad', 'entra', 'access work or school', 'connect'],
    },
    'automatic-bulk': {
      title: 'Set up a device with the package from IT',
      intro: 'IT has prepared a set-up package that connects this work device to your organization. You can run it yourself, or ask IT to do it for you.',
      steps: [
        'Get the package from IT: on a USB drive, or in the network folder IT tells you about.',
        'On the device, open Settings > Accounts > Access work or school and select "Add or remove a provisioning package".',
        'Select "Add a package", pick the package from the USB drive or network folder, and confirm.',
        'Sign in with your work account if asked. The device connects by itself.',
        'Not comfortable running the file? That is fine: ask IT and they will set up the device for you.',
      ],
      done: 'When it worked, your work account shows under Access work or school.',
      keywords: ['bulk', 'package', 'provisioning package', 'usb', 'usb stick', 'ppkg', 'network share', 'configuration designer', 'many devices'],
    },
    'autopilot-user-driven': {
      title: 'Set up the work device IT sent you',
      intro: 'Your organization has prepared this device to set itself up as soon as you sign in. You can do it anywhere with an internet connection.',
      steps: [
        'Turn on the device and connect to the internet (Wi-Fi or cable).',
        'Choose your language and keyboard if asked.',
        'Sign in with your work or school account: your work e-mail address and password.',
        'Wait while the device sets itself up. It adds your organization’s settings and apps and may restart; this can take a while.',
      ],
      done: 'When it worked, you land on your desktop signed in with your work account.',
      keywords: ['autopilot', 'new laptop', 'new device', 'shipped', 'delivered', 'parcel', 'remote', 'working from home', 'unbox', 'first start'],
    },
    'autopilot-pre-provisioned': {
      title: 'Start your prepared work device',
      intro: 'IT has already prepared this device, so setting it up goes quickly.',
      steps: [
        'Turn on the device and connect to the internet if asked.',
        'Sign in with your work or school account: your work e-mail address and password.',
        'Wait a moment while the device finishes setting itself up.',
      ],
      done: 'When it worked, you land on your desktop signed in with your work account.',
      keywords: ['autopilot', 'pre-provisioned', 'prepared', 'new laptop', 'from it', 'white glove', 'handed out'],
    },
    'autopilot-self-deploying': {
      title: 'Start a shared or kiosk device',
      intro: 'This device is not tied to one person. It sets itself up, and nobody needs to sign in.',
      steps: [
        'Turn on the device.',
        'If asked, connect it to the network (a cable works best).',
        'Wait. The device sets itself up and connects to your organization by itself; you do not need to sign in.',
      ],
      done: 'When it worked, the device shows its kiosk or shared start screen.',
      keywords: ['kiosk', 'shared device', 'shared pc', 'dedicated', 'self-deploying', 'meeting room', 'reception', 'autopilot'],
    },
    'autopilot-existing-devices': {
      title: 'Move your current device to the new set-up',
      intro: 'Your device gets a fresh copy of Windows and then connects to your organization. Everything on it is erased, so save your files first.',
      steps: [
        'Save your files somewhere safe, for example OneDrive or a network drive. Everything on the device will be erased.',
        'Open the Software Center app and select Operating Systems.',
        'Select "Autopilot for existing devices", then Install.',
        'Wait. The device downloads what it needs, erases the drive and installs Windows. This takes a while and it restarts several times; keep it plugged in.',
        'When the set-up screens appear, sign in with your work or school account. The device connects to your organization by itself.',
      ],
      done: 'When it worked, you land on a fresh desktop signed in with your work account. Put your saved files back.',
      keywords: ['existing device', 'old laptop', 'current laptop', 'windows 7', 'windows 8.1', 'upgrade', 'software center', 'reinstall', 'autopilot'],
    },
    'group-policy': {
      title: 'Your work PC connects to Intune by itself',
      intro: 'Your PC is already part of the company network. IT connects it to Intune with a setting, so you hardly need to do anything.',
      steps: [
        'Keep your PC on and connected to the company network (or VPN).',
        'When a notification says settings are being changed, follow it.',
        'If asked, sign in with your work account: the one you use to log on to this PC.',
        'That is all: your PC connects by itself in the background.',
      ],
      done: 'You do not need to check anything; IT sees your PC once it is connected.',
      keywords: ['group policy', 'domain', 'company pc', 'office pc', 'desktop', 'notification', 'sign in again', 'gpo'],
    },
    'co-management': {
      title: 'Your work PC connects to Intune',
      intro: 'Your PC is already managed by IT. It now also connects to Intune, usually by itself.',
      steps: [
        'Sign in with your work account as usual; usually the PC connects by itself.',
        'If IT asks you to do it yourself: open Settings > Accounts > Access work or school > Connect and sign in with your work e-mail address and password.',
        'Be patient: this may happen some time later, not at once.',
      ],
      done: 'Afterwards your PC receives your organization’s settings and apps.',
      keywords: ['co-management', 'configuration manager', 'sccm', 'software center', 'company pc', 'office pc', 'intune'],
    },
  },
  nl: {
    'automatic-organization': {
      title: 'Uw nieuwe werkapparaat instellen',
      intro: 'Uw werkapparaat verbindt zich vanzelf met uw organisatie zodra u zich aanmeldt met uw werkaccount. Dat duurt een paar minuten.',
      steps: [
        'Zet het apparaat aan en volg de installatieschermen (taal, toetsenbord, netwerk).',
        'Vraagt Windows u om u aan te melden, gebruik dan uw werkaccount: uw zakelijke e-mailadres en wachtwoord. Gebruik geen persoonlijk Microsoft-account.',
        'Wacht tot Windows klaar is. De instellingen en apps van uw organisatie worden vanzelf toegevoegd; het apparaat start misschien opnieuw op.',
        'Controleren: open Instellingen > Accounts > Toegang tot werk of school. Uw werkaccount staat daar als verbonden.',
        'Per ongeluk aangemeld met een persoonlijk account? Open Instellingen > Accounts > Toegang tot werk of school en kies Verbinding maken.',
        'Kies "Dit apparaat toevoegen aan Azure Active Directory" (in nieuwere Windows: "Dit apparaat toevoegen aan Microsoft Entra ID") en meld u aan met uw werkaccount.',
      ],
      done: 'Als het gelukt is, staat uw werkaccount als verbonden onder Toegang tot werk of school.',
      keywords: ['inschrijven', 'aanmelden', 'nieuwe laptop', 'werklaptop', 'werkapparaat', 'laptop van de zaak', 'instellen', 'toegang tot werk of school', 'intune'],
    },
    'automatic-personal-register': {
      title: 'Werk-apps gebruiken op uw eigen apparaat',
      intro: 'Hiermee voegt u uw werkaccount toe aan uw eigen Windows-apparaat, zodat u zakelijke e-mail en apps kunt gebruiken. IT beheert alleen uw werkaccount en werkgegevens, niet uw apparaat.',
      steps: [
        'Open Instellingen > Accounts > Toegang tot werk of school.',
        'Kies Verbinding maken.',
        'Typ uw zakelijke e-mailadres en kies Volgende. Kies niet "Dit apparaat toevoegen aan Azure Active Directory": die optie is voor werkapparaten.',
        serverStep,
        'Meld u aan met uw werkwachtwoord en volg de schermen tot het einde.',
      ],
      done: 'Als het gelukt is, staat uw werkaccount onder Toegang tot werk of school. Uw eigen bestanden en instellingen blijven van u.',
      keywords: ['byod', 'eigen laptop', 'eigen apparaat', 'privé laptop', 'thuiscomputer', 'werkaccount', 'zakelijke e-mail', 'toegang tot werk of school', 'verbinding maken', 'inschrijven'],
    },
    'automatic-personal-join': {
      title: 'Uw eigen apparaat met uw werk verbinden',
      intro: 'Let op: na deze stappen beheert uw IT-afdeling dit hele apparaat, ook al is het van u. Vraag het eerst aan IT als u twijfelt of u dat wilt.',
      steps: [
        'Open Instellingen > Accounts > Toegang tot werk of school.',
        'Kies Verbinding maken.',
        'Kies bij Alternatieve acties "Dit apparaat toevoegen aan Azure Active Directory" (in nieuwere Windows: "Dit apparaat toevoegen aan Microsoft Entra ID").',
        'Meld u aan met uw zakelijke e-mailadres en wachtwoord en vul in wat er wordt gevraagd.',
        'Bevestig, start het apparaat opnieuw op als daarom wordt gevraagd en meld u aan met uw werkaccount.',
      ],
      done: 'Als het gelukt is, staat het apparaat als verbonden met uw organisatie onder Toegang tot werk of school.',
      keywords: ['byod', 'eigen laptop', 'eigen apparaat', 'privé laptop', 'thuiscomputer', 'toevoegen', 'azure ad', 'entra', 'toegang tot werk of school', 'inschrijven'],
    },
    'automatic-bulk': {
      title: 'Een apparaat instellen met het pakket van IT',
      intro: 'IT heeft een installatiepakket gemaakt dat dit werkapparaat met uw organisatie verbindt. U kunt het zelf uitvoeren of IT vragen het te doen.',
      steps: [
        'Haal het pakket bij IT: op een USB-stick, of in de netwerkmap die IT u noemt.',
        'Open op het apparaat Instellingen > Accounts > Toegang tot werk of school en kies "Een inrichtingspakket toevoegen of verwijderen".',
        'Kies "Een pakket toevoegen", selecteer het pakket op de USB-stick of in de netwerkmap en bevestig.',
        'Meld u aan met uw werkaccount als daarom wordt gevraagd. Het apparaat verbindt zich vanzelf.',
        'Voelt u zich niet prettig bij het uitvoeren van het bestand? Geen probleem: vraag het aan IT, dan stellen zij het apparaat voor u in.',
      ],
      done: 'Als het gelukt is, staat uw werkaccount onder Toegang tot werk of school.',
      keywords: ['bulk', 'bulkinschrijving', 'pakket', 'inrichtingspakket', 'usb', 'usb-stick', 'ppkg', 'netwerkshare', 'veel apparaten', 'inschrijven'],
    },
    'autopilot-user-driven': {
      title: 'Het werkapparaat instellen dat IT u stuurde',
      intro: 'Uw organisatie heeft dit apparaat zo voorbereid dat het zichzelf instelt zodra u zich aanmeldt. Dat kan overal met een internetverbinding.',
      steps: [
        'Zet het apparaat aan en maak verbinding met internet (wifi of kabel).',
        'Kies uw taal en toetsenbord als daarom wordt gevraagd.',
        'Meld u aan met uw werk- of schoolaccount: uw zakelijke e-mailadres en wachtwoord.',
        'Wacht terwijl het apparaat zichzelf instelt. Het voegt de instellingen en apps van uw organisatie toe en start misschien opnieuw op; dat kan even duren.',
      ],
      done: 'Als het gelukt is, komt u op uw bureaublad, aangemeld met uw werkaccount.',
      keywords: ['autopilot', 'nieuwe laptop', 'nieuw apparaat', 'opgestuurd', 'bezorgd', 'pakketje', 'thuiswerken', 'uitpakken', 'eerste keer opstarten', 'inschrijven'],
    },
    'autopilot-pre-provisioned': {
      title: 'Uw voorbereide werkapparaat starten',
      intro: 'IT heeft dit apparaat al voorbereid, dus het instellen gaat snel.',
      steps: [
        'Zet het apparaat aan en maak verbinding met internet als daarom wordt gevraagd.',
        'Meld u aan met uw werk- of schoolaccount: uw zakelijke e-mailadres en wachtwoord.',
        'Wacht even terwijl het apparaat de laatste instellingen afrondt.',
      ],
      done: 'Als het gelukt is, komt u op uw bureaublad, aangemeld met uw werkaccount.',
      keywords: ['autopilot', 'vooraf ingericht', 'voorbereid', 'nieuwe laptop', 'van it', 'uitgereikt', 'inschrijven'],
    },
    'autopilot-self-deploying': {
      title: 'Een gedeeld apparaat of kioskapparaat starten',
      intro: 'Dit apparaat hoort niet bij één persoon. Het stelt zichzelf in en niemand hoeft zich aan te melden.',
      steps: [
        'Zet het apparaat aan.',
        'Maak verbinding met het netwerk als daarom wordt gevraagd (een kabel werkt het best).',
        'Wacht. Het apparaat stelt zichzelf in en verbindt zich vanzelf met uw organisatie; u hoeft zich niet aan te melden.',
      ],
      done: 'Als het gelukt is, toont het apparaat zijn kiosk- of gedeelde startscherm.',
      keywords: ['kiosk', 'gedeeld apparaat', 'gedeelde pc', 'toegewezen', 'zelf-implementerend', 'vergaderruimte', 'receptie', 'autopilot'],
    },
    'autopilot-existing-devices': {
      title: 'Uw huidige apparaat overzetten naar de nieuwe inrichting',
      intro: 'Uw apparaat krijgt een nieuwe installatie van Windows en verbindt zich daarna met uw organisatie. Alles op het apparaat wordt gewist, dus zet eerst uw bestanden veilig.',
      steps: [
        'Zet uw bestanden op een veilige plek, bijvoorbeeld OneDrive of een netwerkschijf. Alles op het apparaat wordt gewist.',
        'Open de app Software Center en kies Besturingssystemen.',
        'Kies "Autopilot voor bestaande apparaten" en daarna Installeren.',
        'Wacht. Het apparaat downloadt wat nodig is, wist de schijf en installeert Windows. Dat duurt een tijd en het apparaat start een paar keer opnieuw op; laat de stekker erin.',
        'Verschijnen de installatieschermen, meld u dan aan met uw werk- of schoolaccount. Het apparaat verbindt zich vanzelf met uw organisatie.',
      ],
      done: 'Als het gelukt is, komt u op een nieuw bureaublad, aangemeld met uw werkaccount. Zet daarna uw bewaarde bestanden terug.',
      keywords: ['bestaand apparaat', 'oude laptop', 'huidige laptop', 'windows 7', 'windows 8.1', 'upgrade', 'software center', 'opnieuw installeren', 'autopilot', 'inschrijven'],
    },
    'group-policy': {
      title: 'Uw werk-pc verbindt zich vanzelf met Intune',
      intro: 'Uw pc maakt al deel uit van het bedrijfsnetwerk. IT verbindt hem met een instelling met Intune, dus u hoeft bijna niets te doen.',
      steps: [
        'Laat uw pc aan staan en verbonden met het bedrijfsnetwerk (of VPN).',
        'Ziet u een melding dat er instellingen worden gewijzigd, volg die dan.',
        'Meld u aan met uw werkaccount als daarom wordt gevraagd: het account waarmee u zich op deze pc aanmeldt.',
        'Meer hoeft niet: uw pc verbindt zich op de achtergrond.',
      ],
      done: 'U hoeft niets te controleren; IT ziet uw pc zodra hij verbonden is.',
      keywords: ['groepsbeleid', 'domein', 'bedrijfs-pc', 'kantoor-pc', 'desktop', 'melding', 'opnieuw aanmelden', 'gpo', 'inschrijven'],
    },
    'co-management': {
      title: 'Uw werk-pc verbindt zich met Intune',
      intro: 'Uw pc wordt al door IT beheerd. Hij wordt nu ook bij Intune ingeschreven, meestal vanzelf.',
      steps: [
        'Meld u zoals altijd aan met uw werkaccount; meestal wordt de pc vanzelf ingeschreven.',
        'Vraagt IT u het zelf te doen? Open dan Instellingen > Accounts > Toegang tot werk of school > Verbinding maken en meld u aan met uw zakelijke e-mailadres en wachtwoord.',
        'Heb geduld: de inschrijving gebeurt misschien pas na enige tijd, niet meteen.',
      ],
      done: 'Na de inschrijving ontvangt uw pc de instellingen en apps van uw organisatie.',
      keywords: ['co-beheer', 'configuration manager', 'sccm', 'software center', 'bedrijfs-pc', 'kantoor-pc', 'intune', 'inschrijven'],
    },
  },
} satisfies Record<Lang, Record<InstructionSetId, SetTexts>>;

/** Keeps org values from breaking a card: trims, collapses whitespace, caps length and defuses template markers. */
function cleanValue(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const printable = Array.from(v, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\$\{/g, '$ {')
    .slice(0, max)
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

function cleanUrl(v: unknown): string | undefined {
  const s = cleanValue(v, 500);
  if (s === undefined) return undefined;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function cleanOrg(org: OrgValues | undefined): CleanOrg {
  if (org === undefined || org === null || typeof org !== 'object') return {};
  const organizationName = cleanValue(org.organizationName, 100);
  const enrollmentServer = cleanValue(org.enrollmentServer, 253);
  // Same limit as the settings form (SETTINGS_MAX_LENGTH.supportText), so a saved contact is never cut short.
  const supportText = cleanValue(org.supportText, 300);
  const supportUrl = cleanUrl(org.supportUrl);
  return {
    ...(organizationName === undefined ? {} : { organizationName }),
    ...(enrollmentServer === undefined ? {} : { enrollmentServer }),
    ...(supportText === undefined ? {} : { supportText }),
    ...(supportUrl === undefined ? {} : { supportUrl }),
  };
}

function contactLine(org: CleanOrg, lang: Lang): string {
  const t = pick(COMMON, lang);
  const parts = [org.supportText, org.supportUrl].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? t.defaultContact : t.contact(parts.join(' '));
}

/** The method an instruction set belongs to. */
export function instructionSetMethod(id: InstructionSetId): MethodId {
  return METHOD_OF_SET[id];
}

/**
 * End-user steps written for employees. With `org`, the intro names the organization, the server step shows
 * org.enrollmentServer and the outro gives the support contact; without it they point to the IT department.
 */
export function localizeInstructions(id: InstructionSetId, lang: Lang, org?: OrgValues): LocalizedInstructions {
  const texts = pick(SETS, lang)[id];
  const clean = cleanOrg(org);
  const intro = clean.organizationName === undefined ? texts.intro : `${pick(COMMON, lang).fromOrg(clean.organizationName)} ${texts.intro}`;
  return {
    id,
    method: METHOD_OF_SET[id],
    title: texts.title,
    intro,
    steps: texts.steps.map((step) => (typeof step === 'string' ? step : step(clean, lang))),
    outro: `${texts.done} ${contactLine(clean, lang)}`,
    keywords: [...texts.keywords],
  };
}

/** Every instruction set, in INSTRUCTION_SET_IDS order, for the helpdesk search and the tab. */
export function allInstructionSets(lang: Lang, org?: OrgValues): LocalizedInstructions[] {
  return INSTRUCTION_SET_IDS.map((id) => localizeInstructions(id, lang, org));
}

/** The instructions as e-mail-ready plain text: title, intro, numbered steps, outro. */
export function instructionsAsPlainText(instr: LocalizedInstructions, lang: Lang): string {
  const steps = instr.steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
  return `${instr.title}\n\n${instr.intro}\n\n${pick(COMMON, lang).stepsHeading}\n${steps}\n\n${instr.outro}\n`;
}
